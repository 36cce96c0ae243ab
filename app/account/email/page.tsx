import { redirect } from "next/navigation";
import { ActionForm } from "@/components/billing/ActionForm";
import { dailyEmailOn } from "@/lib/editions/preferences";
import { currentViewer } from "@/lib/access/current";
import { setDailyEmailAction } from "./actions";

export const metadata = { title: "Email preferences", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function EmailPreferences() {
  const v = await currentViewer();
  if (!v.userId) redirect("/sign-in?callbackUrl=/account/email");
  const on = await dailyEmailOn(v.userId);
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
      </ActionForm>
    </section>
  );
}
