// Readiness: the database and storage answer, and which build this is (lib/health.ts, README "Monitoring").
// 503 with the reason while either is away, so a load balancer or a rolling deploy waits.
import { guard, json } from "@/lib/http/guard";
import { readiness } from "@/lib/health";

export const dynamic = "force-dynamic";

export const GET = guard("public", async () => {
  const r = await readiness();
  return r.status === "ready" ? json(200, r) : json(503, r, { "retry-after": "5" });
});
