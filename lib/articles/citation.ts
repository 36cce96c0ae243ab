// The stable way to cite a story, and the public form of its corrections:
// pure functions, shared by the reader pages (both routers), the JSON-LD and
// the corrections feed (docs/decisions/0034-corrections-and-citation.md).
import { NEWSROOM_TZ } from "./public-id.ts";

export const PUBLICATION_NAME = "Trade Law Daily";

const isoDay = new Intl.DateTimeFormat("en-CA", { timeZone: NEWSROOM_TZ, year: "numeric", month: "2-digit", day: "2-digit" });
const monthDay = new Intl.DateTimeFormat("en-US", { timeZone: NEWSROOM_TZ, month: "long", day: "numeric" });
const fullDay = new Intl.DateTimeFormat("en-US", { timeZone: NEWSROOM_TZ, year: "numeric", month: "long", day: "numeric" });

/** YYYY-MM-DD of the New York calendar day `at` falls on. */
export function newYorkIsoDay(at: Date | string): string {
  const parts = Object.fromEntries(isoDay.formatToParts(new Date(at)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** "Trade Law Daily, 2020-07-09, art. 2007090041": the publication day in New York and the public ID, which never change. */
export function citationOf(a: { publishedAt: Date | string; publicId: string }): string {
  return `${PUBLICATION_NAME}, ${newYorkIsoDay(a.publishedAt)}, art. ${a.publicId}`;
}

/** A correction as readers see it. */
export type PublicCorrection = { publishedAt: string; note: string };

/**
 * "Correction, July 10: …" (New York day). The year is added when the correction came in
 * a later year than the story, so an old story's notice is not read as this year's.
 */
export function correctionLabel(c: { publishedAt: Date | string }, storyPublishedAt?: Date | string): string {
  const sameYear = !storyPublishedAt || newYorkIsoDay(c.publishedAt).slice(0, 4) === newYorkIsoDay(storyPublishedAt).slice(0, 4);
  return `Correction, ${(sameYear ? monthDay : fullDay).format(new Date(c.publishedAt))}`;
}

/** schema.org's `correction` on the NewsArticle: one CorrectionComment per notice, newest first. */
export function correctionsJsonLd(corrections: PublicCorrection[]) {
  if (!corrections.length) return {};
  return { correction: corrections.map((c) => ({ "@type": "CorrectionComment", text: c.note, datePublished: c.publishedAt })) };
}

/** A correction note: plain text on one line, whitespace collapsed (it is shown under a headline and in a feed). */
export function normaliseNote(note: string): string {
  return note.replace(/\s+/g, " ").trim();
}
