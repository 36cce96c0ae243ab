import { ActionForm } from "@/components/billing/ActionForm";
import { requireAdmin } from "@/lib/auth/require";
import { listStaff } from "@/lib/newsroom/staff";
import { setRoleAction } from "./actions";

export const metadata = { title: "Staff" };

export default async function StaffPage() {
  await requireAdmin("/newsroom/staff");
  const staff = await listStaff();
  return (
    <section aria-labelledby="staff">
      <h1 id="staff" className="font-serif text-2xl font-bold">
        Staff
      </h1>
      <ul className="mt-3 divide-y rounded border text-sm">
        {staff.map((s) => (
          <li key={s.id} className="flex justify-between p-2">
            <span>{s.email}</span>
            <span className="text-muted">{s.role.toLowerCase()}</span>
          </li>
        ))}
      </ul>
      <h2 className="mt-6 font-serif text-xl font-bold">Change a role</h2>
      <ActionForm action={setRoleAction} hidden={{ intent: "role" }} submit="Set role" className="mt-2 flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-sm font-semibold">
          Email
          <input name="email" type="email" required className="mt-1 w-64 rounded border border-neutral-400 px-3 py-2 font-normal" />
        </label>
        <label className="flex flex-col text-sm font-semibold">
          Role
          <select name="role" className="mt-1 rounded border border-neutral-400 px-3 py-2 font-normal">
            <option value="READER">reader</option>
            <option value="WRITER">writer (drafts, submits for review)</option>
            <option value="EDITOR">editor</option>
            <option value="ADMIN">admin</option>
          </select>
        </label>
      </ActionForm>
    </section>
  );
}
