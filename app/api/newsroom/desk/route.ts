import { guard, json } from "@/lib/http/guard";
import { deskAtAGlance } from "@/lib/newsroom/desk";

// The desk at a glance as JSON, polled by the newsroom home (editors only).
export const GET = guard("editor", async () => json(200, await deskAtAGlance()));
