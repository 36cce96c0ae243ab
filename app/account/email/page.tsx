import { redirect } from "next/navigation";
import { ActionForm } from "@/components/billing/ActionForm";
import { allTopics, dailyEmailOn, emailTopics } from "@/lib/editions/preferences";
import { currentViewer } from "@/lib/access/current";
import { setDailyEmailAction } from "./actions";

export const metadata = { title: "Email preferences", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function EmailPreferences() {
  const v = await currentViewer();
  if (!v.userId) redirect("/sign-in?callbackUrl=/account/email");
  const [on, chosen, topics] = await Promise.all([dailyEmailOn(v.userId), emailTopics(v.userId), allTopics()]);
  const picked = new Set(chosen);
  return (
    <section className="mx-auto max-w-xl" aria-labelledby="prefs">
      <h1 id="prefs" className="font-serif text-3xl font-bold">
        Email preferences
      </h1>
      <ActionForm action={setDailyEmailAction} submit="Save" className="mt-6 space-y-4">
        <label className="flex items-start gap-3 text-[15px]">
          <input type="checkbox" name="daily" defaultChecked={on} className="mt-1 h-5 w-5" />
          <span>
            <strong>Daily headline email</strong>
            <br />
            Every business day at 6 a.m. New York time, with a link to the PDF edition. Sent while you have a subscription or a free preview.
          </span>
        </label>
        <fieldset className="rounded border border-neutral-300 p-4">
          <legend className="px-1 font-semibold">Topics in your email</legend>
          <p className="text-sm text-muted">
            Choose the practice areas you follow. With none chosen (or &ldquo;Everything&rdquo;), you get all the day&apos;s headlines; on a day without news in
            your topics, no email is sent.
          </p>
          <label className="mt-3 flex items-center gap-3 text-[15px]">
            <input type="checkbox" name="topic" value="everything" defaultChecked={picked.size === 0} className="h-5 w-5" />
            <strong>Everything</strong>
          </label>
          <ul className="mt-2 grid gap-2 sm:grid-cols-2">
            {topics.map((t) => (
              <li key={t.slug}>
                <label className="flex items-center gap-3 text-[15px]">
                  <input type="checkbox" name="topic" value={t.slug} defaultChecked={picked.has(t.slug)} className="h-5 w-5" />
                  {t.name}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      </ActionForm>
    </section>
  );
}
