// The run as Markdown: the scenario table, the other figures, and the
// budget lines with met / MISSED.
import path from "node:path";
import type { Results } from "./results.ts";

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const PHASES = ["migrate", "seed", "prepare", "documents", "articles", "readers", "indexes", "counters", "analyze"];

export function markdownReport(r: Results): string {
  const out: string[] = [];
  const d = r.dataset;
  out.push(`## Benchmark ${r.mode === "smoke" ? "(smoke) " : ""}— ${r.runAt.slice(0, 19).replace("T", " ")} UTC`);
  out.push("");
  out.push(
    `Archive: ${d.articles.toLocaleString("en-US")} articles over ${d.stats.days.toLocaleString("en-US")} business days ` +
      `(teaser ~${d.stats.meanTeaserWords} words, body ~${d.stats.meanBodyWords} words), ${d.documents.toLocaleString("en-US")} source documents ` +
      `(~${d.stats.meanDocumentWords} words of text), ${d.readers.toLocaleString("en-US")} readers; ${d.stats.tableMB} MB of article and document tables.`,
  );
  out.push(
    `Machine: ${r.machine.cpus} cores, ${r.machine.memoryGB} GB, Node ${r.machine.node}; load average ${r.machine.loadAverageAtStart[0]} at start, ${r.machine.loadAverageAtEnd[0]} at end. ` +
      `autocannon, the server and PostgreSQL share these cores.`,
  );
  out.push("");
  out.push("| scenario | conns | req/s | p50 ms | p95 ms | p99 ms | non-2xx | DB queries/req under load | DB queries/req one at a time |");
  out.push("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const s of r.scenarios)
    out.push(
      `| ${s.label} | ${s.connections} | ${s.rps} | ${s.p50} | ${s.p95} | ${s.p99} | ${s.non2xx} | ${s.queries ? s.queries.perRequest : "–"} | ${s.queries?.probePerRequest ?? "–"} |`,
    );
  out.push("");
  const pct = (x: number | null | undefined) => (x === null || x === undefined ? `n/a${r.nginx.available ? "" : ` (nginx not installed: ${r.nginx.install})`}` : `${(x * 100).toFixed(1)} %`);
  out.push(`- anonymous article ÷ nginx: through the front ${pct(r.ratioAnonymousToNginx)}; next start directly ${pct(r.ratioAnonymousDirectToNginx)}`);
  if (r.memory) out.push(`- next-server RSS at the end: ${r.memory.nextServerRssMB} MB (process tree ${r.memory.nextServerTreeRssMB} MB)`);
  for (const [name, js] of Object.entries(r.firstLoadJs))
    out.push(
      `- first-load JS, ${name} (${js.path}): ` +
        (js.files === 0
          ? "none, the page loads no JavaScript"
          : `${kb(js.gzipBytes)} kB gzip in ${js.files} files (${kb(js.rawBytes)} kB raw, ${kb(js.brotliBytes)} kB brotli; framework root chunks ${kb(js.frameworkGzipBytes)} kB of it)`) +
        `; HTML ${kb(js.htmlGzipBytes)} kB gzip` +
        (js.buildStats
          ? `; build's route-bundle-stats for ${js.buildStats.route}: ${kb(js.buildStats.gzipBytes)} kB gzip in ${js.buildStats.files} files` +
            (js.buildStats.sent === false ? " (not sent: the page loads no JavaScript)" : "")
          : ""),
    );
  out.push(
    `- generator: ${d.generatorSeconds.toFixed(1)} s${d.reused ? ` (cached database from ${d.generatedAt.slice(0, 16)}; --fresh regenerates)` : ""} — ` +
      // Cached datasets come back from jsonb, which does not keep key order.
      Object.entries(d.phases)
        .sort(([a], [b]) => PHASES.indexOf(a) - PHASES.indexOf(b))
        .map(([k, v]) => `${k} ${v.toFixed(1)}`)
        .join(", "),
  );
  out.push(`- build: ${r.build.rebuilt ? `next build ${r.build.seconds?.toFixed(0)} s` : `reused .next-bench from ${r.build.builtAt?.slice(0, 16) ?? "?"}`}`);
  for (const s of r.scenarios) for (const n of s.notes) out.push(`- ${s.name}: ${n}`);
  for (const s of r.scenarios)
    if (s.non2xx) out.push(`- ${s.name}: status codes ${Object.entries(s.statusCodes).map(([c, n]) => `${c}×${n}`).join(", ")}`);
  if (r.serverErrors.count) out.push(`- server log: ${r.serverErrors.count} error line(s), first: ${r.serverErrors.first[0]}`);
  if (r.profile) {
    out.push(`- CPU profile of next start (${path.relative(process.cwd(), r.profile.file)}), self time by package: ` + r.profile.byPackage.slice(0, 8).map((x) => `${x.name} ${x.share} %`).join(", "));
    out.push(`  top functions: ` + r.profile.byFunction.slice(0, 8).map((x) => `${x.name} ${x.share} %`).join(", "));
  }
  out.push("");
  out.push("### Budget");
  out.push("");
  for (const b of r.budgets) {
    const mark = b.status === "met" ? "met   " : b.status === "missed" ? "MISSED" : "n/a   ";
    out.push(`- ${mark} ${b.name}: ${b.figure} — budget ${b.target}`);
  }
  out.push("");
  out.push(`Total ${r.totalSeconds.toFixed(0)} s.`);
  return out.join("\n");
}
