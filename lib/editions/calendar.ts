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
