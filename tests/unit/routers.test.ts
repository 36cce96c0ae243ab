// Decision 13's rule, enforced: the Pages Router holds only the zero-JS reader
// pages (home, the article for anonymous and signed-in readers) and the one
// API route that refreshes them; every other page or route lives in app/.
// A new reader page put in pages/ by accident fails here.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const ALLOWED = [
  "pages/_app.tsx",
  "pages/_document.tsx",
  "pages/index.tsx",
  "pages/teaser/[id]/[[...slug]].tsx",
  "pages/articles/[id]/[[...slug]].tsx",
  "pages/s/[id]/[token].tsx",
  "pages/api/internal/revalidate-pages.ts",
];

it("pages/ holds only the zero-JS reader pages and their revalidation route", () => {
  const files = execFileSync("git", ["ls-files", "-co", "--exclude-standard", "pages"], { cwd: ROOT, encoding: "utf8" }).split("\n").filter(Boolean);
  expect(files.filter((f) => !ALLOWED.includes(f))).toEqual([]);
});

it("no route exists in both routers", () => {
  const app = execFileSync("git", ["ls-files", "-co", "--exclude-standard", "app"], { cwd: ROOT, encoding: "utf8" })
    .split("\n")
    .filter((f) => /\/(page|route)\.tsx?$/.test(f))
    .map((f) => "/" + path.dirname(f.slice("app/".length)).replace(/^\.$/, ""));
  for (const route of ["/", "/teaser/[id]/[[...slug]]", "/articles/[id]/[[...slug]]", "/api/internal/revalidate-pages"])
    expect(app, route).not.toContain(route);
});
