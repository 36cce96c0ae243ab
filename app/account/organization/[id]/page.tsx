import { notFound } from "next/navigation";
import { ActionForm } from "@/components/billing/ActionForm";
import { SeatChange } from "@/components/billing/SeatChange";
import { organizationForAdmin } from "@/lib/organizations";
import { formatDate } from "@/lib/site";
import { currentViewer } from "@/lib/access/current";
import { addMemberAction, reinstateMemberAction, removeMemberAction, setDomainsAction, suspendMemberAction } from "../../actions";
import { OfficeRangesForm } from "@/components/licence/OfficeRangesForm";
import { officeRangesFor } from "@/lib/ranges/store";
import { setOfficeRangesAction } from "./range-actions";

export const metadata = { title: "Site licence", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function OrganizationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await currentViewer();
  const [org, ranges] = await Promise.all([organizationForAdmin(id, viewer), officeRangesFor(id, viewer)]);
  // Not an administrator of this licence: as if it did not exist (no enumeration).
  if (!org || !ranges) notFound();
  const sub = org.subscriptions[0];
  const holding = org.members.filter((m) => !m.suspendedAt);
  const waiting = org.members.filter((m) => m.suspendedAt);
  return (
    <section className="mx-auto max-w-3xl" aria-labelledby="org">
      <h1 id="org" className="font-serif text-3xl font-bold">
        {org.name}
      </h1>
      <p className="mt-2 text-[15px]">
        Site licence ·{" "}
        <strong>
          {holding.length} of {org.seats} seats used
        </strong>
        {sub && (
          <>
            {" "}
            · {sub.status.toLowerCase().replace("_", " ")}, {sub.cancelAtPeriodEnd ? "ends" : "renews"} {formatDate(sub.currentPeriodEnd)}
          </>
        )}
      </p>
      <p className="mt-2">
        <a href={`/account/organization/${org.id}/usage`} className="font-semibold text-brand underline">
          Usage report
        </a>{" "}
        <span className="text-sm text-muted">— reads per member and topic, by month, with CSV</span>
      </p>
      {waiting.length > 0 && (
        <div role="status" className="mt-6 rounded border border-amber-400 bg-amber-50 p-4 text-[15px]">
          <h2 className="font-semibold">
            {waiting.length} member{waiting.length === 1 ? " has" : "s have"} no seat
          </h2>
          {holding.length >= org.seats ? (
            <p className="mt-1">
              The licence has {org.seats} seats, fewer than its members: when seats are cut, the most recently joined lose licence access and are told by email.
              To choose differently, take a seat back from someone below and give it to one of them.
            </p>
          ) : (
            <p className="mt-1">
              {org.seats - holding.length} seat{org.seats - holding.length === 1 ? " is" : "s are"} free: use &ldquo;Give seat&rdquo; below to restore access.
            </p>
          )}
        </div>
      )}
      <h2 className="mt-8 font-serif text-xl font-bold">Members</h2>
      <ul className="mt-2 divide-y divide-neutral-200 rounded border">
        {[...holding, ...waiting].map((m) => (
          <li key={m.user.id} className={`flex flex-wrap items-center justify-between gap-2 p-3 ${m.suspendedAt ? "bg-neutral-50" : ""}`}>
            <span>
              {m.user.email} {m.isAdmin && !m.suspendedAt && <span className="ml-1 rounded bg-neutral-100 px-2 py-0.5 text-xs">admin</span>}
              {m.suspendedAt && <span className="ml-1 rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-900">no seat</span>}
              <span className="block text-xs text-muted">
                {m.suspendedAt ? `seat ended ${formatDate(m.suspendedAt)} · member since ${formatDate(m.joinedAt)}` : `since ${formatDate(m.joinedAt)}`}
              </span>
            </span>
            <span className="flex flex-wrap gap-2">
              {/* A member holding a seat can have it taken back; one without can be given it again. */}
              <ActionForm
                action={m.suspendedAt ? reinstateMemberAction : suspendMemberAction}
                hidden={{ organizationId: org.id, userId: m.user.id, intent: m.suspendedAt ? "reinstate" : "suspend" }}
                submit={m.suspendedAt ? "Give seat" : "Take seat back"}
                variant="secondary"
              />
              <ActionForm
                action={removeMemberAction}
                hidden={{ organizationId: org.id, userId: m.user.id, intent: "remove" }}
                submit="Remove"
                variant="danger"
              />
            </span>
          </li>
        ))}
      </ul>
      <SeatChange organizationId={org.id} seats={org.seats} />
      <h2 className="mt-8 font-serif text-xl font-bold">Add a member</h2>
      <ActionForm
        action={addMemberAction}
        hidden={{ organizationId: org.id, intent: "add" }}
        submit="Add member"
        className="mt-2 flex flex-wrap items-end gap-2"
      >
        <label className="flex flex-col text-sm font-semibold">
          Email address
          <input name="email" type="email" required className="mt-1 w-72 rounded border border-neutral-400 px-3 py-2 font-normal" />
        </label>
      </ActionForm>
      <h2 className="mt-8 font-serif text-xl font-bold">Company email domains</h2>
      <p className="text-sm text-muted">
        Colleagues who sign in with an address at a verified domain take a free seat automatically. A domain is verified when you list it while signed in with
        an address there, or when Trade Law Daily confirms it is your company&apos;s. Free and disposable email services cannot be listed.
      </p>
      {org.pendingDomains.length > 0 && (
        <p className="mt-2 text-sm">
          <strong>Waiting for verification:</strong> {org.pendingDomains.join(", ")} (admits nobody yet)
        </p>
      )}
      <ActionForm
        action={setDomainsAction}
        hidden={{ organizationId: org.id, intent: "domains" }}
        submit="Save domains"
        className="mt-2 flex flex-wrap items-end gap-2"
      >
        <label className="flex flex-col text-sm font-semibold">
          Domains (comma-separated)
          <input
            name="domains"
            defaultValue={[...org.allowedDomains, ...org.pendingDomains].join(", ")}
            className="mt-1 w-72 rounded border border-neutral-400 px-3 py-2 font-normal"
            placeholder="example.com"
          />
        </label>
      </ActionForm>
      <h2 className="mt-8 font-serif text-xl font-bold">Office networks</h2>
      {ranges.length === 0 && <p className="text-sm text-muted">No office ranges yet: readers must sign in.</p>}
      <OfficeRangesForm
        action={setOfficeRangesAction}
        organizationId={org.id}
        initial={ranges.map((r) => r.cidr).join("\n")}
        canAllowBroad={viewer.role === "ADMIN"}
      />
    </section>
  );
}
