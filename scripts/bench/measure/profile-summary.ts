// Where the server's CPU time went: self time of a V8 .cpuprofile (written by
// `node --cpu-prof`, i.e. `npm run bench -- --cpu-prof`), summed by function
// and by package. Run on its own: tsx scripts/bench/measure/profile-summary.ts <file>
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number };
type Profile = { nodes: Node[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] };

export type ProfileSummary = { file: string; totalMs: number; byPackage: { name: string; ms: number; share: number }[]; byFunction: { name: string; ms: number; share: number }[] };

function packageOf(url: string): string {
  if (!url) return "(native/idle/gc)";
  const u = url.replace(/^file:\/\//, "");
  const compiled = u.match(/next\/dist\/compiled\/([^/]+(?:\/[^/]+)?)/);
  if (compiled) return `next/compiled/${compiled[1].replace(/\/.*$/, "")}`;
  const nm = u.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/g);
  if (nm) {
    const last = nm.at(-1)!.replace("node_modules/", "");
    if (last === "next") {
      const part = u.match(/next\/dist\/([^/]+\/[^/]+)/);
      return `next/${part ? part[1] : "dist"}`;
    }
    return last;
  }
  if (u.includes("/.next")) return "app (server chunks)";
  if (u.startsWith("node:")) return "node:" + u.slice(5).split("/")[0];
  return path.basename(u);
}

export function summariseProfile(file: string, top = 15): ProfileSummary {
  const p = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (let i = 0; i < p.samples.length; i++) self.set(p.samples[i], (self.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const pkg = new Map<string, number>();
  const fn = new Map<string, number>();
  for (const [id, ms] of self) {
    const n = byId.get(id)!;
    const name = n.callFrame.functionName || "(anonymous)";
    if (name === "(idle)") continue;
    const k = packageOf(n.callFrame.url);
    pkg.set(k, (pkg.get(k) ?? 0) + ms);
    const f = `${name} (${k})`;
    fn.set(f, (fn.get(f) ?? 0) + ms);
  }
  const busy = [...pkg.values()].reduce((a, b) => a + b, 0);
  const list = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms: Math.round(ms), share: Math.round((ms / busy) * 1000) / 10 }));
  return { file, totalMs: Math.round(total), byPackage: list(pkg), byFunction: list(fn) };
}

export function newestProfile(dir: string): string | null {
  const files = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile")).map((f) => path.join(dir, f));
  return files.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0] ?? null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = summariseProfile(process.argv[2]);
  console.log(`${s.file}: ${s.totalMs} ms sampled`);
  console.log("by package (share of busy time):");
  for (const x of s.byPackage) console.log(`  ${String(x.share).padStart(5)} %  ${x.name}`);
  console.log("by function:");
  for (const x of s.byFunction) console.log(`  ${String(x.share).padStart(5)} %  ${x.name}`);
}
