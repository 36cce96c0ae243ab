// Several instances of the harness's build behind a real nginx front, started
// with the launcher's own code (scripts/lib/instances.ts, decision 35). The
// harness's single app (base()) is untouched; these instances share its
// database, so what one writes the others, and the harness's app, see.
import { execFileSync } from "node:child_process";
import { inject } from "vitest";
import { freePort, hasNginx, hasNjs, nextHostname, startFront } from "../../scripts/lib/front.ts";
import { Instances } from "../../scripts/lib/instances.ts";

export const canRunInstances = () => hasNginx() && hasNjs();

export type Cluster = {
  instances: Instances;
  front: Awaited<ReturnType<typeof startFront>>;
  /** Each instance's own address (http://localhost:<port>), bypassing the front. */
  urls: string[];
  /** What the instances and nginx printed. */
  output: string[];
  stop: () => Promise<void>;
};

export async function startCluster(count: number, env: Record<string, string> = {}, distDir = ".next-test"): Promise<Cluster> {
  const frontPort = await freePort();
  const frontUrl = `http://127.0.0.1:${frontPort}`;
  const ports: number[] = [];
  for (let i = 0; i < count; i++) ports.push(await freePort());
  const output: string[] = [];
  const instances = new Instances({
    ports,
    hostname: await nextHostname(),
    // The site is the front: links name it, and a publication purges it.
    env: { ...inject("appEnv"), SITE_URL: frontUrl, FRONT_URL: frontUrl, ...env } as unknown as NodeJS.ProcessEnv,
    distDir,
    restartOnCrash: false,
    output: (i, chunk) => void output.push(`[${i + 1}] ${chunk}`),
    log: (l) => {
      const line = `[instances ${new Date().toISOString()}] ${l}\n`;
      output.push(line);
      process.stderr.write(line);
    },
  });
  try {
    await instances.startAll();
  } catch (e) {
    await instances.stopAll();
    throw new Error(`${(e as Error).message}\n${output.join("")}`);
  }
  const front = await startFront({ upstream: instances.urls.join(","), port: frontPort, log: (l) => void output.push(`[nginx] ${l}`) });
  return {
    instances,
    front,
    urls: instances.urls,
    output,
    stop: async () => {
      await front.stop();
      await instances.stopAll();
      if (process.env.TLD_TEST_SERVER_LOG) console.log(output.join(""));
    },
  };
}

/** Established TCP connections to `port` on this machine (nginx's to an instance: proof that it was being used). */
export function connectionsTo(port: number): number {
  const out = execFileSync("ss", ["-Htn", "state", "established", `( dport = :${port} )`], { encoding: "utf8" });
  return out.split("\n").filter((l) => l.trim()).length;
}
