import { describe, expect, it } from "vitest";
import { editionDayOf, editionWindow, isBusinessDay, newYorkDay, newYorkInstant, previousBusinessDay } from "../../lib/editions/calendar.ts";

describe("edition calendar", () => {
  it("skips weekends and holidays", () => {
    const h = new Set(["2026-11-26"]);
    expect(isBusinessDay("2026-11-27", h)).toBe(true); // Friday
    expect(isBusinessDay("2026-11-28", h)).toBe(false); // Saturday
    expect(isBusinessDay("2026-11-29", h)).toBe(false); // Sunday
    expect(isBusinessDay("2026-11-26", h)).toBe(false); // Thanksgiving
  });
  it("uses the New York day", () => {
    expect(newYorkDay(new Date("2026-11-28T03:00:00Z"))).toBe("2026-11-27");
    expect(newYorkDay(new Date("2026-11-28T06:00:00Z"))).toBe("2026-11-28");
  });
  it("finds the previous business day across weekends and holidays", () => {
    const h = new Set(["2026-11-26"]);
    expect(previousBusinessDay("2026-11-30", h)).toBe("2026-11-27"); // Monday → Friday
    expect(previousBusinessDay("2026-11-27", h)).toBe("2026-11-25"); // after Thanksgiving
    expect(previousBusinessDay("2020-07-09", h)).toBe("2020-07-08");
  });
  it("places New York times in summer and winter", () => {
    expect(newYorkInstant("2020-07-09", "06:00").toISOString()).toBe("2020-07-09T10:00:00.000Z");
    expect(newYorkInstant("2026-12-01", "06:00").toISOString()).toBe("2026-12-01T11:00:00.000Z");
    expect(newYorkInstant("2026-03-09", "23:30").toISOString()).toBe("2026-03-10T03:30:00.000Z"); // the day after clocks change
  });
  it("an edition's window is the previous business day's edition time to its own, whenever it is built", () => {
    const w = editionWindow("2020-07-09", "06:00", new Set());
    expect([w.from.toISOString(), w.to.toISOString()]).toEqual(["2020-07-08T10:00:00.000Z", "2020-07-09T10:00:00.000Z"]);
    const monday = editionWindow("2026-11-30", "06:00", new Set());
    expect(monday.from.toISOString()).toBe("2026-11-27T11:00:00.000Z");
  });
  it("a story belongs to the first edition after it", () => {
    const none = new Set<string>();
    expect(editionDayOf(new Date("2020-07-31T10:20:00-04:00"), "06:00", none)).toBe("2020-08-03"); // Friday morning → Monday
    expect(editionDayOf(new Date("2020-07-29T05:59:00-04:00"), "06:00", none)).toBe("2020-07-29");
    expect(editionDayOf(new Date("2020-07-29T06:00:01-04:00"), "06:00", none)).toBe("2020-07-30");
  });
});
