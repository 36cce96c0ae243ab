// The front's njs module (deploy/front/pass.js), loaded two ways: in Node
// (njs 0.7 implements the same crypto API), and under the njs command-line
// tool itself where Debian's package `njs` is installed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

export const PASS_JS = path.resolve(import.meta.dirname, "../../deploy/front/pass.js");
export const NJS = "/usr/bin/njs";
export const hasNjsCli = () => existsSync(NJS);

export type PassModule = {
  levelOf: (cookie: string | undefined, key: string, nowMs: number) => string;
  cacheFile: (dir: string, key: string) => string;
  reportOf: (cookie: string | undefined, uri: string, key: string, nowMs: number) => string;
  PASS_COOKIE: string;
  MAX_AHEAD_MS: number;
  REPORT_PASS_COOKIE: string;
  REPORT_MAX_AHEAD_MS: number;
};

/** pass.js evaluated in Node. */
export function passModuleInNode(): PassModule {
  const body = readFileSync(PASS_JS, "utf8").replace("export default", "return");
  return new Function("require", body)(createRequire(import.meta.url)) as PassModule;
}

/** levelOf over many cases, computed by the real njs: [cookie, key, nowMs] -> level. */
export function levelsUnderNjs(cases: [string | undefined, string, number][]): string[] {
  return underNjs("levelOf", cases);
}

/** reportOf over many cases, computed by the real njs: [cookie, uri, key, nowMs] -> "1" or "". */
export function reportsUnderNjs(cases: [string | undefined, string, string, number][]): string[] {
  return underNjs("reportOf", cases);
}

function underNjs(fn: "levelOf" | "reportOf", cases: unknown[][]): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tld-njs-"));
  try {
    writeFileSync(path.join(dir, "pass.js"), readFileSync(PASS_JS));
    writeFileSync(
      path.join(dir, "run.js"),
      `import m from 'pass.js';\nvar cases = ${JSON.stringify(cases)};\nconsole.log(JSON.stringify(cases.map(function (c) { return m.${fn}.apply(null, c); })));\n`,
    );
    const r = spawnSync(NJS, ["-p", dir, path.join(dir, "run.js")], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`njs failed: ${r.stderr}${r.stdout}`);
    return JSON.parse(r.stdout.trim().split("\n").pop()!) as string[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
