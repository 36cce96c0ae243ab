import { describe, expect, it } from "vitest";
import { formatPublicId, isPublicId, publicIdDay } from "../../lib/articles/public-id.ts";

describe("public IDs", () => {
  it("use the New York calendar day, not UTC", () => {
    // 01:30 UTC on 10 July is still 9 July in New York (EDT, UTC-4).
    expect(publicIdDay(new Date("2020-07-10T01:30:00Z"))).toBe("200709");
    expect(publicIdDay(new Date("2020-07-10T04:30:00Z"))).toBe("200710");
    // Winter: EST, UTC-5.
    expect(publicIdDay(new Date("2021-01-15T04:59:00Z"))).toBe("210114");
  });
  it("pad the day's sequence to four digits", () => {
    expect(formatPublicId("200709", 41)).toBe("2007090041");
    expect(formatPublicId("200617", 64)).toBe("2006170064");
  });
  it("refuse a sequence that does not fit", () => {
    expect(() => formatPublicId("200709", 0)).toThrow();
    expect(() => formatPublicId("200709", 10000)).toThrow();
  });
  it("recognise the ten-digit form only", () => {
    expect(isPublicId("2007090041")).toBe(true);
    expect(isPublicId("200709004")).toBe(false);
    expect(isPublicId("2007090041x")).toBe(false);
  });
});
