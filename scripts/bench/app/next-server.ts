// `next start` on 127.0.0.1 as a child process, its memory, and stopping it.
import { spawn, type ChildProcess } from "node:child_process";
import { nextHostname } from "../../lib/front.ts";
import { ROOT } from "./build.ts";
import { treeRssKb } from "../measure/memory.ts";

export type NextServer = { baseUrl: string; pid: number; hostname: string; log: () => string; rssKb: () => { main: number; tree: number }; stop: () => Promise<void> };

// --hostname: "localhost" where it resolves to 127.0.0.1, never "-H 127.0.0.1"
// (it breaks proxy.ts's rewrite; see nextHostname in scripts/lib/front.ts).
async function waitFor(url: string, ms: number, child: ChildProcess, log: () => string) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${log().slice(-3000)}`);
    try {
      const r = await fetch(url, { redirect: "manual" });
      if (r.status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`next start did not answer ${url} within ${ms} ms:\n${log().slice(-3000)}`);
}

export async function startNext(env: NodeJS.ProcessEnv, port: number, extraNodeArgs: string[] = []): Promise<NextServer> {
  const hostname = await nextHostname();
  const child = spawn(process.execPath, [...extraNodeArgs, "node_modules/next/dist/bin/next", "start", "--hostname", hostname, "--port", String(port)], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const keep = (d: Buffer) => {
    out += d;
    if (out.length > 200_000) out = out.slice(-100_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitFor(`${baseUrl}/robots.txt`, 60_000, child, () => out);
  } catch (e) {
    await stop();
    throw e;
  }
  return { baseUrl, pid: child.pid!, hostname, log: () => out, rssKb: () => treeRssKb(child.pid!), stop };
}
