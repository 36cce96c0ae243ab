// Which address a request comes from: decided here and nowhere else
// (docs/decisions/0022-office-ip-ranges.md). Office ranges, the search limit
// and the sign-in limits all use clientIp().
//
//   the socket's address (the direct peer), or, when that peer is in
//   TRUSTED_PROXIES (default: loopback 127.0.0.1 and ::1, where the front
//   connects from), the first address of X-Forwarded-For. A forged
//   X-Forwarded-For from anyone else changes nothing.
//
// Next.js shows App Router code and proxy.ts only headers, and `next start`
// fills X-Forwarded-For from the socket only when the client sent none, so the
// header alone cannot tell a forged value from the socket's. lib/peer-stamp.ts
// (installed by instrumentation.ts in the server process) writes the socket's
// address into PEER_HEADER on every request, over anything a client sent.
// Without that stamp (a process where it was not installed) no address is
// believed: every request is "unknown".
import ipaddr from "ipaddr.js";
import { config } from "./config.ts";

/** Request header holding the socket's remote address, written by lib/peer-stamp.ts on every request. */
export const PEER_HEADER = "x-tld-peer";
export const PEER_STAMP = Symbol.for("tld.peer-stamp");

/** The address a request counts as coming from (one place: decision 22). */
export function clientIp(h: Headers): string {
  const peer = (globalThis as Record<symbol, unknown>)[PEER_STAMP] === true ? canonicalAddress(h.get(PEER_HEADER)) : null;
  if (!peer) return "unknown";
  if (isTrustedProxy(peer)) {
    const forwarded = canonicalAddress(h.get("x-forwarded-for")?.split(",")[0]);
    if (forwarded) return forwarded;
  }
  return peer;
}

/** An address in its canonical text (IPv4-mapped IPv6 as IPv4), or null when it is not one. */
export function canonicalAddress(text: string | null | undefined): string | null {
  const t = text?.trim().replace(/^\[|\]$/g, "");
  if (!t || t.length > 64 || !ipaddr.isValid(t)) return null;
  const a = ipaddr.parse(t);
  if (a.kind() === "ipv6" && (a as ipaddr.IPv6).isIPv4MappedAddress()) return (a as ipaddr.IPv6).toIPv4Address().toString();
  return a.toString();
}

let trusted: { source: string; nets: [ipaddr.IPv4 | ipaddr.IPv6, number][] } | null = null;

export function isTrustedProxy(address: string): boolean {
  const list = config().trustedProxies;
  const source = list.join(",");
  if (trusted?.source !== source)
    trusted = {
      source,
      nets: list.map((s) =>
        s.includes("/") ? ipaddr.parseCIDR(s) : ([ipaddr.parse(s), ipaddr.parse(s).kind() === "ipv4" ? 32 : 128] as [ipaddr.IPv4 | ipaddr.IPv6, number]),
      ),
    };
  const a = ipaddr.parse(address);
  return trusted.nets.some(([net, prefix]) => net.kind() === a.kind() && a.match([net, prefix] as never));
}
