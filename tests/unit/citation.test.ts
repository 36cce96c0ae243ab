// The citation and correction formats readers copy and read (decision 34):
// New York days, whatever the server's time zone.
import { describe, expect, it } from "vitest";
import { citationOf, correctionLabel, correctionsJsonLd, newYorkIsoDay, normaliseNote } from "../../lib/articles/citation.ts";

describe("Cite as", () => {
  it("is the publication's name, the New York publication day and the public ID", () => {
    expect(citationOf({ publishedAt: "2020-07-09T14:00:00.000Z", publicId: "2007090041" })).toBe("Trade Law Daily, 2020-07-09, art. 2007090041");
  });

  it("takes the day in New York, not UTC: 11:30 pm on July 9 in New York is July 10 in UTC", () => {
    expect(citationOf({ publishedAt: new Date("2020-07-10T03:30:00Z"), publicId: "2007090041" })).toBe("Trade Law Daily, 2020-07-09, art. 2007090041");
    // Winter (EST, UTC-5): 00:30 UTC on January 1 is still December 31 in New York.
    expect(newYorkIsoDay("2021-01-01T00:30:00Z")).toBe("2020-12-31");
    expect(newYorkIsoDay("2021-01-01T05:30:00Z")).toBe("2021-01-01");
  });

  it("pads month and day to two digits", () => {
    expect(newYorkIsoDay("2026-03-05T15:00:00Z")).toBe("2026-03-05");
  });
});

describe("correction notices", () => {
  it('read "Correction, July 10" in New York time, with the year only when it differs from the story\'s', () => {
    expect(correctionLabel({ publishedAt: "2020-07-10T16:00:00Z" }, "2020-07-09T14:00:00Z")).toBe("Correction, July 10");
    expect(correctionLabel({ publishedAt: "2020-07-11T02:00:00Z" }, "2020-07-09T14:00:00Z")).toBe("Correction, July 10");
    expect(correctionLabel({ publishedAt: "2021-02-03T16:00:00Z" }, "2020-07-09T14:00:00Z")).toBe("Correction, February 3, 2021");
  });

  it("become schema.org CorrectionComments, and nothing when there are none", () => {
    expect(correctionsJsonLd([])).toEqual({});
    expect(correctionsJsonLd([{ publishedAt: "2020-07-10T16:00:00.000Z", note: "The rate is 24.2 percent." }])).toEqual({
      correction: [{ "@type": "CorrectionComment", text: "The rate is 24.2 percent.", datePublished: "2020-07-10T16:00:00.000Z" }],
    });
  });

  it("notes are one line of plain text", () => {
    expect(normaliseNote("  The rate\n\nis 24.2\tpercent.  ")).toBe("The rate is 24.2 percent.");
  });
});
