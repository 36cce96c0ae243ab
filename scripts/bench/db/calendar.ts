// Publication days of the generated archive: New York business days (Monday
// to Friday, without the fixed-date federal holidays), newest first, ending
// the business day before today so that every story is already published.
// Days on which the seed has stories are left to the seed, so its public IDs
// keep their sequences and no day mixes the two.
import { newYorkDay } from "../../../lib/editions/calendar.ts";

export type PlannedDay = { day: string; count: number; firstIndex: number };

const FIXED_HOLIDAYS = new Set(["01-01", "07-04", "12-25"]);

/** A small deterministic generator: the same archive every run. */
export function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function previousDay(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function isWorkday(day: string): boolean {
  const wd = new Date(`${day}T12:00:00Z`).getUTCDay();
  return wd !== 0 && wd !== 6 && !FIXED_HOLIDAYS.has(day.slice(5));
}

/**
 * Spread `articles` over business days at about `perDay` a day (15 to 25),
 * newest day first. `firstIndex` numbers the day's first article (1-based,
 * oldest day first), so article n of the archive is always on the same day.
 */
export function planDays(articles: number, opts: { perDay?: number; today?: Date; skip?: Set<string> } = {}): PlannedDay[] {
  const perDay = opts.perDay ?? 20;
  const rand = prng(20070709);
  const skip = opts.skip ?? new Set<string>();
  const days: { day: string; count: number }[] = [];
  let day = newYorkDay(opts.today ?? new Date());
  let left = articles;
  while (left > 0) {
    day = previousDay(day);
    if (!isWorkday(day) || skip.has(day)) continue;
    const count = Math.min(left, perDay - 5 + Math.floor(rand() * 11));
    days.push({ day, count });
    left -= count;
  }
  days.reverse();
  let next = 1;
  return days.map((d) => {
    const planned = { ...d, firstIndex: next };
    next += d.count;
    return planned;
  });
}
