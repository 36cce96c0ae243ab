// The authorization matrix: every page and route handler in the build, and
// every server action, against every kind of viewer. An endpoint that is not
// classified here fails the suite, so a new one cannot ship without a check.
import { beforeAll, describe, expect, it } from "vitest";
import { base, sessionCookie, testDb } from "../support/fixtures.ts";
import { callAction, serverActions } from "../support/actions.ts";
import { buildRoutes, concrete as concreteFor, type RouteIds } from "../support/routes.ts";

type Role = "anonymous" | "expired" | "subscriber" | "otherOrg" | "writer" | "editor" | "admin";
const ROLES: Role[] = ["anonymous", "expired", "subscriber", "otherOrg", "writer", "editor", "admin"];
// "newsroom": writers too; "own-article": writers only for their own drafts (another's is a 404 to them).
// "probe": the health endpoints, not "public" pages: no viewer, no content, the same
// answer for everyone (a load balancer or a deploy script asks them, never a reader),
// so each must answer every role alike and set no cookie (README "Monitoring").
// "own-folder": a reader's folder (decision 30); the matrix's folder belongs to none of the roles, so all are refused.
type Need = "probe" | "public" | "signed-in" | "newsroom" | "own-article" | "editor" | "admin" | "org-admin" | "token" | "library" | "own-folder";

// Every route pattern in the build → who may use it.
const ROUTES: Record<string, Need> = {
  "/": "public",
  "/_global-error": "public",
  "/_not-found": "public",
  "/archive/[y]/[m]/[d]": "public",
  "/articles/[id]/[[...slug]]": "public",
  "/authors/[slug]/[[...page]]": "public",
  "/documents": "public",
  "/documents/[id]": "public",
  "/editions": "public",
  "/feed.xml": "public",
  "/corrections/[[...page]]": "public",
  "/corrections/feed.xml": "public",
  "/healthz": "probe",
  "/readyz": "probe",
  "/icon.svg": "public",
  "/latest/[page]": "public",
  "/robots.txt": "public",
  "/search": "public",
  "/sign-in": "public",
  "/sign-in/check-email": "public",
  "/sign-in/continue": "public",
  "/api/sign-in/continue": "public",
  "/api/sign-in/code": "public",
  "/sign-in/error": "public",
  "/sitemap.xml": "public",
  "/subscribe": "public",
  "/subscribe/success": "public",
  "/subscribe/invoice": "public",
  "/teaser/[id]/[[...slug]]": "public",
  // Share links (decision 32): the link's token is the authority; a wrong one shows the teaser (tests/integration/share-links.test.ts).
  "/s/[id]/[token]": "public",
  "/topics": "public",
  "/topics/[slug]/[[...page]]": "public",
  "/api/auth/[...nextauth]": "public",
  "/alerts/stop": "public",
  "/api/preview-signup": "public",
  // Single sign-on: no role applies; a sign-in state bound to the browser, or the IdP's signed assertion, is the authority (tests/integration/sso.test.ts).
  "/sign-in/sso": "public",
  "/sign-in/sso-error": "public",
  "/api/sso/start": "public",
  "/api/sso/oidc/callback": "public",
  "/api/sso/saml/acs": "public",
  "/account": "signed-in",
  "/account/email": "signed-in",
  "/account/alerts": "signed-in",
  "/account/share-links": "signed-in",
  "/api/share-links": "signed-in",
  "/account/feeds/revoke": "signed-in",
  "/account/folders": "signed-in",
  "/account/folders/[id]": "own-folder",
  "/account/folders/[id]/csv": "own-folder",
  "/account/folders/[id]/pdf": "own-folder",
  "/api/folders/save": "signed-in",
  "/account/organization/[id]": "org-admin",
  "/account/organization/[id]/usage": "org-admin",
  "/account/organization/[id]/usage/csv": "org-admin",
  "/account/organization/[id]/seats": "org-admin",
  "/account/organization/[id]/billing": "org-admin",
  "/documents/[id]/download": "library",
  "/editions/[day]/pdf": "library",
  "/email/unsubscribe": "token",
  "/alerts/unsubscribe": "token",
  // Private full-text feeds (decision 31): the token in the path is the authority; an unknown one is a 404 for everyone.
  "/feeds/[token]/rss.xml": "token",
  "/feeds/[token]/atom.xml": "token",
  "/feeds/[token]/feed.json": "token",
  "/api/internal/revalidate": "token",
  "/api/internal/revalidate-pages": "token",
  "/api/stripe/webhook": "token",
  "/newsroom": "newsroom",
  "/newsroom/articles/[id]": "own-article",
  "/newsroom/articles/[id]/history": "own-article",
  "/newsroom/articles/[id]/preview": "own-article",
  "/newsroom/documents": "editor",
  "/newsroom/documents/[id]": "editor",
  "/newsroom/editions": "editor",
  "/newsroom/editions/[id]/email": "editor",
  "/api/newsroom/documents": "editor",
  "/api/newsroom/desk": "editor",
  "/newsroom/audit": "admin",
  "/newsroom/staff": "admin",
  "/newsroom/subscribers": "admin",
  "/newsroom/licences": "admin",
  "/newsroom/licences/csv": "admin",
  "/newsroom/sso": "admin",
  "/newsroom/sso/[id]": "admin",
};

// Server action files → who may call their actions.
const ACTION_FILES: Record<string, Need> = {
  "app/sign-in/actions.ts": "public",
  "app/subscribe/actions.ts": "signed-in",
  "app/subscribe/invoice/actions.ts": "signed-in",
  "app/account/organization/[id]/seats/actions.ts": "signed-in",
  "app/account/organization/[id]/billing/actions.ts": "signed-in",
  "app/account/actions.ts": "signed-in",
  "app/account/email/actions.ts": "signed-in",
  "app/account/share-actions.ts": "signed-in",
  // Making a feed: signed-in readers; lib/feeds then requires full access (tests/integration/feeds.test.ts).
  "app/account/feeds/actions.ts": "signed-in",
  // Folders: each action changes only the caller's own folders (tests/integration/folders.test.ts).
  "app/account/folders/actions.ts": "signed-in",
  // Office ranges: a licence's admins and newsroom admins (object level: below).
  "app/account/organization/[id]/range-actions.ts": "signed-in",
  "app/newsroom/articles/actions.ts": "editor",
  "app/newsroom/documents/actions.ts": "editor",
  "app/newsroom/editions/actions.ts": "editor",
  "app/newsroom/staff/actions.ts": "admin",
  "app/newsroom/subscribers/actions.ts": "admin",
  "app/newsroom/sso/actions.ts": "admin",
};
// Article actions writers may call (each then checks the article: tests/integration/newsroom-authz.test.ts);
// publishing, scheduling, unpublishing, returning a draft and publishing a correction (decision 34) stay with editors.
const WRITER_ACTIONS = new Set([
  "createArticleAction",
  "saveArticleAction",
  "restoreRevisionAction",
  "submitForReviewAction",
  "commentAction",
  "presenceAction",
  "previewDocumentAction",
  "findReferencesAction",
  "findDocumentsAction",
]);
const actionNeed = (file: string, name = ""): Need | undefined =>
  file === "app/newsroom/articles/actions.ts" && WRITER_ACTIONS.has(name)
    ? "newsroom"
    : (ACTION_FILES[file] ?? (file.startsWith("app/search/") || file.startsWith("app/account/alerts/") ? "signed-in" : undefined));

const rank: Record<Role, number> = { anonymous: 0, expired: 1, subscriber: 1, otherOrg: 1, writer: 1, editor: 2, admin: 3 };
function allowed(need: Need, role: Role): boolean {
  if (need === "public" || need === "probe") return true;
  if (need === "signed-in") return role !== "anonymous";
  if (need === "editor") return rank[role] >= 2;
  if (need === "newsroom") return role === "writer" || rank[role] >= 2;
  // The matrix opens an editor's story (2007090041): not the writer's own.
  if (need === "own-article") return rank[role] >= 2;
  if (need === "admin") return role === "admin";
  if (need === "library") return role === "subscriber" || role === "otherOrg" || rank[role] >= 2;
  if (need === "org-admin") return role === "admin";
  return false; // token: nobody without the token; own-folder: the folder is nobody's here
}

/** The matrix's folder: a reader's who is none of the roles. */
const FOLDER_NAME = `Matrix folder ${Date.now()}`;

let cookies: Record<Role, string | undefined>;
let params: Record<string, string>;

beforeAll(async () => {
  const db = testDb();
  const otherOrg = await sessionCookie({ kind: "preview-expired" });
  const org = await db.organization.create({ data: { name: `Other Org ${Date.now()}`, seats: 3, allowedDomains: [] } });
  await db.subscription.create({
    data: { organizationId: org.id, plan: "site-licence", status: "ACTIVE", currentPeriodEnd: new Date(Date.now() + 30 * 86_400_000) },
  });
  await db.organizationMember.create({ data: { organizationId: org.id, userId: otherOrg.userId } });
  // A licence none of the roles administers (only site admins may open it).
  const target = await db.organization.create({ data: { name: `Target Org ${Date.now()}`, seats: 3, allowedDomains: [] } });
  cookies = {
    anonymous: undefined,
    expired: (await sessionCookie({ kind: "preview-expired" })).cookie,
    subscriber: (await sessionCookie({ kind: "subscriber" })).cookie,
    otherOrg: otherOrg.cookie,
    writer: (await sessionCookie({ kind: "writer" })).cookie,
    editor: (await sessionCookie({ kind: "editor" })).cookie,
    admin: (await sessionCookie({ kind: "admin" })).cookie,
  };
  const article = await db.article.findFirstOrThrow({ where: { publicId: "2007090041" }, select: { id: true } });
  const doc = await db.sourceDocument.findFirstOrThrow({ select: { id: true } });
  // A folder of a reader who is none of the roles (with one item, so the exports have something to leak).
  const owner = await sessionCookie({ kind: "subscriber" });
  const folder = await db.folder.create({ data: { userId: owner.userId, name: FOLDER_NAME, nameKey: FOLDER_NAME.toLowerCase() } });
  await db.folderItem.create({ data: { folderId: folder.id, articleId: article.id, note: FOLDER_NAME } });
  params = { article: article.id, doc: doc.id, org: target.id, folder: folder.id };
});

const concrete = (pattern: string) => concreteFor(pattern, params as RouteIds);

type Answer = { status: number; location: string | null; body: string };

/**
 * The refusal each kind of route promises, exactly: not "some 4xx or a redirect",
 * which a 404 for a missing row or a redirect elsewhere would also pass.
 */
function promisedRefusal(route: string, need: Need, role: Role, isHandler: boolean): { what: string; is: (a: Answer) => boolean } {
  const signIn = {
    what: "a redirect to sign in",
    is: (a: Answer) =>
      [303, 307].includes(a.status) &&
      /^\/sign-in\?callbackUrl=/.test(new URL(a.location ?? "x:", "http://site").pathname + new URL(a.location ?? "x:", "http://site").search),
  };
  if (need === "own-article" && role === "writer") return { what: "404 (another's draft is not there for a writer)", is: (a) => a.status === 404 };
  if (need === "editor" || need === "admin" || need === "newsroom" || need === "own-article") {
    if (isHandler) return role === "anonymous" ? { what: "401", is: (a) => a.status === 401 } : { what: "403", is: (a) => a.status === 403 };
    return role === "anonymous"
      ? signIn
      : { what: "403 with the newsroom's refusal", is: (a) => a.status === 403 && a.body.includes("This part of the site is for our newsroom") };
  }
  if (need === "library") return { what: "a redirect to the gate", is: (a) => a.status === 303 && /[?&]gate=1$/.test(a.location ?? "") };
  if (need === "org-admin") return { what: "404 (a licence one does not administer is not shown to exist)", is: (a) => a.status === 404 };
  if (need === "own-folder") {
    if (role !== "anonymous")
      return { what: "404 (someone else's folder is not shown to exist)", is: (a) => a.status === 404 && !a.body.includes(FOLDER_NAME) };
    if (isHandler) return { what: "401", is: (a) => a.status === 401 };
    return { what: "the sign-in prompt", is: (a) => a.status === 200 && !a.body.includes(FOLDER_NAME) && a.body.includes("Email me a sign-in link") };
  }
  if (need === "token") {
    if (route === "/alerts/unsubscribe")
      return { what: "a redirect to the confirmation page", is: (a) => a.status === 303 && /^\/alerts\/stop\?token=/.test(a.location ?? "") };
    if (route.startsWith("/api/internal/")) return { what: "403", is: (a) => a.status === 403 };
    if (route.startsWith("/feeds/")) return { what: "404 (no feed has that token)", is: (a) => a.status === 404 };
    return { what: "400", is: (a) => a.status === 400 };
  }
  return { what: "nothing (public)", is: () => true };
}

describe("authorization matrix", () => {
  it("classifies every route in the build", () => {
    const routes = buildRoutes().map(([, r]) => r);
    expect(routes).toContain("/teaser/[id]/[[...slug]]");
    const unclassified = routes.filter((r) => !(r in ROUTES));
    expect(unclassified, `add these to the authorization matrix: ${unclassified.join(", ")}`).toEqual([]);
  });

  it("every route × role gets what its policy allows, and nothing more", async () => {
    let checked = 0;
    const failures: string[] = [];
    for (const [file, route] of buildRoutes()) {
      if (route === "/_global-error" || route === "/_not-found") continue;
      const need = ROUTES[route];
      const isHandler = file.endsWith("/route");
      const method = [
        "/api/newsroom/documents",
        "/api/internal/revalidate",
        "/api/internal/revalidate-pages",
        "/api/stripe/webhook",
        "/api/preview-signup",
        "/api/sign-in/continue",
        "/api/sign-in/code",
        "/api/share-links",
        "/api/folders/save",
      ].includes(route)
        ? "POST"
        : "GET";
      for (const role of ROLES) {
        const cookie = cookies[role];
        const r = await fetch(`${base()}${concrete(route)}`, { method, headers: cookie ? { cookie } : {}, redirect: "manual" });
        const body = await r.text();
        const answer = { status: r.status, location: r.headers.get("location"), body };
        const promised = promisedRefusal(route, need, role, isHandler);
        const ok = allowed(need, role);
        checked++;
        if (r.status >= 500 && !(ok && isHandler)) failures.push(`${method} ${route} as ${role}: ${r.status}`);
        // Where access is refused, the response must be a refusal; where allowed, not a refusal by role.
        if (!ok && need !== "public" && need !== "signed-in" && !promised.is(answer))
          failures.push(`${method} ${route} as ${role}: expected ${promised.what}, got ${r.status} ${answer.location ?? ""}`);
        if (ok && ["editor", "admin", "newsroom", "own-article"].includes(need) && (r.status === 401 || r.status === 403))
          failures.push(`${method} ${route} as ${role}: wrongly refused ${r.status}`);
        if (!ok && need === "signed-in" && body.includes(">Sign out</button>")) failures.push(`${route} as ${role}: account shown to anonymous`);
        if (need === "probe" && (r.status !== 200 || r.headers.get("set-cookie") !== null || !r.headers.get("content-type")?.startsWith("application/json")))
          failures.push(`${method} ${route} as ${role}: a probe must answer 200 JSON and set no cookie, got ${r.status} ${r.headers.get("set-cookie") ?? ""}`);
      }
    }
    console.log(`authorization matrix: ${checked} route × role pairs checked`);
    expect(failures).toEqual([]);
  });

  it("every server action is classified and refuses roles below its need", async () => {
    const actions = serverActions();
    const unclassified = actions.filter((a) => !actionNeed(a.file, a.name)).map((a) => `${a.file}#${a.name}`);
    expect(unclassified, `classify these server actions: ${unclassified.join(", ")}`).toEqual([]);
    let checked = 0;
    const failures: string[] = [];
    for (const a of actions) {
      const need = actionNeed(a.file, a.name)!;
      if (need !== "editor" && need !== "admin" && need !== "newsroom") continue;
      for (const role of ROLES.filter((r) => !allowed(need, r))) {
        const r = await callAction(a, [{}, {}], cookies[role]);
        checked++;
        if (!(r.status === 403 || /"status":403/.test(r.text))) failures.push(`${a.name} as ${role}: ${r.status} ${r.text.slice(0, 80)}`);
      }
    }
    console.log(`authorization matrix: ${checked} server action × role refusals checked`);
    expect(failures).toEqual([]);
  });

  it("object level: a reader cannot open another organisation's licence page or change it", async () => {
    for (const role of ["subscriber", "otherOrg", "editor"] as Role[]) {
      const r = await fetch(`${base()}/account/organization/${params.org}`, { headers: { cookie: cookies[role]! } });
      expect(r.status, role).toBe(404);
    }
    const add = serverActions().find((a) => a.name === "addMemberAction")!;
    const fd = new FormData();
    fd.append("organizationId", params.org);
    fd.append("email", "intruder@example.com");
    await callAction(add, [{}, fd], cookies.otherOrg);
    expect(await testDb().organizationMember.count({ where: { organizationId: params.org } })).toBe(0);
    // Nor see the price of, or change, its seats.
    for (const role of ["subscriber", "otherOrg", "editor"] as Role[]) {
      const r = await fetch(`${base()}/account/organization/${params.org}/seats?seats=9`, { headers: { cookie: cookies[role]! } });
      expect(r.status, `seats page as ${role}`).toBe(404);
    }
    // (A crafted post of the confirm form by a stranger: tests/integration/invoice-billing.test.ts.)
    const ranges = serverActions().find((a) => a.name === "setOfficeRangesAction")!;
    for (const role of ["subscriber", "otherOrg", "editor"] as Role[])
      await callAction(ranges, [{}, { organizationId: params.org, ranges: "127.0.0.99/32" }], cookies[role]);
    expect(await testDb().officeRange.count({ where: { organizationId: params.org } })).toBe(0);
  });
});
