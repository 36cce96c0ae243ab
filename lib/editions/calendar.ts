// Business days in New York: weekends and the holiday list are skipped.
// The default list is the U.S. federal holidays on which courts and agencies
// close; EDITION_HOLIDAYS (comma-separated YYYY-MM-DD) adds to it.
import { config } from "../config.ts";

export const FEDERAL_HOLIDAYS = [
  "2026-01-01",
  "2026-01-19",
  "2026-02-16",
  "2026-05-25",
  "2026-06-19",
  "2026-07-03",
  "2026-09-07",
  "2026-10-12",
  "2026-11-11",
  "2026-11-26",
  "2026-12-25",
  "2027-01-01",
  "2027-01-18",
  "2027-02-15",
  "2027-05-31",
  "2027-06-18",
  "2027-07-05",
  "2027-09-06",
  "2027-10-11",
  "2027-11-11",
  "2027-11-25",
  "2027-12-24",
];

export function holidays(): Set<string> {
  const extra = config()
    .EDITION_HOLIDAYS.split(",")
    .map((s) => s.trim())
    .filter((s) => /^\d{4}-\d{2}-\d{2}$/.test(s));
  return new Set([...FEDERAL_HOLIDAYS, ...extra]);
}

/** The New York calendar day of an instant, as YYYY-MM-DD. */
export function newYorkDay(at: Date): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "America/New_York", year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

export function isBusinessDay(day: string, holidayList: Set<string> = holidays()): boolean {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidayList.has(day);
}

/** The business day before `day` (weekends and holidays skipped). */
export function previousBusinessDay(day: string, holidayList: Set<string> = holidays()): string {
  let t = new Date(`${day}T12:00:00Z`).getTime();
  for (let i = 0; i < 14; i++) {
    t -= 86_400_000;
    const d = new Date(t).toISOString().slice(0, 10);
    if (isBusinessDay(d, holidayList)) return d;
  }
  throw new Error(`no business day in the two weeks before ${day}`);
}

/** The instant that is `hhmm` (HH:MM) on `day` in New York, daylight saving included. */
export function newYorkInstant(day: string, hhmm: string): Date {
  const [h, m] = hhmm.split(":").map(Number);
  // First guess: New York is UTC-5; then correct by what New York's clock shows at that instant.
  const guess = new Date(`${day}T${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:00-05:00`);
  const shown = new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(guess);
  const [sh, sm] = shown.split(":").map(Number);
  const diffMin = ((h * 60 + m - (sh * 60 + sm) + 1440 * 1.5) % 1440) - 720;
  return new Date(guess.getTime() + diffMin * 60_000);
}

/**
 * A day's edition window: from the previous business day's edition time to
 * this day's (EDITION_TIME, New York). The same whenever it is built, so an
 * edition of a past day holds exactly that day's stories.
 */
export function editionWindow(day: string, editionTime = config().EDITION_TIME, holidayList: Set<string> = holidays()): { from: Date; to: Date } {
  return { from: newYorkInstant(previousBusinessDay(day, holidayList), editionTime), to: newYorkInstant(day, editionTime) };
}

/** The edition a story published at `at` appears in: the first business day whose edition time is after it. */
export function editionDayOf(at: Date, editionTime = config().EDITION_TIME, holidayList: Set<string> = holidays()): string {
  let day = newYorkDay(at);
  for (let i = 0; i < 15; i++) {
    if (isBusinessDay(day, holidayList) && at.getTime() <= newYorkInstant(day, editionTime).getTime()) return day;
    day = new Date(new Date(`${day}T12:00:00Z`).getTime() + 86_400_000).toISOString().slice(0, 10);
  }
  throw new Error(`no business day in the two weeks after ${at.toISOString()}`);
}
