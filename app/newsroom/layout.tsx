import Link from "next/link";
import { isSharedRenderViewer, isStaff } from "@/lib/access";
import { currentViewer } from "@/lib/access/current";
import { requireNewsroom } from "@/lib/newsroom/action";

export const metadata = { title: { default: "Newsroom", template: "%s | Newsroom" }, robots: { index: false } };
export const dynamic = "force-dynamic";

// Every newsroom page re-checks the role itself too: layouts do not guard
// server actions or parallel data fetches on their own.
// The newsroom's sections, and who sees each link (every page checks the role itself too).
const NAV: { href: string; label: string; who: "all" | "editor" | "admin" }[] = [
  { href: "/newsroom", label: "Articles", who: "all" },
  { href: "/newsroom/documents", label: "Documents", who: "editor" },
  { href: "/newsroom/editions", label: "Editions", who: "editor" },
  { href: "/newsroom/subscribers", label: "Subscribers", who: "admin" },
  { href: "/newsroom/licences", label: "Licences", who: "admin" },
  { href: "/newsroom/sso", label: "Single sign-on", who: "admin" },
  { href: "/newsroom/staff", label: "Staff", who: "admin" },
  { href: "/newsroom/audit", label: "Audit log", who: "admin" },
];

export default async function NewsroomLayout({ children }: { children: React.ReactNode }) {
  // The front's shared render of the publisher's licence list (decision 36) is for "a site admin", no person:
  // the admin's links and no name. It reaches only that page (proxy.ts), which checks for itself.
  const shared = isSharedRenderViewer(await currentViewer());
  const viewer = shared ? null : await requireNewsroom();
  const admin = shared || viewer?.role === "ADMIN";
  const editor = shared || (viewer !== null && isStaff(viewer));
  return (
    <div>
      <nav aria-label="Newsroom" className="mb-6 flex flex-wrap items-center gap-x-5 gap-y-2 border-b border-neutral-200 pb-3 text-sm font-medium">
        <span className="rounded bg-brand px-2 py-0.5 text-xs font-bold uppercase tracking-wide text-white">Newsroom</span>
        {NAV.filter((l) => l.who === "all" || (l.who === "editor" ? editor : admin)).map((l) => (
          <Link key={l.href} href={l.href} className="hover:underline">
            {l.label}
          </Link>
        ))}
        {viewer && (
          <span className="ml-auto text-muted">
            {viewer.email} · {viewer.role?.toLowerCase()}
          </span>
        )}
      </nav>
      {children}
    </div>
  );
}
