// Several `next start` processes of one site behind the front (decision 35):
// started, stopped, restarted after a crash, and replaced one at a time by a
// new build (the rolling deploy). Used by `npm start -- --instances N` and by
// the tests, so the tests exercise the launcher's own code.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { endGroup } from "./processes.ts";

export type InstanceOptions = {
  /** One port per instance. */
  ports: number[];
  /** next start's --hostname (nextHostname()). */
  hostname: string;
  /** The environment every instance shares (the database, SITE_URL, FRONT_URL, ...). */
  env: NodeJS.ProcessEnv;
  /** The build to serve (NEXT_DIST_DIR), relative to the checkout. */
  distDir: string;
  /** Where an instance's output goes. */
  output?: (index: number, chunk: string) => void;
  /** Start an instance again when it exits unasked (a crash, an OOM kill). Default true. */
  restartOnCrash?: boolean;
  log?: (line: string) => void;
  /** Called each time an instance is ready (started, restarted, rolled). */
  started?: (index: number) => void;
};

const KEEP_ALIVE_MS = 75_000;
/** Longer than the front's fail_timeout (scripts/lib/front.ts): an instance refused while restarting is tried again by then. */
const SETTLE_MS = 3000;

/** The build id `next build` wrote into `distDir`. */
export function buildIdOf(distDir: string): string {
  return readFileSync(path.resolve(distDir, "BUILD_ID"), "utf8").trim();
}

async function get(url: string): Promise<{ status: number; body: string } | null> {
  try {
    const r = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5000) });
    return { status: r.status, body: await r.text() };
  } catch {
    return null;
  }
}

export class Instances {
  readonly urls: string[];
  private readonly children: (ChildProcess | null)[];
  private readonly dists: string[];
  private readonly stopping = new Set<number>();
  private closed = false;

  constructor(private readonly o: InstanceOptions) {
    this.urls = o.ports.map((p) => `http://localhost:${p}`);
    this.children = o.ports.map(() => null);
    this.dists = o.ports.map(() => o.distDir);
  }

  get count(): number {
    return this.o.ports.length;
  }

  pid(i: number): number | undefined {
    return this.children[i]?.pid;
  }

  /** Start instance `i` (serving `distDir`, default its current build) and wait until /readyz says ready with that build's id. */
  async start(i: number, distDir = this.dists[i]): Promise<void> {
    this.dists[i] = distDir;
    const port = this.o.ports[i];
    // --keepAliveTimeout above nginx's upstream keepalive_timeout (60 s): the front closes an idle
    // connection first: an instance closing one just as nginx sends a request on it costs a retry,
    // or a 502 when there is no other instance to retry on.
    const args = [
      "node_modules/next/dist/bin/next",
      "start",
      "--hostname",
      this.o.hostname,
      "--port",
      String(port),
      "--keepAliveTimeout",
      String(KEEP_ALIVE_MS),
    ];
    const child = spawn(process.execPath, args, {
      env: { ...this.o.env, NEXT_DIST_DIR: distDir, TLD_INSTANCE_URL: this.urls[i] },
      stdio: ["ignore", "pipe", "pipe"],
      // Its own group: stopping it ends anything it started.
      detached: true,
    });
    this.children[i] = child;
    child.stdout!.on("data", (d) => this.o.output?.(i, String(d)));
    child.stderr!.on("data", (d) => this.o.output?.(i, String(d)));
    child.once("exit", (code, signal) => {
      if (this.children[i] !== child || this.stopping.has(i) || this.closed) return;
      this.o.log?.(`instance ${i + 1} (port ${port}) exited unasked (${signal ?? code})${this.o.restartOnCrash === false ? "" : "; starting it again"}`);
      this.children[i] = null;
      if (this.o.restartOnCrash !== false) setTimeout(() => void this.start(i).catch((e) => this.o.log?.(`instance ${i + 1}: ${(e as Error).message}`)), 1000);
    });
    await this.waitReady(i, buildIdOf(distDir));
    this.o.started?.(i);
  }

  /** Wait until instance `i`'s /readyz answers 200 naming `buildId`. */
  async waitReady(i: number, buildId: string, ms = 120_000): Promise<void> {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      const child = this.children[i];
      if (!child || child.exitCode !== null || child.signalCode !== null) throw new Error(`instance ${i + 1} exited before it was ready`);
      const r = await get(`${this.urls[i]}/readyz`);
      if (r?.status === 200 && (JSON.parse(r.body) as { buildId?: string }).buildId === buildId) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`instance ${i + 1} (port ${this.o.ports[i]}) was not ready with build ${buildId} within ${ms / 1000} s`);
  }

  /** Stop instance `i`: SIGTERM (next finishes the requests it has and exits), SIGKILL after `graceMs`. */
  async stop(i: number, signal: NodeJS.Signals = "SIGTERM", graceMs = 30_000): Promise<void> {
    const child = this.children[i];
    if (!child) return;
    this.stopping.add(i);
    try {
      await endGroup(child, signal, graceMs);
    } finally {
      this.stopping.delete(i);
      if (this.children[i] === child) this.children[i] = null;
    }
  }

  async startAll(): Promise<void> {
    // One after another: each start compiles nothing, but loads the build; on a small machine in parallel they only slow each other.
    for (let i = 0; i < this.count; i++) await this.start(i);
  }

  async stopAll(): Promise<void> {
    this.closed = true;
    await Promise.all(this.children.map((_, i) => this.stop(i, "SIGTERM", 10_000)));
  }

  /**
   * The rolling deploy: one instance at a time, stopped gracefully (SIGTERM:
   * it stops accepting connections, finishes the requests it has, exits),
   * started on `distDir`, ready with its build id, and given `settleMs` so
   * the front stops counting its restart against it (fail_timeout) before
   * the next is touched. Meanwhile the front passes the GETs it refused to
   * the others. Not drained by reloading nginx first: a reload closes idle
   * client connections, and clients that reuse one at that moment see a
   * reset (seen: 3 of 4,715 requests).
   */
  async roll(distDir: string, settleMs = SETTLE_MS): Promise<string> {
    const id = buildIdOf(distDir);
    for (let i = 0; i < this.count; i++) {
      const t0 = Date.now();
      await this.stop(i);
      await this.start(i, distDir);
      this.o.log?.(`instance ${i + 1} (port ${this.o.ports[i]}) serves build ${id} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      if (i < this.count - 1) await new Promise((r) => setTimeout(r, settleMs));
    }
    return id;
  }
}
