// Liveness: the process answers. No database, no storage (lib/health.ts, README "Monitoring").
import { guard, json } from "@/lib/http/guard";
import { liveness } from "@/lib/health";

export const dynamic = "force-dynamic";

export const GET = guard("public", async () => json(200, liveness()));
