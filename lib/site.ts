import { config } from "./config.ts";

/** The root layout's metadataBase: names no address while no metadata field is a URL (decision 29). */
export function siteMetadataBase(): URL {
  return new URL(config().siteUrl);
}

/**
 * An absolute URL on this site, from SITE_URL as this process reads it. Only for
 * answers made at run time (per request, a job, or an ISR render, which happens
 * at run time): never in a page the build prerenders (decision 29).
 */
export function absoluteUrl(path: string): string {
  return `${config().siteUrl}${path}`;
}

const dateFmt = new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York", year: "numeric", month: "long", day: "numeric" });
const timeFmt = new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York", hour: "numeric", minute: "2-digit", timeZoneName: "short" });

export function formatDate(iso: string | Date): string {
  return dateFmt.format(new Date(iso));
}

export function formatDateTime(iso: string | Date): string {
  const d = new Date(iso);
  return `${dateFmt.format(d)}, ${timeFmt.format(d)}`;
}
