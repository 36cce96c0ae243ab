import { SignInPrompt } from "@/components/account/SignInPrompt";
import { accountSummary, previewUsedByOtherSpelling } from "@/lib/access";
import { formatDate } from "@/lib/site";
import { currentViewer } from "@/lib/access/current";
import { ActionForm } from "@/components/billing/ActionForm";
import { InvoicesSection } from "@/components/billing/InvoicesSection";
import { ShareLinksSection } from "@/components/share/ShareLinksSection";
import { FeedsSection } from "@/components/account/FeedsSection";
import { fullLicencesFor, organizationsOf } from "@/lib/organizations";
import { manageBilling, signOut } from "./actions";
import { AccountFoldersLink } from "@/components/folders/AccountFoldersLink";

export const metadata = { title: "Your account", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const viewer = await currentViewer();
  if (!viewer.userId) {
    return <SignInPrompt title="Your account" why="Sign in with your email address to see your preview or subscription." returnTo="/account" />;
  }
  const s = accountSummary(viewer);
  const [orgs, full, previewElsewhere] = await Promise.all([
    organizationsOf(viewer.userId),
    fullLicencesFor(viewer.userId, viewer.email ?? ""),
    s.previewUntil ? false : previewUsedByOtherSpelling(viewer.userId, viewer.email ?? ""),
  ]);
  return (
    <section className="mx-auto max-w-2xl" aria-labelledby="acct">
      <h1 id="acct" className="font-serif text-3xl font-bold">
        Your account
      </h1>
      <dl className="mt-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-3 text-[15px]">
        <dt className="font-semibold">Email</dt>
        <dd>{viewer.email}</dd>
        <dt className="font-semibold">Access</dt>
        <dd>{s.accessLabel}</dd>
        {s.previewUntil && (
          <>
            <dt className="font-semibold">Free preview</dt>
            <dd>
              {s.previewRunning ? (
                <>
                  Full access until <strong>{formatDate(s.previewUntil)}</strong>
                </>
              ) : (
                <>Ended {formatDate(s.previewUntil)}</>
              )}
            </dd>
          </>
        )}
        {previewElsewhere && (
          <>
            <dt className="font-semibold">Free preview</dt>
            <dd>Already used: this mailbox had its free preview under another spelling of the address (a +tag or dots).</dd>
          </>
        )}
        {s.subscription && (
          <>
            <dt className="font-semibold">Subscription</dt>
            <dd>
              {s.subscription.label}, {s.subscription.status.toLowerCase().replace("_", " ")}
              {s.subscription.endsAt && (
                <>
                  {" "}
                  — {s.subscription.renews ? "renews" : "ends"} {formatDate(s.subscription.endsAt)}
                </>
              )}
            </dd>
          </>
        )}
      </dl>
      <p className="mt-6">
        <a href="/account/alerts" className="font-semibold text-brand underline">
          Your alerts
        </a>{" "}
        — saved searches we email you about.
      </p>
      <AccountFoldersLink />
      {orgs.length > 0 && (
        <section className="mt-8" aria-labelledby="licences">
          <h2 id="licences" className="font-serif text-xl font-bold">
            Company site licences
          </h2>
          <ul className="mt-2 space-y-1">
            {orgs.map((m) => (
              <li key={m.organization.id}>
                {m.organization.name} ({m.organization._count.members} of {m.organization.seats} seats)
                {m.isAdmin && (
                  <>
                    {" "}
                    —{" "}
                    <a href={`/account/organization/${m.organization.id}`} className="text-brand underline">
                      manage members
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {full.length > 0 && (
        <p role="alert" className="mt-6 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          Your company&apos;s site licence ({full.join(", ")}) has no free seat for you. Ask its administrator to add seats or free one.
        </p>
      )}
      <FeedsSection viewer={viewer} />
      <InvoicesSection viewer={viewer} />
      <ShareLinksSection userId={viewer.userId} />
      {s.hasBilling && <ActionForm action={manageBilling} submit="Manage billing" variant="secondary" className="mt-6" />}
      {!s.subscribed && (
        <p className="mt-6">
          <a href="/subscribe" className="inline-block rounded bg-brand px-5 py-3 font-semibold text-white hover:bg-brand-dark">
            Subscribe to keep reading
          </a>
        </p>
      )}
      <p className="mt-8 flex flex-wrap gap-4 text-sm">
        <a href="/account/email" className="underline">
          Email preferences
        </a>
        <a href="/editions" className="underline">
          PDF editions
        </a>
      </p>
      <form action={signOut} className="mt-6">
        <button type="submit" className="rounded border border-neutral-400 px-4 py-2 text-sm hover:bg-neutral-50">
          Sign out
        </button>
      </form>
    </section>
  );
}
