// Every route of the production build, App Router and Pages Router, as the
// authorization matrix and the fuzz test enumerate them, and a concrete URL
// path for each pattern.
import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Every route in the build, App Router and Pages Router (the zero-JS reader
 * pages and their API route), as [file, route pattern]; Next's own Pages
 * Router files (_app, _document, _error, 404) are not routes of ours.
 */
export function buildRoutes(): [string, string][] {
  const app = JSON.parse(readFileSync(path.resolve(".next-test/app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
  const pages = JSON.parse(readFileSync(path.resolve(".next-test/server/pages-manifest.json"), "utf8")) as Record<string, string>;
  return [
    ...Object.entries(app),
    ...Object.keys(pages)
      .filter((r) => !["/_app", "/_document", "/_error", "/404", "/500"].includes(r))
      .map((r): [string, string] => [r.startsWith("/api/") ? `pages${r}/route` : `pages${r}`, r]),
  ];
}

/** Ids of real rows for the dynamic segments: an article's and a document's database ids, an organisation's, a reader's folder. */
export type RouteIds = { article: string; doc: string; org: string; folder?: string };

/** A concrete path for a route pattern, with real ids where the route looks one up. */
export function concrete(pattern: string, ids: RouteIds): string {
  return pattern
    .replace("/articles/[id]/[[...slug]]", "/articles/2007090041")
    .replace("/teaser/[id]/[[...slug]]", "/teaser/2007090041")
    .replace("/s/[id]/[token]", `/s/2007090041/${"x".repeat(43)}`)
    .replace("/newsroom/articles/[id]", `/newsroom/articles/${ids.article}`)
    .replace("/newsroom/documents/[id]", `/newsroom/documents/${ids.doc}`)
    .replace("/newsroom/editions/[id]", "/newsroom/editions/none")
    .replace("/newsroom/sso/[id]", `/newsroom/sso/${ids.org}`)
    .replace("/documents/[id]", `/documents/${ids.doc}`)
    .replace("/account/organization/[id]", `/account/organization/${ids.org}`)
    .replace("/account/folders/[id]", `/account/folders/${ids.folder ?? "cnofolder0000000000000000"}`)
    .replace("/editions/[day]", "/editions/2030-01-07")
    .replace("/archive/[y]/[m]/[d]", "/archive/2020/07/09")
    .replace("/authors/[slug]/[[...page]]", "/authors/marcus-ellery")
    .replace("/topics/[slug]/[[...page]]", "/topics/sanctions")
    .replace("/latest/[page]", "/latest/2")
    .replace("/corrections/[[...page]]", "/corrections")
    .replace("/feeds/[token]", `/feeds/${"A".repeat(43)}`) // a well-formed feed token no feed has (decision 31)
    .replace("/api/auth/[...nextauth]", "/api/auth/session");
}
