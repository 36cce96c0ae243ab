// Query parameters that a page cannot do without being right (and NUL
// characters, anywhere in the address): a wrong one is
// answered 400 with a sentence saying what is wrong, before any rendering
// (an App Router page can only answer 200 or 404). Checked by proxy.ts.
// Parameters a page reads leniently (search's filters fall back to "not set")
// are not listed here.
import { NextResponse } from "next/server";
import { z } from "zod";

/** A real calendar date, YYYY-MM-DD, year 0001 to 9999 (PostgreSQL has no year 0). */
export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return s >= "0001" && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  });

const DATE = { schema: calendarDate, says: "must be a real date written YYYY-MM-DD, for example 2024-03-31" };

const RULES: { path: RegExp; params: Record<string, { schema: z.ZodType; says: string }> }[] = [{ path: /^\/documents\/?$/, params: { from: DATE, to: DATE } }];

/** What is wrong with this request's query, in a sentence, or null. */
export function queryProblem(pathname: string, query: URLSearchParams): string | null {
  // No address of ours has a NUL in it, and PostgreSQL text cannot hold one. Search reads
  // its parameters leniently instead (a hand-edited search URL still searches: lib/search/params.ts).
  if (/%00/.test(pathname) || (pathname !== "/search" && [...query].some(([k, v]) => k.includes("\0") || v.includes("\0"))))
    return "The address contains a NUL character (%00).";
  const rule = RULES.find((r) => r.path.test(pathname));
  if (!rule) return null;
  for (const [name, { schema, says }] of Object.entries(rule.params)) {
    const values = query.getAll(name).filter((v) => v !== "");
    if (values.length > 1) return `Give "${name}" once.`;
    if (values.length === 1 && !schema.safeParse(values[0]).success) return `"${name}" ${says}.`;
  }
  return null;
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The 400 page for a query problem: plain HTML, never cached. */
export function badQueryResponse(problem: string): NextResponse {
  return new NextResponse(
    `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Check the address | Trade Law Daily</title><body style="font:16px/1.5 Georgia,serif;max-width:560px;margin:3rem auto;padding:0 1rem"><p style="color:#7a1f1f;font-weight:bold;font-size:22px">Trade Law Daily</p><h1 style="font-size:26px">This address has a mistake in it</h1><p>${escape(problem)}</p><p><a href="/">Go to the home page</a></p></body></html>`,
    { status: 400, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } },
  );
}
