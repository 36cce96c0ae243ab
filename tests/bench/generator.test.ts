import { describe, expect, it } from "vitest";
import { planDays, prng } from "../../scripts/bench/db/calendar.ts";
import { sentences, wordBank, words } from "../../scripts/bench/db/word-bank.ts";
import { publicIdDay } from "../../lib/articles/public-id.ts";

describe("archive calendar", () => {
  const today = new Date("2026-11-27T15:00:00Z");

  it("spreads exactly the requested number of articles over business days, about 20 a day", () => {
    const days = planDays(100_000, { today });
    expect(days.reduce((n, d) => n + d.count, 0)).toBe(100_000);
    expect(days.length).toBeGreaterThan(4500);
    expect(days.length).toBeLessThan(5500);
    for (const d of days) {
      const weekday = new Date(`${d.day}T12:00:00Z`).getUTCDay();
      expect(weekday).not.toBe(0);
      expect(weekday).not.toBe(6);
      expect(d.count).toBeGreaterThanOrEqual(1);
      expect(d.count).toBeLessThanOrEqual(25);
    }
    // About twenty years back, ending before today.
    expect(days[0].day > "2006-01-01" && days[0].day < "2008-01-01").toBe(true);
    expect(days.at(-1)!.day < "2026-11-27").toBe(true);
  });

  it("numbers articles oldest first without gaps, the same every run", () => {
    const a = planDays(1000, { today });
    const b = planDays(1000, { today });
    expect(a).toEqual(b);
    let next = 1;
    for (const d of a) {
      expect(d.firstIndex).toBe(next);
      next += d.count;
    }
  });

  it("leaves the seed's publication days to the seed", () => {
    const skip = new Set(["2026-11-26", "2026-11-25"]);
    const days = planDays(200, { today, skip });
    expect(days.some((d) => skip.has(d.day))).toBe(false);
  });

  it("gives a YYMMDD day that the app's public-ID rule agrees with", () => {
    const [d] = planDays(20, { today }).slice(-1);
    // 10:00 in New York on the planned day, as the generator stamps it.
    const at = new Date(`${d.day}T15:00:00Z`);
    expect(publicIdDay(at)).toBe(d.day.slice(2).replace(/-/g, ""));
  });

  it("has a deterministic pseudo-random source in [0, 1)", () => {
    const r = prng(1);
    const xs = Array.from({ length: 1000 }, r);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(prng(1)()).toBe(xs[0]);
  });
});

describe("word bank", () => {
  it("keeps abbreviations inside sentences", () => {
    expect(sentences("The U.S. Court of International Trade ruled on Monday in the case. Acme Inc. v. United States was remanded to the agency for more work.")).toEqual([
      "The U.S. Court of International Trade ruled on Monday in the case.",
      "Acme Inc. v. United States was remanded to the agency for more work.",
    ]);
  });

  it("has enough seed prose to reach the target lengths", () => {
    const b = wordBank();
    expect(b.teaserSentences.length).toBeGreaterThan(40);
    expect(b.bodySentences.length).toBeGreaterThan(200);
    expect(b.documentParagraphs.length).toBeGreaterThan(50);
    // Teasers are 1-2 sentences (~60 words), bodies 16-19 sentences (~400 words): see generate-articles.ts.
    expect(1.67 * b.meanTeaserSentenceWords).toBeGreaterThan(45);
    expect(1.67 * b.meanTeaserSentenceWords).toBeLessThan(75);
    expect(17.5 * b.meanBodySentenceWords).toBeGreaterThan(330);
    expect(17.5 * b.meanBodySentenceWords).toBeLessThan(470);
    expect(words("a b  c")).toBe(3);
  });
});
