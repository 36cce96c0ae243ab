// The performance budgets of issue 9, each judged on this run's figures.
import type { BudgetLine, Results } from "./results.ts";

export const BUDGET = {
  anonymousQueriesPerRequest: 0,
  anonymousShareOfNginx: 0.2,
  subscriberP99Ms: 100,
  searchP95Ms: 50,
  searchConnections: 10,
  searchArchive: 100_000,
  articleFirstLoadJsKB: 130,
  lighthouseMin: 95,
  generatorSeconds: 180,
  generatorArchive: 100_000,
} as const;

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const status = (ok: boolean | null): BudgetLine["status"] => (ok === null ? "n/a" : ok ? "met" : "missed");

export function evaluateBudgets(r: Omit<Results, "budgets">): BudgetLine[] {
  const s = (name: string) => r.scenarios.find((x) => x.name === name);
  const lines: BudgetLine[] = [];
  const full = r.dataset.articles >= BUDGET.searchArchive;
  const scale = full ? "" : ` (at ${r.dataset.articles.toLocaleString("en-US")} articles, not the budget's 100,000)`;

  const warm = s("article-anon-warm");
  const front = s("article-anon-front");
  const direct = () => {
    const n = s("nginx");
    return warm && n && n.rps > 0 ? `; next start directly, no front: ${((warm.rps / n.rps) * 100).toFixed(1)} % (${warm.rps} req/s)` : "";
  };
  lines.push({
    name: "anonymous article: database queries per request",
    target: "0 (served from cache)",
    figure: warm?.queries
      ? `${warm.queries.perRequest} under load (${warm.queries.statements} statements / ${warm.sent} requests), ${warm.queries.probePerRequest} one at a time`
      : "not run",
    status: status(
      warm?.queries ? Math.max(warm.queries.perRequest, warm.queries.probePerRequest ?? 0) <= BUDGET.anonymousQueriesPerRequest : null,
    ),
  });
  lines.push({
    name: "anonymous article: throughput vs nginx",
    target: `≥ ${BUDGET.anonymousShareOfNginx * 100} % of nginx, through the front (production's shape)`,
    figure:
      r.ratioAnonymousToNginx === null
        ? r.nginx.available ? "not run" : `n/a (nginx missing: ${r.nginx.install})`
        : `through the front ${(r.ratioAnonymousToNginx * 100).toFixed(1)} % (${front?.rps} vs ${s("nginx")?.rps} req/s)` + direct(),
    status: status(r.ratioAnonymousToNginx === null ? null : r.ratioAnonymousToNginx >= BUDGET.anonymousShareOfNginx),
  });
  // Judged, like the anonymous ratio, through the front (production's shape: decision 0012);
  // next start alone, at random over the whole archive (first renders), is shown beside it.
  const sub = s("article-subscriber");
  const subFront = s("article-subscriber-front");
  const judged = subFront ?? sub;
  const subDirect = sub && subFront ? `; next start directly, random IDs across the archive: p99 ${sub.p99} ms (${sub.rps} req/s)` : "";
  lines.push({
    name: "subscriber article: p99 latency",
    target: `≤ ${BUDGET.subscriberP99Ms} ms${subFront ? ", through the front (production's shape)" : ""}`,
    figure: judged ? `${judged.p99} ms at ${judged.connections} connections${subFront ? ` through the front (${subFront.rps} req/s, ${subFront.non2xx} non-2xx)` : ""}${subDirect}${scale}` : "not run",
    status: status(judged ? judged.p99 <= BUDGET.subscriberP99Ms && judged.non2xx === 0 : null),
  });
  // Judged through the front when that scenario ran (production's shape: anonymous answers kept 60 s,
  // decision 0012); the app alone, whose own result cache answers most of this mix, is shown beside it.
  const searchDirect = s("search");
  const searchFront = s("search-front");
  const search = searchFront ?? searchDirect;
  const searchBeside = searchDirect && searchFront ? `; next start directly: p95 ${searchDirect.p95} ms (${searchDirect.rps} req/s)` : "";
  lines.push({
    name: "search: p95 latency",
    target: `≤ ${BUDGET.searchP95Ms} ms at ${BUDGET.searchConnections} connections, 100,000 articles${searchFront ? ", through the front" : ""}`,
    figure: search
      ? `${search.p95} ms at ${search.connections} connections${searchFront ? ` through the front (${searchFront.rps} req/s)` : ""}${search.non2xx ? `, ${search.non2xx} non-2xx` : ""}${searchBeside}${scale}`
      : "not run",
    status: status(search ? search.p95 <= BUDGET.searchP95Ms && search.non2xx === 0 : null),
  });
  // The licence reports (issue 19) are held to the search budget: the same connections, a year of reads.
  // Judged through the front when that ran (production's shape: the report pass, decision 0036); next start alone beside it.
  for (const [name, key] of [
    ["licence usage report: p95 latency", "usage-report"],
    ["publisher's licences page: p95 latency", "licences"],
  ] as const) {
    const direct = s(key);
    const viaFront = s(`${key}-front`);
    const x = viaFront ?? direct;
    const beside = direct && viaFront ? `; next start directly: p95 ${direct.p95} ms (${direct.rps} req/s, ${direct.queries?.probePerRequest ?? "?"} queries each)` : "";
    lines.push({
      name,
      target: `≤ ${BUDGET.searchP95Ms} ms at ${BUDGET.searchConnections} connections, 100,000 articles and a year of reads (the search budget)${viaFront ? ", through the front" : ""}`,
      figure: x
        ? `${x.p95} ms at ${x.connections} connections${viaFront ? " through the front" : ""} (${x.rps} req/s${x.non2xx ? `, ${x.non2xx} non-2xx` : ""}, ${x.queries?.probePerRequest ?? "?"} queries each)${beside}${scale}`
        : "not run",
      status: status(x ? x.p95 <= BUDGET.searchP95Ms && x.non2xx === 0 : null),
    });
  }
  // The anonymous article and the home page are zero-JS Pages Router pages
  // (docs/decisions/0013-zero-js-reader-pages.md): 0 files is a figure, not a gap.
  const jsFigure = (js: Results["firstLoadJs"][string] | undefined) =>
    !js
      ? "not measured"
      : js.files === 0
        ? "0 kB gzip (the page loads no JavaScript)"
        : `${kb(js.gzipBytes)} kB gzip (${js.files} files, ${kb(js.rawBytes)} kB raw; the framework's root chunks alone ${kb(js.frameworkGzipBytes)} kB; brotli ${kb(js.brotliBytes)} kB)`;
  for (const [name, key] of [["article route: first-load JS", "article-anonymous"], ["home page: first-load JS", "home"]] as const) {
    const js = r.firstLoadJs[key];
    // The signed-in article (same URL, the App Router route) is shown beside the anonymous one.
    const signedIn = key === "article-anonymous" ? r.firstLoadJs["article-subscriber"] : undefined;
    const beside = signedIn ? `; signed-in readers' article page: ${jsFigure(signedIn)}` : "";
    const ok = js ? kb(js.gzipBytes) <= BUDGET.articleFirstLoadJsKB && (!signedIn || kb(signedIn.gzipBytes) <= BUDGET.articleFirstLoadJsKB) : null;
    lines.push({ name, target: `≤ ${BUDGET.articleFirstLoadJsKB} kB gzip`, figure: jsFigure(js) + beside, status: status(ok) });
  }
  const lh = r.lighthouse;
  if (!lh) lines.push({ name: "Lighthouse (home, article)", target: `≥ ${BUDGET.lighthouseMin} in all four`, figure: "n/a: run npm run bench:lighthouse", status: "n/a" });
  else {
    const worst = Math.min(...lh.pages.flatMap((p) => Object.values(p.scores)));
    const figure = lh.pages.map((p) => `${p.name} ${p.scores.performance}/${p.scores.accessibility}/${p.scores["best-practices"]}/${p.scores.seo}`).join(", ");
    lines.push({ name: "Lighthouse (perf/a11y/best practices/SEO)", target: `≥ ${BUDGET.lighthouseMin} in all four`, figure: `${figure} (${lh.measuredAt.slice(0, 16)})`, status: status(worst >= BUDGET.lighthouseMin) });
  }
  const d = r.dataset;
  const genScale = d.articles >= BUDGET.generatorArchive ? "" : ` for ${d.articles.toLocaleString("en-US")} articles`;
  lines.push({
    name: "generating the 100,000-article database",
    target: `< ${BUDGET.generatorSeconds / 60} minutes`,
    figure: `${d.generatorSeconds.toFixed(0)} s${genScale}${d.reused ? ` (cached database, generated ${d.generatedAt.slice(0, 16)})` : ""}`,
    status: status(d.articles >= BUDGET.generatorArchive ? d.generatorSeconds < BUDGET.generatorSeconds : null),
  });
  return lines;
}
