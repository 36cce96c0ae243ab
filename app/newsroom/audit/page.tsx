import { requireAdmin } from "@/lib/auth/require";
import { recentAudit } from "@/lib/audit";
import { formatDateTime } from "@/lib/site";

export const metadata = { title: "Audit log" };

export default async function AuditPage() {
  await requireAdmin("/newsroom/audit");
  const rows = await recentAudit();
  return (
    <section>
      <h1 className="font-serif text-2xl font-bold">Audit log</h1>
      <p className="text-sm text-muted">Publication, scheduling, role and access changes, newest first.</p>
      <table className="mt-4 w-full text-left text-sm">
        <thead>
          <tr className="border-b">
            <th className="py-2 pr-4">When</th>
            <th className="pr-4">Who</th>
            <th className="pr-4">What</th>
            <th className="pr-4">Subject</th>
            <th>Detail</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-neutral-100 align-top">
              <td className="py-2 pr-4 whitespace-nowrap">{formatDateTime(r.at)}</td>
              <td className="pr-4">{r.actor}</td>
              <td className="pr-4 font-mono text-xs">{r.action}</td>
              <td className="pr-4">{r.subject}</td>
              <td className="font-mono text-xs">{JSON.stringify(r.detail)}</td>
            </tr>
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={5} className="py-4 text-muted">
                Nothing recorded yet.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
