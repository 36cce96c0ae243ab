// The scenarios, in the order they run, each measured for the same time at
// the same number of connections (search: 10, as its budget says), with
// database statements counted by pg_stat_statements around each.
import os from "node:os";
import type { NextServer } from "../app/next-server.ts";
import { prng } from "../db/calendar.ts";
import type { ArchiveEntry } from "../db/subscriber.ts";
import type { QueryCount, QueryCounter } from "./query-count.ts";
import { runLoad, type LoadResult } from "./run-load.ts";
import { SEARCH_PATHS } from "./search-queries.ts";

export type ScenarioResult = LoadResult & {
  name: string;
  label: string;
  connections: number;
  queries: QueryCount | null;
  /** 1-minute load average of the machine when the scenario started (2 cores here). */
  loadAverage: number;
  notes: string[];
};

export type ScenarioContext = {
  baseUrl: string;
  archive: ArchiveEntry[];
  topics: string[];
  cookie: string;
  counter: QueryCounter;
  duration: number;
  connections: number;
  searchConnections: number;
  warmSample: number;
  /** The report pages' viewers (scripts/bench/db/subscriber.ts), when the dataset has a licence. */
  reports?: { orgId: string; orgAdminCookie: string; adminCookie: string } | null;
  /** Requests made one at a time after each load run, for an exact count of statements per request. */
  probeRequests: number;
  log: (m: string) => void;
};

export const SCENARIOS = [
  "article-anon-warm",
  "article-anon-cold",
  "article-subscriber",
  "home",
  "topic",
  "search",
  "nginx",
  "article-anon-front",
  "article-subscriber-front",
  "search-front",
  "usage-report",
  "licences",
  "usage-report-front",
  "licences-front",
  "instances",
] as const;

const articlePath = (a: ArchiveEntry) => `/articles/${a.publicId}/${a.slug}`;

export function warmSampleOf(archive: ArchiveEntry[], size: number): ArchiveEntry[] {
  const rand = prng(42);
  const picked = new Set<number>();
  while (picked.size < Math.min(size, archive.length)) picked.add(Math.floor(rand() * archive.length));
  return [...picked].map((i) => archive[i]);
}

async function measure(
  ctx: ScenarioContext,
  spec: { name: string; label: string; pick: () => string; headers?: Record<string, string>; connections?: number; notes?: string[]; baseUrl?: string },
): Promise<ScenarioResult> {
  const connections = spec.connections ?? ctx.connections;
  const loadAverage = Math.round(os.loadavg()[0] * 100) / 100;
  await ctx.counter.reset();
  const load = await runLoad({ url: spec.baseUrl ?? ctx.baseUrl, connections, duration: ctx.duration, pick: spec.pick, headers: spec.headers });
  // Requests in flight when the time is up ran (some of) their queries too: divide by requests sent.
  const queries = await ctx.counter.read(load.sent);
  const base = spec.baseUrl ?? ctx.baseUrl;
  queries.probeRequests = ctx.probeRequests;
  queries.probePerRequest = await ctx.counter.probe(ctx.probeRequests, async () => {
    const r = await fetch(base + spec.pick(), { headers: spec.headers, redirect: "manual" });
    await r.arrayBuffer();
  });
  ctx.log(`  ${spec.name.padEnd(20)} ${String(load.rps).padStart(8)} req/s  p50 ${load.p50} ms  p95 ${load.p95} ms  p99 ${load.p99} ms  non-2xx ${load.non2xx}  queries/req ${queries.perRequest} (one at a time: ${queries.probePerRequest})`);
  return { name: spec.name, label: spec.label, connections, ...load, queries, loadAverage, notes: spec.notes ?? [] };
}

/** How many of `paths` the teaser cache answers (x-nextjs-cache: HIT), one request each. */
async function cacheHits(baseUrl: string, paths: string[]): Promise<number> {
  let hits = 0;
  for (const p of paths) {
    const r = await fetch(baseUrl + p, { redirect: "manual" });
    await r.arrayBuffer();
    if (r.headers.get("x-nextjs-cache") === "HIT") hits++;
  }
  return hits;
}

export async function runNextScenarios(ctx: ScenarioContext, wanted: (name: string) => boolean): Promise<{ results: ScenarioResult[]; warmed: ArchiveEntry[] }> {
  const results: ScenarioResult[] = [];
  const rand = prng(7);
  const any = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const sample = warmSampleOf(ctx.archive, ctx.warmSample);

  if (wanted("article-anon-warm")) {
    // Each sampled page is rendered once (cold), then the same set is requested at random: the steady state of the ISR cache.
    let i = 0;
    const t0 = performance.now();
    await ctx.counter.reset();
    const warm = await runLoad({ url: ctx.baseUrl, connections: ctx.connections, amount: sample.length, pick: () => articlePath(sample[i++ % sample.length]) });
    const warmQueries = await ctx.counter.read(warm.sent);
    const warmSeconds = (performance.now() - t0) / 1000;
    const hits = await cacheHits(ctx.baseUrl, sample.slice(0, 20).map(articlePath));
    ctx.log(`  warm-up: ${sample.length} pages rendered in ${warmSeconds.toFixed(1)} s (${(sample.length / warmSeconds).toFixed(0)}/s, ${warmQueries.perRequest} queries each); ${hits}/20 then served from cache`);
    const r = await measure(ctx, {
      name: "article-anon-warm",
      label: `anonymous article, ${sample.length} random IDs after warm-up`,
      pick: () => articlePath(any(sample)),
      notes: [
        `warm-up rendered ${sample.length} pages in ${warmSeconds.toFixed(1)} s: ${warm.rps} pages/s, p50 ${warm.p50} ms, p99 ${warm.p99} ms, ${warmQueries.perRequest} queries per page`,
        `${hits}/20 sampled pages answered x-nextjs-cache: HIT after warm-up`,
      ],
    });
    results.push(r);
  }
  if (wanted("article-anon-cold"))
    results.push(await measure(ctx, { name: "article-anon-cold", label: `anonymous article, random IDs across all ${ctx.archive.length}`, pick: () => articlePath(any(ctx.archive)) }));
  if (wanted("article-subscriber")) {
    // With the access pass the app hands out (as a browser would keep it): without it, every
    // request would also mint one (decision 12), a database lookup no real reader repeats.
    const held = await withAccessPass(ctx.baseUrl, articlePath(ctx.archive[0]), ctx.cookie);
    results.push(
      await measure(ctx, {
        name: "article-subscriber",
        label: "subscriber article (session cookie and access pass), random IDs",
        pick: () => articlePath(any(ctx.archive)),
        headers: { cookie: held.cookie },
        notes: [held.pass ? `access pass: ${held.pass.split(".")[0]}` : "no access pass handed out"],
      }),
    );
  }
  if (wanted("home")) results.push(await measure(ctx, { name: "home", label: "home page /", pick: () => "/" }));
  if (wanted("topic")) results.push(await measure(ctx, { name: "topic", label: `topic pages /topics/<slug> (${ctx.topics.length} topics)`, pick: () => `/topics/${any(ctx.topics)}` }));
  if (wanted("search")) {
    const probe = await fetch(`${ctx.baseUrl}/search?q=tariff`);
    await probe.arrayBuffer();
    const notes = probe.status === 404 ? ["/search answered 404: the search page is not in this build"] : [];
    if (notes.length) ctx.log(`  ${notes[0]}`);
    results.push(
      await measure(ctx, {
        name: "search",
        label: `search, ${SEARCH_PATHS.length} queries (words, phrases, filters), anonymous`,
        pick: () => any(SEARCH_PATHS),
        connections: ctx.searchConnections,
        notes,
      }),
    );
  }
  if (ctx.reports && (wanted("usage-report") || wanted("licences"))) {
    const months = lastTwelveMonths();
    if (wanted("usage-report"))
      results.push(
        await measure(ctx, {
          name: "usage-report",
          label: "licence usage report (largest licence, a year of reads), random month of the last 12",
          pick: () => `/account/organization/${ctx.reports!.orgId}/usage?month=${any(months)}`,
          headers: { cookie: ctx.reports.orgAdminCookie },
          connections: ctx.searchConnections,
        }),
      );
    if (wanted("licences"))
      results.push(
        await measure(ctx, {
          name: "licences",
          label: "publisher's licences page (every licence, reads of 60 days)",
          pick: () => "/newsroom/licences",
          headers: { cookie: ctx.reports.adminCookie },
          connections: ctx.searchConnections,
        }),
      );
  }
  return { results, warmed: sample };
}

export async function runNginxScenario(ctx: Pick<ScenarioContext, "duration" | "connections" | "log">, url: string): Promise<ScenarioResult> {
  const loadAverage = Math.round(os.loadavg()[0] * 100) / 100;
  const load = await runLoad({ url, connections: ctx.connections, duration: ctx.duration, pick: () => "/" });
  ctx.log(`  ${"nginx".padEnd(20)} ${String(load.rps).padStart(8)} req/s  p50 ${load.p50} ms  p95 ${load.p95} ms  p99 ${load.p99} ms  non-2xx ${load.non2xx}`);
  return { name: "nginx", label: "nginx: saved copy of one anonymous article page", connections: ctx.connections, ...load, queries: null, loadAverage, notes: [] };
}

/**
 * Production's shape, measured: the warmed anonymous pages through the front
 * (scripts/lib/front.ts: nginx page cache, a fresh script nonce stamped into
 * every response) in front of next start (each page once to fill the cache,
 * then at random), plus checks that a request with a session cookie still
 * reaches the app and that cached answers carry per-response nonces.
 */
export async function runFrontScenario(ctx: ScenarioContext, frontUrl: string, sample: ArchiveEntry[]): Promise<ScenarioResult> {
  let i = 0;
  await runLoad({ url: frontUrl, connections: ctx.connections, amount: sample.length, pick: () => articlePath(sample[i++ % sample.length]) });
  const probe = articlePath(sample[0]);
  const anon = await fetch(frontUrl + probe);
  const anonHtml = await anon.text();
  const again = await fetch(frontUrl + probe);
  await again.text();
  const nonceOf = (r: Response) => r.headers.get("content-security-policy")?.match(/'nonce-([^']+)'/)?.[1] ?? null;
  const signedIn = await fetch(frontUrl + probe, { headers: { cookie: ctx.cookie } });
  const signedInHtml = await signedIn.text();
  const bypassed = signedIn.headers.get("x-cache") === "BYPASS" && signedInHtml !== anonHtml;
  const nonces = [nonceOf(anon), nonceOf(again)];
  const rand = prng(11);
  return measure(ctx, {
    name: "article-anon-front",
    label: "anonymous article through the front (nginx page cache + nonces) in front of next start",
    baseUrl: frontUrl,
    pick: () => articlePath(sample[Math.floor(rand() * sample.length)]),
    notes: [
      `anonymous answer x-cache: ${anon.headers.get("x-cache")}, then ${again.headers.get("x-cache")} (Cache-Control from the app: ${anon.headers.get("cache-control")})`,
      `script nonces of two cached answers: ${nonces[0] && nonces[1] && nonces[0] !== nonces[1] && anonHtml.includes(`<script nonce="${nonces[0]}"`) ? "fresh per response, on the scripts" : `NOT per response (${nonces.join(", ")}): check the front`}`,
      `request with a session cookie: x-cache ${signedIn.headers.get("x-cache")}, ${bypassed ? "served by the app (different page from the cached teaser)" : "NOT bypassed: check the cache rules"}`,
    ],
  });
}

/** The session cookie plus the access pass the front's app hands out for it (none: the cookie alone). */
async function withAccessPass(frontUrl: string, path: string, cookie: string): Promise<{ cookie: string; pass: string | null }> {
  const r = await fetch(frontUrl + path, { headers: { cookie }, redirect: "manual" });
  await r.arrayBuffer();
  const pass = r.headers.getSetCookie().map((c) => c.match(/^tld_pass=([^;]+)/)?.[1]).find(Boolean) ?? null;
  return { cookie: pass ? `${cookie}; tld_pass=${pass}` : cookie, pass };
}

/**
 * Production's shape for signed-in readers (decision 0012): the subscriber,
 * holding the access pass the app gave their session, reads the warmed
 * articles through the front. Each page is requested once first, which fills
 * the front's cache of full pages with shared renders; then at random. The
 * pass is fetched again just before the measurement (it lasts 120 s).
 */
export async function runSubscriberFrontScenario(ctx: ScenarioContext, frontUrl: string, sample: ArchiveEntry[]): Promise<ScenarioResult> {
  const probe = articlePath(sample[0]);
  let held = await withAccessPass(frontUrl, probe, ctx.cookie);
  let i = 0;
  const t0 = performance.now();
  const fill = await runLoad({ url: frontUrl, connections: ctx.connections, amount: sample.length, pick: () => articlePath(sample[i++ % sample.length]), headers: { cookie: held.cookie } });
  const fillSeconds = (performance.now() - t0) / 1000;
  held = await withAccessPass(frontUrl, probe, ctx.cookie);
  const check = await fetch(frontUrl + probe, { headers: { cookie: held.cookie } });
  const html = await check.text();
  const rand = prng(13);
  return measure(ctx, {
    name: "article-subscriber-front",
    label: "subscriber article through the front (access pass, shared full pages), warmed IDs",
    baseUrl: frontUrl,
    pick: () => articlePath(sample[Math.floor(rand() * sample.length)]),
    headers: { cookie: held.cookie },
    notes: [
      held.pass ? `access pass: ${held.pass.split(".")[0]}` : "NO access pass handed out (front without njs, or the app did not mint one): every request went to the app",
      `first request of each of ${sample.length} pages (fills the shared cache): ${fill.rps} req/s, p99 ${fill.p99} ms, ${fillSeconds.toFixed(1)} s`,
      `a warmed page with the pass: x-cache ${check.headers.get("x-cache")}, ${/class="paywalled-content/.test(html) ? "full article" : "NO article body: check the pass"}`,
    ],
  });
}

/**
 * Search in production's shape: the same query mix, anonymous, through the
 * front, which keeps a successful anonymous answer for SEARCH_SECONDS (as the
 * app's own result cache does). Each query is asked once first.
 */
export async function runSearchFrontScenario(ctx: ScenarioContext, frontUrl: string): Promise<ScenarioResult> {
  let i = 0;
  await runLoad({ url: frontUrl, connections: 1, amount: SEARCH_PATHS.length, pick: () => SEARCH_PATHS[i++ % SEARCH_PATHS.length] });
  const check = await fetch(frontUrl + SEARCH_PATHS[0]);
  const html = await check.text();
  const rand = prng(17);
  return measure(ctx, {
    name: "search-front",
    label: `search through the front, ${SEARCH_PATHS.length} queries, anonymous (answers kept 60 s)`,
    baseUrl: frontUrl,
    connections: ctx.searchConnections,
    pick: () => SEARCH_PATHS[Math.floor(rand() * SEARCH_PATHS.length)],
    notes: [`a repeated query: x-cache ${check.headers.get("x-cache")}, ${/data-result="/.test(html) ? "with results" : "NO results: check the query mix"}`],
  });
}

/** The report's months the scenarios pick from: this month (New York) and the eleven before. */
function lastTwelveMonths(): string[] {
  const month = new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York", year: "numeric", month: "2-digit" }).format(new Date());
  const [y, m] = month.split("-").map(Number);
  return Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(y, m - 1 - i, 1)).toISOString().slice(0, 7));
}

/** The session cookie plus the report pass the app hands out for it on that report's page (decision 36). */
async function withReportPass(frontUrl: string, path: string, cookie: string): Promise<{ cookie: string; pass: string | null }> {
  const r = await fetch(frontUrl + path, { headers: { cookie }, redirect: "manual" });
  await r.arrayBuffer();
  const pass = r.headers.getSetCookie().map((c) => c.match(/^tld_report=([^;]+)/)?.[1]).find(Boolean) ?? null;
  return { cookie: pass ? `${cookie}; tld_report=${pass}` : cookie, pass };
}

/**
 * The report pages in production's shape (decision 36): the licence admin and
 * the site admin, each holding the report pass the app gave their session,
 * through the front, which keeps each report's copy (per month, sort and page)
 * SHARED_RENDER_SECONDS. Each address is asked once first, as an admin
 * browsing would; then at random.
 */
export async function runReportFrontScenarios(ctx: ScenarioContext, frontUrl: string, wanted: (n: string) => boolean): Promise<ScenarioResult[]> {
  if (!ctx.reports) return [];
  const results: ScenarioResult[] = [];
  const rand = prng(23);
  const any = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const sets: { name: string; label: string; cookie: string; paths: string[] }[] = [];
  if (wanted("usage-report-front")) {
    const base = `/account/organization/${ctx.reports.orgId}/usage`;
    sets.push({ name: "usage-report-front", label: "licence usage report through the front (report pass), random month of the last 12", cookie: ctx.reports.orgAdminCookie, paths: lastTwelveMonths().map((m) => `${base}?month=${m}`) });
  }
  if (wanted("licences-front")) {
    const paths = ["name", "seats", "readsPerSeat", "renewsAt", "risk"].flatMap((k) => ["asc", "desc"].flatMap((d) => [1, 2, 3, 4, 5].map((n) => `/newsroom/licences?sort=${k}&dir=${d}&page=${n}`)));
    sets.push({ name: "licences-front", label: "publisher's licences page through the front (report pass), random sort and page of 50", cookie: ctx.reports.adminCookie, paths });
  }
  for (const set of sets) {
    const held = await withReportPass(frontUrl, set.paths[0], set.cookie);
    let i = 0;
    await runLoad({ url: frontUrl, connections: 1, amount: set.paths.length, pick: () => set.paths[i++ % set.paths.length], headers: { cookie: held.cookie } });
    const check = await fetch(frontUrl + set.paths[0], { headers: { cookie: held.cookie } });
    await check.arrayBuffer();
    results.push(
      await measure(ctx, {
        name: set.name,
        label: set.label,
        baseUrl: frontUrl,
        connections: ctx.searchConnections,
        pick: () => any(set.paths),
        headers: { cookie: held.cookie },
        notes: [
          held.pass ? `report pass: ${held.pass.split(".")[0]}` : "NO report pass handed out (front without njs, or the app did not mint one): every request went to the app",
          `a page asked before, with the pass: x-cache ${check.headers.get("x-cache")}, status ${check.status}`,
        ],
      }),
    );
  }
  return results;
}

/**
 * One instance and two behind the front, same run, same load (decision 35):
 * signed-in article pages without an access pass, which the front never
 * serves from its cache, so every request is a render by an instance. The
 * notes say what each instance costs in memory.
 */
export async function runInstancesScenario(
  ctx: ScenarioContext,
  first: NextServer,
  startAnother: () => Promise<NextServer>,
  startFrontFor: (upstream: string) => Promise<{ url: string; stop: () => Promise<void> }>,
): Promise<ScenarioResult[]> {
  const rand = prng(23);
  const pick = () => articlePath(ctx.archive[Math.floor(rand() * ctx.archive.length)]);
  const out: ScenarioResult[] = [];
  const one = await startFrontFor(first.baseUrl);
  try {
    const rss = first.rssKb();
    out.push(
      await measure(ctx, {
        name: "instances-1",
        label: "subscriber article rendered by the app (no pass), through the front, ONE next start",
        baseUrl: one.url,
        pick,
        headers: { cookie: ctx.cookie },
        notes: [`instance RSS after the other scenarios: ${Math.round(rss.main / 1024)} MB (its process tree ${Math.round(rss.tree / 1024)} MB)`],
      }),
    );
  } finally {
    await one.stop();
  }
  const second = await startAnother();
  const idleRss = second.rssKb();
  const two = await startFrontFor(`${first.baseUrl},${second.baseUrl}`);
  try {
    const result = await measure(ctx, {
      name: "instances-2",
      label: "the same through the front, TWO next start (same build, same database)",
      baseUrl: two.url,
      pick,
      headers: { cookie: ctx.cookie },
    });
    const [a, b] = [first.rssKb(), second.rssKb()];
    result.notes.push(
      `second instance RSS: ${Math.round(idleRss.main / 1024)} MB started, ${Math.round(b.main / 1024)} MB after this load; first instance ${Math.round(a.main / 1024)} MB`,
    );
    out.push(result);
  } finally {
    await two.stop();
    await second.stop();
  }
  return out;
}
