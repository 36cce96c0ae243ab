import { describe, expect, it } from "vitest";
import { addCounts, cappedCount, COUNT_CAP, resultCountText } from "../../lib/search/count.ts";

describe("result counts", () => {
  it("up to the cap a count is exact; one past it reads as the cap and more", () => {
    expect(COUNT_CAP).toBe(1000);
    expect(cappedCount(0)).toEqual({ n: 0, more: false });
    expect(cappedCount(1000)).toEqual({ n: 1000, more: false });
    expect(cappedCount(1001)).toEqual({ n: 1000, more: true });
    expect(addCounts(cappedCount(3), cappedCount(1001))).toEqual({ n: 1003, more: true });
  });

  const text = (a: number, d: number) =>
    resultCountText({ articles: cappedCount(a), documents: cappedCount(d), total: addCounts(cappedCount(a), cappedCount(d)) });

  it("says what was found, with 1,000+ past the cap", () => {
    expect(text(0, 0)).toBe("No results.");
    expect(text(1, 0)).toBe("1 result: 1 article, 0 documents.");
    expect(text(2, 1)).toBe("3 results: 2 articles, 1 document.");
    expect(text(999, 1)).toBe("1,000 results: 999 articles, 1 document.");
    expect(text(1001, 12)).toBe("1,012+ results: 1,000+ articles, 12 documents.");
    expect(text(1001, 1001)).toBe("2,000+ results: 1,000+ articles, 1,000+ documents.");
  });
});
