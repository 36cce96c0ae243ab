import { guard } from "@/lib/http/guard";
import { licenceOverview, licencesCsv } from "@/lib/usage/licences";

// The publisher's licence list as CSV: admins only.
export const GET = guard("admin", async (req) => {
  const u = new URL(req.url).searchParams;
  const o = await licenceOverview({ sort: u.get("sort"), dir: u.get("dir"), all: true });
  return new Response(licencesCsv(o.rows), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="trade-law-daily-licences-${new Date().toISOString().slice(0, 10)}.csv"`,
      "cache-control": "private, no-store",
    },
  });
});
