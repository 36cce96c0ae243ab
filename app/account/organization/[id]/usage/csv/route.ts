import { currentViewer } from "@/lib/access/current";
import { guard } from "@/lib/http/guard";
import { organizationForAdmin } from "@/lib/organizations";
import { usageCsv, usageReport } from "@/lib/usage/report";

// The usage report as CSV, for the licence's administrators only (others get
// a 404, as for the page, signed in or not: no enumeration of licences).
export const GET = guard<{ params: Promise<{ id: string }> }>("public", async (req, { params }) => {
  const { id } = await params;
  const org = await organizationForAdmin(id, await currentViewer());
  if (!org) return new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });
  const r = await usageReport(org.id, new URL(req.url).searchParams.get("month"));
  const file = `trade-law-daily-usage-${org.name.replace(/[^A-Za-z0-9]+/g, "-").slice(0, 40)}-${r.range.month}.csv`;
  return new Response(usageCsv(org.name, r), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${file}"`,
      "cache-control": "private, no-store",
    },
  });
});
