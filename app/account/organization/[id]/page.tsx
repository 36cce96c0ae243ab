import { notFound } from "next/navigation";
import { ActionForm } from "@/components/billing/ActionForm";
import { organizationForAdmin } from "@/lib/organizations";
import { formatDate } from "@/lib/site";
import { currentViewer } from "@/lib/access/current";
import { addMemberAction, removeMemberAction, setDomainsAction } from "../../actions";
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
  return (
    <section className="mx-auto max-w-3xl" aria-labelledby="org">
      <h1 id="org" className="font-serif text-3xl font-bold">
        {org.name}
      </h1>
      <p className="mt-2 text-[15px]">
        Site licence ·{" "}
        <strong>
          {org.members.length} of {org.seats} seats used
        </strong>
        {sub && (
          <>
            {" "}
            · {sub.status.toLowerCase().replace("_", " ")}, {sub.cancelAtPeriodEnd ? "ends" : "renews"} {formatDate(sub.currentPeriodEnd)}
          </>
        )}
      </p>
      <h2 className="mt-8 font-serif text-xl font-bold">Members</h2>
      <ul className="mt-2 divide-y divide-neutral-200 rounded border">
        {org.members.map((m) => (
          <li key={m.user.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
            <span>
              {m.user.email} {m.isAdmin && <span className="ml-1 rounded bg-neutral-100 px-2 py-0.5 text-xs">admin</span>}
              <span className="block text-xs text-muted">since {formatDate(m.joinedAt)}</span>
            </span>
            <ActionForm action={removeMemberAction} hidden={{ organizationId: org.id, userId: m.user.id, intent: "remove" }} submit="Remove" variant="danger" />
          </li>
        ))}
      </ul>
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
      <p className="text-sm text-muted">Colleagues who sign in with an address at these domains take a free seat automatically.</p>
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
            defaultValue={org.allowedDomains.join(", ")}
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
