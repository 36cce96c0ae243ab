import Link from "next/link";
import { isStaff } from "@/lib/access";
import { requireNewsroom } from "@/lib/newsroom/action";

export const metadata = { title: { default: "Newsroom", template: "%s | Newsroom" }, robots: { index: false } };
export const dynamic = "force-dynamic";

// Every newsroom page re-checks the role itself too: layouts do not guard
// server actions or parallel data fetches on their own.
export default async function NewsroomLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireNewsroom();
  const admin = viewer.role === "ADMIN";
  const editor = isStaff(viewer);
  return (
    <div>
      <nav aria-label="Newsroom" className="mb-6 flex flex-wrap items-center gap-x-5 gap-y-2 border-b border-neutral-200 pb-3 text-sm font-medium">
        <span className="rounded bg-brand px-2 py-0.5 text-xs font-bold uppercase tracking-wide text-white">Newsroom</span>
        <Link href="/newsroom" className="hover:underline">
          Articles
        </Link>
        {editor && (
          <Link href="/newsroom/documents" className="hover:underline">
            Documents
          </Link>
        )}
        {editor && (
          <Link href="/newsroom/editions" className="hover:underline">
            Editions
          </Link>
        )}
        {admin && (
          <Link href="/newsroom/subscribers" className="hover:underline">
            Subscribers
          </Link>
        )}
        {admin && (
          <Link href="/newsroom/licences" className="hover:underline">
            Licences
          </Link>
        )}
        {admin && (
          <Link href="/newsroom/sso" className="hover:underline">
            Single sign-on
          </Link>
        )}
        {admin && (
          <Link href="/newsroom/staff" className="hover:underline">
            Staff
          </Link>
        )}
        {admin && (
          <Link href="/newsroom/audit" className="hover:underline">
            Audit log
          </Link>
        )}
        <span className="ml-auto text-muted">
          {viewer.email} · {viewer.role?.toLowerCase()}
        </span>
      </nav>
      {children}
    </div>
  );
}
