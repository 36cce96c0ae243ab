import { describe, expect, it } from "vitest";
import { caseNumberInQuery, MAX_QUERY_CHARS, normaliseCaseNumber, normaliseQuery, publicIdInQuery } from "../../lib/search/query.ts";

describe("normaliseQuery", () => {
  it("trims, collapses whitespace and keeps operators for websearch_to_tsquery", () => {
    expect(normaliseQuery('  "first  sale"\n or\tvaluation -apparel ')).toEqual({ text: '"first sale" or valuation -apparel', truncated: false });
  });

  it("cuts 1,000+ characters to the limit and says so", () => {
    const r = normaliseQuery("tariff ".repeat(200));
    expect(r.truncated).toBe(true);
    expect(Array.from(r.text).length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(normaliseQuery("x".repeat(MAX_QUERY_CHARS)).truncated).toBe(false);
  });

  it("never cuts an emoji in half", () => {
    const r = normaliseQuery("a" + "😀".repeat(300));
    expect(r.truncated).toBe(true);
    expect(Array.from(r.text)).toHaveLength(MAX_QUERY_CHARS);
    expect(r.text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it("removes NUL and other control characters and lone surrogates, which PostgreSQL refuses", () => {
    expect(normaliseQuery("ab\u0000c\u0007d\uD800e").text).toBe("ab c de");
  });

  it("keeps non-Latin text and SQL metacharacters as plain text", () => {
    expect(normaliseQuery("関税 таможня").text).toBe("関税 таможня");
    expect(normaliseQuery('\'; drop table "Article"; --').text).toBe('\'; drop table "Article"; --');
  });

  it("takes the first value of a repeated parameter and ignores non-strings", () => {
    expect(normaliseQuery(["cbp", "itc"]).text).toBe("cbp");
    expect(normaliseQuery(undefined)).toEqual({ text: "", truncated: false });
    expect(normaliseQuery({ toString: () => "x" }).text).toBe("");
  });
});

describe("publicIdInQuery", () => {
  it("recognises exactly ten digits", () => {
    expect(publicIdInQuery("2007090041")).toBe("2007090041");
    expect(publicIdInQuery("200709004")).toBeNull();
    expect(publicIdInQuery("20070900411")).toBeNull();
    expect(publicIdInQuery("2007090041 sanctions")).toBeNull();
  });
});

describe("caseNumberInQuery", () => {
  it.each([
    ["24-00025", "24-00025"],
    ["A-570-139", "a-570-139"],
    ["N312345", "n312345"],
    ["85 FR 41621", "85 fr 41621"],
    ["Public Law 116-145", "public law 116-145"],
    ["731-TA-1468 (Final)", "731-ta-1468 (final)"],
    ["Slip Op. 20-98", "slip op. 20-98"],
  ])("%s is a case number", (q, want) => {
    expect(caseNumberInQuery(q)).toBe(want);
  });

  it.each(["sanctions", "2007090041", '"24-00025"', "-24-00025", "a b c d e 1", "x".repeat(61) + "1", "関税 1"])("%s is not", (q) => {
    expect(caseNumberInQuery(q)).toBeNull();
  });

  it("the case filter compares ignoring case and spacing", () => {
    expect(normaliseCaseNumber("  85  FR 41621 ")).toBe("85 fr 41621");
  });
});
