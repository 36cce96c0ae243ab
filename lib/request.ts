// The client address for rate limiting. Behind a proxy, the first address in
// X-Forwarded-For is the client's (the proxy must be trusted to set it).
export function clientIp(h: Headers): string {
  const fwd = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return (fwd || h.get("x-real-ip") || "local").slice(0, 64);
}
