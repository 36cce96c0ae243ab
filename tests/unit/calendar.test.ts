import { describe, expect, it } from "vitest";
import { isBusinessDay, newYorkDay } from "../../lib/editions/calendar.ts";

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
});
