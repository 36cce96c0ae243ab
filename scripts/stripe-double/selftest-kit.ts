// Helpers for selftest.ts: a tiny webhook receiver that verifies signatures
// with the real SDK, a sequential test runner, and HTTP shortcuts for the
// double's non-SDK routes (hosted pages and /_double controls).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type Stripe from "stripe";

export interface Received {
  raw: string;
  signature: string;
  event: Stripe.Event | null;
  verifyError: string | null;
  answeredWith: number;
}

export interface Receiver {
  url: string;
  port: number;
  received: Received[];
  /** Answer 500 to the next `n` requests. */
  failNext(n: number): void;
  /** Hold each response for `ms` before answering. */
  setDelay(ms: number): void;
  verified(): Stripe.Event[];
  waitFor(pred: (events: Stripe.Event[]) => boolean, timeoutMs?: number): Promise<Stripe.Event[]>;
  close(): Promise<void>;
}

export async function startReceiver(stripe: Stripe, secret: string, port = 0): Promise<Receiver> {
  const received: Received[] = [];
  let failures = 0;
  let delay = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const signature = String(req.headers["stripe-signature"] ?? "");
      let event: Stripe.Event | null = null;
      let verifyError: string | null = null;
      try {
        event = stripe.webhooks.constructEvent(raw, signature, secret);
      } catch (e) {
        verifyError = e instanceof Error ? e.message : String(e);
      }
      const status = failures > 0 ? 500 : verifyError ? 400 : 200;
      if (failures > 0) failures -= 1;
      received.push({ raw, signature, event: status === 200 ? event : null, verifyError, answeredWith: status });
      setTimeout(() => {
        res.writeHead(status, { "Content-Type": "application/json" });
        res.end(JSON.stringify({ received: status === 200 }));
      }, delay);
    });
  });
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
  const actualPort = (server.address() as AddressInfo).port;
  const verified = (): Stripe.Event[] => received.flatMap((r) => (r.event ? [r.event] : []));
  return {
    url: `http://127.0.0.1:${actualPort}/api/stripe/webhook`,
    port: actualPort,
    received,
    failNext: (n) => (failures = n),
    setDelay: (ms) => (delay = ms),
    verified,
    async waitFor(pred, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (pred(verified())) return verified();
        await sleep(25);
      }
      throw new Error(
        `timed out waiting for webhooks; got: ${verified()
          .map((e) => e.type)
          .join(", ")}`,
      );
    },
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export class AssertionError extends Error {}

export function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new AssertionError(message);
}

export function eq<T>(actual: T, expected: T, what: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new AssertionError(`${what}: expected ${e}, got ${a}`);
}

export async function rejects(p: Promise<unknown>, what: string): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new AssertionError(`${what}: expected the call to fail`);
}

export class Runner {
  passed = 0;
  failed = 0;
  private failures: string[] = [];

  async test(name: string, fn: () => Promise<void>): Promise<void> {
    const started = Date.now();
    try {
      await fn();
      this.passed += 1;
      console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
    } catch (e) {
      this.failed += 1;
      const msg = e instanceof Error ? (e instanceof AssertionError ? e.message : (e.stack ?? e.message)) : String(e);
      this.failures.push(`${name}: ${msg}`);
      console.log(`  ✗ ${name}\n      ${msg.split("\n").join("\n      ")}`);
    }
  }

  summary(): void {
    if (this.failures.length) console.log(`\nFailures:\n${this.failures.map((f) => `  - ${f}`).join("\n")}`);
    console.log(`\n${this.passed} passed, ${this.failed} failed`);
  }
}

export interface HttpResult {
  status: number;
  location: string | null;
  text: string;
  json: () => any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

async function wrap(res: Response): Promise<HttpResult> {
  const text = await res.text();
  return { status: res.status, location: res.headers.get("location"), text, json: () => JSON.parse(text) };
}

export async function get(url: string, headers: Record<string, string> = {}): Promise<HttpResult> {
  return wrap(await fetch(url, { headers, redirect: "manual" }));
}

/** A browser-style form POST (what the hosted pages receive). */
export async function postForm(url: string, fields: Record<string, string>): Promise<HttpResult> {
  return wrap(await fetch(url, { method: "POST", body: new URLSearchParams(fields), redirect: "manual" }));
}

export async function control(base: string, path: string, body?: unknown): Promise<HttpResult> {
  const init: RequestInit =
    body === undefined && path.startsWith("GET ") ? {} : { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body ?? {}) };
  return wrap(await fetch(`${base}${path.replace(/^GET /, "")}`, init));
}
