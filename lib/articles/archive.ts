// Day archive: /archive/YYYY/MM/DD lists that New York day's stories.
import "server-only";
import { formatDate } from "../site.ts";
import { latestHeadlines } from "./queries.ts";

/** UTC instant of midnight in New York on the given calendar day. */
function nyMidnight(y: number, m: number, d: number): Date {
  const guess = new Date(Date.UTC(y, m - 1, d, 5));
  const offsetH = Number(new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York", hour: "numeric", hourCycle: "h23" }).format(guess));
  return new Date(guess.getTime() - offsetH * 3_600_000);
}

const path = (dt: Date) => `/archive/${dt.getUTCFullYear()}/${String(dt.getUTCMonth() + 1).padStart(2, "0")}/${String(dt.getUTCDate()).padStart(2, "0")}`;

export async function dayArchive(ys: string, ms: string, ds: string) {
  if (!/^\d{4}$/.test(ys) || !/^\d{2}$/.test(ms) || !/^\d{2}$/.test(ds)) return null;
  const [y, m, d] = [Number(ys), Number(ms), Number(ds)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || y < 1990 || y > 2100) return null;
  const from = nyMidnight(y, m, d);
  const to = nyMidnight(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate() + 1);
  const items = await latestHeadlines({ from, to, pageSize: 200 });
  const prevDay = new Date(date.getTime() - 86_400_000);
  const nextDay = new Date(date.getTime() + 86_400_000);
  return {
    noon: new Date(Date.UTC(y, m - 1, d, 17)),
    items,
    prev: path(prevDay),
    prevLabel: formatDate(new Date(prevDay.getTime() + 17 * 3_600_000)),
    next: nextDay.getTime() < Date.now() ? path(nextDay) : null,
    nextLabel: formatDate(new Date(nextDay.getTime() + 17 * 3_600_000)),
  };
}
