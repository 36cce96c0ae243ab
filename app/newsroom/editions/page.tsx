import { ActionForm } from "@/components/billing/ActionForm";
import { AutoRefresh } from "@/components/newsroom/AutoRefresh";
import { requireStaff } from "@/lib/auth/require";
import { newYorkDay } from "@/lib/editions/calendar";
import { editionDesk } from "@/lib/newsroom/editions";
import { buildEditionAction, sendEditionAction, sendTestAction } from "./actions";

export const metadata = { title: "Editions" };

export default async function EditionsDesk() {
  const viewer = await requireStaff("/newsroom/editions");
  const editions = await editionDesk();
  const sending = editions.some((e) => e.status === "SENDING");
  const field = "mt-1 rounded border border-neutral-400 px-2 py-1 font-normal";
  return (
    <section aria-labelledby="desk">
      {sending && <AutoRefresh everyMs={3000} />}
      <h1 id="desk" className="font-serif text-2xl font-bold">
        Editions
      </h1>
      <p className="text-sm text-muted">
        The headline email and PDF edition go out automatically at 6 a.m. New York time on business days. Build one here to preview it, send a test, or send it
        now.
      </p>
      <ActionForm action={buildEditionAction} submit="Build edition" className="mt-4 flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col font-semibold">
          Day
          <input type="date" name="day" defaultValue={newYorkDay(new Date())} required className={field} />
        </label>
        <label className="flex flex-col font-semibold">
          Include stories published since (optional)
          <input type="date" name="since" className={field} />
        </label>
      </ActionForm>
      <ul className="mt-6 space-y-4">
        {editions.map((e) => (
          <li key={e.id} className="rounded border p-4">
            <div className="flex flex-wrap items-center gap-3">
              <strong className="font-serif text-lg">{e.day}</strong>
              <span className="rounded bg-neutral-100 px-2 text-sm">{e.status.toLowerCase()}</span>
              <span className="text-sm">
                {e._count.items} stories · {e.pdfPages ?? "?"} PDF pages · {e._count.deliveries} recipients
              </span>
              <span className="text-sm" aria-label="Send status">
                sent {e.deliveries.SENT ?? 0} · pending {(e.deliveries.PENDING ?? 0) + (e.deliveries.SENDING ?? 0)} · retrying {e.deliveries.RETRY ?? 0} ·
                failed {e.deliveries.FAILED ?? 0}
              </span>
            </div>
            <p className="mt-2 flex flex-wrap gap-4 text-sm">
              <a href={`/newsroom/editions/${e.id}/email`} target="_blank" className="underline">
                Preview email
              </a>
              <a href={`/editions/${e.day}/pdf`} target="_blank" className="underline">
                Preview PDF
              </a>
            </p>
            <div className="mt-3 flex flex-wrap items-end gap-4">
              <ActionForm action={sendTestAction} hidden={{ editionId: e.id }} submit="Send test" variant="secondary" className="flex items-end gap-2 text-sm">
                <label className="flex flex-col font-semibold">
                  Test address
                  <input type="email" name="email" defaultValue={viewer.email ?? ""} className={field} />
                </label>
              </ActionForm>
              {e.status !== "SENT" && (
                <ActionForm action={sendEditionAction} hidden={{ editionId: e.id }} submit={e.status === "SENDING" ? "Resume sending" : "Send now"} />
              )}
            </div>
          </li>
        ))}
        {editions.length === 0 && <li className="text-muted">No editions yet.</li>}
      </ul>
    </section>
  );
}
