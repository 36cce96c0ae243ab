// When PostgreSQL is unreachable, requests that need it get a clear 503 at
// once (proxy.ts) instead of each waiting for a connection timeout and then
// failing. The mark expires after a moment, so the next request probes again
// and the site serves normally as soon as the database is back.
const g = globalThis as unknown as { __tldDbDownUntil?: number };
const HOLD_MS = 2000;

export function isDatabaseDown(e: unknown): boolean {
  const err = e as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  const text = `${err?.code ?? ""} ${err?.message ?? ""} ${err?.cause?.code ?? ""} ${err?.cause?.message ?? ""}`;
  return /ECONNREFUSED|ECONNRESET|EPIPE|57P01|57P03|08006|08001|08003|P1001|P1017|Can't reach database|Connection terminated|connection refused|DatabaseNotReachable|too many clients|timeout exceeded when trying to connect|Connection ended unexpectedly|socket hang up/i.test(
    text,
  );
}

const POOL_WAIT = /timeout exceeded when trying to connect/i;

/**
 * What a failed query tells us. A refused, reset or terminated connection
 * means PostgreSQL is away: mark it down at once. A connect timeout may only
 * mean every pooled connection is busy (a burst of readers, not an outage):
 * then only the TCP probe decides, so a busy pool never turns the whole site
 * to 503 for everyone.
 */
export function noteDatabaseError(e: unknown, url: string | undefined) {
  if (!isDatabaseDown(e)) return;
  const err = e as { message?: string; cause?: { message?: string } };
  if (POOL_WAIT.test(`${err?.message ?? ""} ${err?.cause?.message ?? ""}`)) void databaseReachable(url);
  else markDatabaseDown();
}

export function markDatabaseDown() {
  g.__tldDbDownUntil = Date.now() + HOLD_MS;
}

export function databaseMarkedDown(): boolean {
  return (g.__tldDbDownUntil ?? 0) > Date.now();
}

const probe = globalThis as unknown as { __tldDbProbe?: { at: number; ok: boolean; pending?: Promise<boolean> } };
const PROBE_EVERY_MS = 500;

/**
 * Is the database accepting connections? A TCP connect with a short timeout,
 * at most every 500 ms however many requests ask; cheap enough for the proxy
 * to check before every request that needs the database.
 */
export async function databaseReachable(url: string | undefined): Promise<boolean> {
  if (!url) return true;
  const now = Date.now();
  const p = probe.__tldDbProbe;
  if (p && now - p.at < PROBE_EVERY_MS) return p.ok;
  if (p?.pending) return p.pending;
  const { hostname, port } = new URL(url);
  const net = await import("node:net");
  const pending = new Promise<boolean>((resolve) => {
    const s = net.connect({ host: hostname, port: Number(port || 5432) });
    const done = (ok: boolean) => {
      s.destroy();
      resolve(ok);
    };
    // Generous: under heavy load the event loop itself can lag by hundreds of ms,
    // and a false "down" would turn away readers; a stopped server refuses at once.
    s.setTimeout(1500, () => done(false));
    s.once("connect", () => done(true));
    s.once("error", () => done(false));
  });
  probe.__tldDbProbe = { at: p?.at ?? 0, ok: p?.ok ?? true, pending };
  const ok = await pending;
  probe.__tldDbProbe = { at: Date.now(), ok };
  if (!ok) markDatabaseDown();
  return ok;
}
