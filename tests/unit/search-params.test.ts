import { describe, expect, it } from "vitest";
import { hasCriteria, parseSearchRequest, searchHref } from "../../lib/search/params.ts";

describe("parseSearchRequest", () => {
  it("reads every filter", () => {
    const r = parseSearchRequest({
      q: "sanctions",
      topic: "ofac",
      from: "2020-07-01",
      to: "2020-07-31",
      kind: "documents",
      type: "LEGISLATION",
      issuer: "U.S. Congress",
      case: " Public  Law 116-145 ",
      sort: "date",
      page: "2",
    });
    expect(r).toMatchObject({
      q: "sanctions",
      topic: "ofac",
      from: "2020-07-01",
      to: "2020-07-31",
      kind: "documents",
      type: "LEGISLATION",
      issuer: "U.S. Congress",
      case: "public law 116-145",
      sort: "date",
      page: 2,
    });
  });

  it("drops invalid values instead of failing", () => {
    const r = parseSearchRequest({
      q: "x",
      topic: "'; drop",
      from: "2020-13-45",
      to: "yesterday",
      kind: "everything",
      type: "MEMO",
      sort: "random",
      page: "-3",
      issuer: "i".repeat(500),
    });
    expect(r).toMatchObject({ q: "x", kind: "all", sort: "relevance", page: 1 });
    expect(r.topic ?? r.from ?? r.to ?? r.type ?? r.issuer).toBeUndefined();
    expect(parseSearchRequest({ page: "999999" }).page).toBe(1);
  });

  it("drops a date in year 0 (PostgreSQL has none)", () => {
    const r = parseSearchRequest({ q: "x", from: "0000-01-01", to: "0000-12-31" });
    expect(r.from ?? r.to).toBeUndefined();
    // Only dates a court or agency could have written: 1900 to 2999.
    expect(parseSearchRequest({ from: "0001-01-01" }).from).toBeUndefined();
    expect(parseSearchRequest({ from: "1900-01-01" }).from).toBe("1900-01-01");
  });

  it("swaps a reversed date range", () => {
    expect(parseSearchRequest({ from: "2020-07-31", to: "2020-07-01" })).toMatchObject({ from: "2020-07-01", to: "2020-07-31" });
  });

  it("knows when there is anything to search for", () => {
    expect(hasCriteria(parseSearchRequest({}))).toBe(false);
    expect(hasCriteria(parseSearchRequest({ q: "   " }))).toBe(false);
    expect(hasCriteria(parseSearchRequest({ type: "LEGISLATION" }))).toBe(true);
  });

  it("builds links that parse back to the same search", () => {
    const r = parseSearchRequest({ q: '"first sale" -apparel', topic: "valuation", kind: "articles", sort: "date", page: "3" });
    const href = searchHref(r, { page: 4 });
    expect(href.startsWith("/search?")).toBe(true);
    const back = parseSearchRequest(Object.fromEntries(new URL(href, "http://x").searchParams));
    expect(back).toEqual({ ...r, page: 4 });
    expect(searchHref(parseSearchRequest({}))).toBe("/search");
  });
});
