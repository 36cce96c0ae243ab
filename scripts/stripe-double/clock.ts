// The double's notion of "now". Tests move it forward (like a Stripe test
// clock) to trigger renewals without waiting a month; the offset is kept in
// state so it survives restarts. Webhook signatures deliberately do NOT use
// this clock: the SDK checks them against the receiver's real time.
import type { Interval } from "./types.ts";

export class Clock {
  constructor(
    private readonly base: () => number,
    public offsetMs = 0,
  ) {}

  nowMs(): number {
    return this.base() + this.offsetMs;
  }

  /** Unix seconds, the unit of every Stripe timestamp. */
  now(): number {
    return Math.floor(this.nowMs() / 1000);
  }

  advance(seconds: number): void {
    this.offsetMs += seconds * 1000;
  }
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/**
 * `anchor` + n intervals, computed from the anchor each time so monthly
 * billing on the 31st goes Jan 31 → Feb 28 → Mar 31 (Stripe's behaviour)
 * instead of drifting to the 28th forever.
 */
export function addIntervals(anchor: number, interval: Interval, count: number): number {
  const d = new Date(anchor * 1000);
  if (interval === "day") return anchor + count * 86400;
  if (interval === "week") return anchor + count * 7 * 86400;
  const months = interval === "year" ? count * 12 : count;
  const total = d.getUTCMonth() + months;
  const year = d.getUTCFullYear() + Math.floor(total / 12);
  const month = ((total % 12) + 12) % 12;
  const day = Math.min(d.getUTCDate(), daysInMonth(year, month));
  const t = Date.UTC(year, month, day, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
  return Math.floor(t / 1000);
}

/** First period boundary strictly after `after`, counting from `anchor`. */
export function nextBoundary(anchor: number, interval: Interval, intervalCount: number, after: number): number {
  let n = 1;
  let t = addIntervals(anchor, interval, intervalCount);
  while (t <= after) {
    n += 1;
    t = addIntervals(anchor, interval, intervalCount * n);
  }
  return t;
}
