// npm run bench — the performance benchmark of issue 9 (docs/performance.md).
// Starts its own database, build and server, loads them with autocannon,
// compares with nginx serving the same page, and judges the budgets.
// Exits 0 whenever the harness worked; missed budgets are printed, not fatal.
import os from "node:os";
import path from "node:path";
import { DIST, ROOT } from "./app/build.ts";
import { PROFILE_DIR, startEnvironment } from "./app/environment.ts";
import { cleanupAll, onCleanup, runCommand } from "./cleanup.ts";
import { benchReportViewers, benchSubscriberCookie, publishedArticles, topicSlugs } from "./db/subscriber.ts";
import { hasNginx, NGINX_INSTALL, startBenchFront, startStaticNginx } from "./load/nginx.ts";
import { QueryCounter } from "./load/query-count.ts";
import {
  runFrontScenario,
  runInstancesScenario,
  runNextScenarios,
  runNginxScenario,
  runReportFrontScenarios,
  runSearchFrontScenario,
  runSubscriberFrontScenario,
  SCENARIOS,
  type ScenarioResult,
} from "./load/scenarios.ts";
import { buildStatsFirstLoadJs, crossCheck, firstLoadJs } from "./measure/first-load-js.ts";
import { hasChromium, runLighthouse } from "./measure/lighthouse.ts";
import { newestProfile, summariseProfile } from "./measure/profile-summary.ts";
import { parseOptions } from "./options.ts";
import { evaluateBudgets } from "./report/budget.ts";
import { readResults, writeResults, type Results } from "./report/results.ts";
import { markdownReport } from "./report/table.ts";

const log = (m: string) => console.log(m);

async function fetchHtml(url: string, headers: Record<string, string> = {}): Promise<string> {
  const r = await fetch(url, { headers });
  if (!r.ok) throw new Error(`GET ${url} answered ${r.status}`);
  return r.text();
}

async function main(): Promise<number> {
  const opts = parseOptions(process.argv.slice(2));
  const t0 = performance.now();
  const loadAverageAtStart = os.loadavg().map((x) => Math.round(x * 100) / 100);
  const wanted = (name: string) => opts.only === null || opts.only.includes(name);
  const unknown = (opts.only ?? []).filter((n) => !(SCENARIOS as readonly string[]).includes(n));
  if (unknown.length) throw new Error(`unknown scenario(s) ${unknown.join(", ")}; known: ${SCENARIOS.join(", ")}`);
  log(`Trade Law Daily benchmark${opts.smoke ? " (smoke)" : ""}: ${opts.articles.toLocaleString("en-US")} articles, ${opts.duration} s per scenario at ${opts.connections} connections (search ${opts.searchConnections})`);
  const nginxAvailable = hasNginx();
  if (!nginxAvailable) log(`nginx        not installed: the nginx scenario is skipped and the ratio reported as n/a. Install it with: ${NGINX_INSTALL}`);

  const env = await startEnvironment({ articles: opts.articles, documents: opts.documents, readers: opts.readers }, { fresh: opts.fresh, cpuProf: opts.cpuProf, log });
  const { dataset, next } = env;
  const counter = new QueryCounter(dataset.url);
  await counter.open();
  onCleanup("statistics connection", () => counter.close());
  const [archive, topics, cookie, reports] = await Promise.all([
    publishedArticles(dataset.url),
    topicSlugs(dataset.url),
    benchSubscriberCookie(dataset.url),
    benchReportViewers(dataset.url),
  ]);

  log("Scenarios");
  const ctx = { baseUrl: next.baseUrl, archive, topics, cookie, reports, counter, duration: opts.duration, connections: opts.connections, searchConnections: opts.searchConnections, warmSample: opts.warmSample, probeRequests: opts.smoke ? 5 : 10, log };
  const { results: scenarios, warmed } = await runNextScenarios(ctx, wanted);

  // The page nginx serves, and first-load JS, come from the same anonymous article.
  const articlePath = `/articles/${warmed[0].publicId}/${warmed[0].slug}`;
  const anonymousHtml = await fetchHtml(next.baseUrl + articlePath);
  const all: ScenarioResult[] = [...scenarios];
  if (nginxAvailable && wanted("nginx")) {
    const nginx = await startStaticNginx(anonymousHtml);
    const stop = onCleanup("nginx", nginx.stop);
    try {
      all.push(await runNginxScenario(ctx, nginx.url));
    } finally {
      await stop();
    }
  }
  if (nginxAvailable && ["article-anon-front", "article-subscriber-front", "search-front", "usage-report-front", "licences-front"].some(wanted)) {
    const front = await startBenchFront(next.baseUrl, articlePath);
    const stop = onCleanup("nginx front", front.stop);
    try {
      if (wanted("article-anon-front")) all.push(await runFrontScenario(ctx, front.url, warmed));
      if (wanted("article-subscriber-front")) all.push(await runSubscriberFrontScenario(ctx, front.url, warmed));
      if (wanted("search-front")) all.push(await runSearchFrontScenario(ctx, front.url));
      all.push(...(await runReportFrontScenarios(ctx, front.url, wanted)));
    } finally {
      await stop();
    }
  }
  if (nginxAvailable && wanted("instances")) {
    all.push(
      ...(await runInstancesScenario(ctx, next, env.startAnotherNext, async (upstream) => {
        const front = await startBenchFront(upstream, articlePath);
        return { url: front.url, stop: onCleanup("nginx front (instances)", front.stop) };
      })),
    );
  }

  const distDir = path.join(ROOT, DIST);
  const jsPages: [string, string, Record<string, string>, string][] = [
    ["article-anonymous", articlePath, {}, "/teaser/[id]/[[...slug]]"],
    ["article-subscriber", articlePath, { cookie }, "/articles/[id]/[[...slug]]"],
    ["home", "/", {}, "/"],
    ["topic", `/topics/${topics[0]}`, {}, "/topics/[slug]/[[...page]]"],
    ["search", "/search?q=tariff", {}, "/search"],
  ];
  const firstLoad: Results["firstLoadJs"] = {};
  for (const [name, p, headers, route] of jsPages) {
    try {
      const served = firstLoadJs(await fetchHtml(next.baseUrl + p, headers), distDir);
      firstLoad[name] = { path: p, ...served, buildStats: crossCheck(served, route, buildStatsFirstLoadJs(distDir, route)) };
    } catch (e) {
      log(`  first-load JS of ${p}: ${(e as Error).message}`);
    }
  }
  const rss = next.rssKb();
  const errorLines = next.log().split("\n").filter((l) => /\b(error|Error|ERR_|unhandled)/.test(l));

  const previous = readResults(path.resolve(ROOT, opts.out));
  let lighthouse = previous?.lighthouse ?? null;
  if (opts.lighthouse) {
    if (!hasChromium()) log("Lighthouse   skipped: no Chromium at /usr/bin/chromium (sudo apt-get install -y chromium)");
    else lighthouse = await runLighthouse(next.baseUrl, [{ name: "home", path: "/" }, { name: "article", path: articlePath }], log);
  }

  const warm = all.find((s) => s.name === "article-anon-warm");
  const front = all.find((s) => s.name === "article-anon-front");
  const ngx = all.find((s) => s.name === "nginx");
  const ratio = (x: ScenarioResult | undefined) => (x && ngx && ngx.rps > 0 ? Math.round((x.rps / ngx.rps) * 1000) / 1000 : null);
  const { url: _url, ...datasetInfo } = dataset;
  const partial: Omit<Results, "budgets"> = {
    runAt: new Date().toISOString(),
    mode: opts.smoke ? "smoke" : "full",
    machine: { cpus: os.cpus().length, memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverageAtStart, loadAverageAtEnd: os.loadavg().map((x) => Math.round(x * 100) / 100) },
    dataset: datasetInfo,
    build: env.build,
    scenarios: all,
    nginx: { available: nginxAvailable, install: nginxAvailable ? null : NGINX_INSTALL },
    ratioAnonymousToNginx: ratio(front),
    ratioAnonymousDirectToNginx: ratio(warm),
    memory: { nextServerRssMB: Math.round(rss.main / 1024), nextServerTreeRssMB: Math.round(rss.tree / 1024) },
    serverErrors: { count: errorLines.length, first: errorLines.slice(0, 5).map((l) => l.slice(0, 300)) },
    firstLoadJs: firstLoad,
    lighthouse,
    profile: null,
    totalSeconds: 0,
  };
  await cleanupAll();
  if (opts.cpuProf) {
    // next start wrote its profile on exit; it covers every scenario run (use --only to profile one).
    const file = newestProfile(PROFILE_DIR);
    if (file) partial.profile = summariseProfile(file);
  }
  partial.totalSeconds = Math.round(performance.now() - t0) / 1000;
  const results: Results = { ...partial, budgets: evaluateBudgets(partial) };
  writeResults(path.resolve(ROOT, opts.out), results);
  log("");
  log(markdownReport(results));
  log("");
  log(`Results written to ${opts.out}.`);
  const missed = results.budgets.filter((b) => b.status === "missed");
  if (missed.length) log(`${missed.length} budget line(s) MISSED${opts.smoke ? " (smoke mode: reported, not a failure)" : ""}.`);
  return 0;
}

runCommand("bench", main);
