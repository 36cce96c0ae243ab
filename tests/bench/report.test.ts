import { describe, expect, it } from "vitest";
import { percentile } from "../../scripts/bench/load/run-load.ts";
import { buildStatsFirstLoadJs, crossCheck, firstLoadJs, scriptSources } from "../../scripts/bench/measure/first-load-js.ts";
import { evaluateBudgets } from "../../scripts/bench/report/budget.ts";
import type { Results } from "../../scripts/bench/report/results.ts";
import type { ScenarioResult } from "../../scripts/bench/load/scenarios.ts";

describe("percentile", () => {
  it("is the nearest-rank percentile of sorted values", () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile(xs, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBe(0);
  });
});

describe("first-load JS", () => {
  it("counts the page's Next.js script files once each, without the noModule polyfill", () => {
    const html = `<script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/a.js" async=""></script>
      <script src="/_next/static/chunks/polyfill.js" noModule=""></script><script>self.__next_f.push([1,""])</script>
      <script src="https://example.com/x.js"></script><script src="/_next/static/chunks/b.js?dpl=1" async=""></script>`;
    expect(scriptSources(html)).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js"]);
  });
});

function scenario(name: string, over: Partial<ScenarioResult>): ScenarioResult {
  return {
    name,
    label: name,
    connections: 20,
    requests: 1000,
    sent: 1000,
    seconds: 20,
    rps: 50,
    p50: 10,
    p95: 20,
    p99: 30,
    max: 40,
    non2xx: 0,
    errors: 0,
    timeouts: 0,
    statusCodes: { 200: 1000 },
    queries: { statements: 0, perRequest: 0, probePerRequest: 0, probeRequests: 10, top: [] },
    loadAverage: 0,
    notes: [],
    ...over,
  };
}

function results(over: Partial<Omit<Results, "budgets">> = {}): Omit<Results, "budgets"> {
  return {
    runAt: "2026-11-28T00:00:00Z",
    mode: "full",
    machine: { cpus: 2, memoryGB: 24, node: "v20", loadAverageAtStart: [0, 0, 0], loadAverageAtEnd: [0, 0, 0] },
    dataset: {
      articles: 100_000,
      documents: 20_000,
      readers: 10_000,
      database: "bench",
      reused: false,
      generatorSeconds: 120,
      phases: {},
      generatedAt: "2026-11-28T00:00:00Z",
      stats: { articleRows: 100_000, documentRows: 20_000, readerRows: 10_000, days: 5000, meanTeaserWords: 60, meanBodyWords: 400, meanDocumentWords: 600, tableMB: 1000 },
    },
    build: { rebuilt: false, seconds: null, builtAt: null },
    scenarios: [
      scenario("article-anon-warm", { rps: 3000 }),
      scenario("nginx", { rps: 10_000, queries: null }),
      scenario("article-subscriber", { p99: 90 }),
      scenario("search", { connections: 10, p95: 60 }),
    ],
    nginx: { available: true, install: null },
    ratioAnonymousToNginx: 0.3,
    memory: null,
    serverErrors: { count: 0, first: [] },
    firstLoadJs: {
      "article-anonymous": { path: "/a", files: 9, rawBytes: 400_000, gzipBytes: 140_000, brotliBytes: 120_000, frameworkGzipBytes: 130_000, htmlBytes: 1, htmlGzipBytes: 1, missing: [] },
    },
    lighthouse: null,
    profile: null,
    totalSeconds: 1,
    ...over,
  };
}

describe("first-load JS of a page without scripts", () => {
  it("is 0 kB in 0 files, with the build's chunk list for the route marked as not sent", () => {
    const html = '<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/chunks/a.css"/></head><body><script type="application/ld+json">{"@type":"NewsArticle"}</script></body></html>';
    expect(scriptSources(html)).toEqual([]);
    const served = firstLoadJs(html, "/nonexistent-dist");
    expect(served).toMatchObject({ files: 0, rawBytes: 0, gzipBytes: 0, frameworkGzipBytes: 0, missing: [] });
    expect(buildStatsFirstLoadJs("/nonexistent-dist", "/teaser/[id]/[[...slug]]")).toBeNull();
    expect(crossCheck(served, "/", null)).toBeNull();
    expect(crossCheck(served, "/", { files: 5, rawBytes: 300_000, gzipBytes: 90_000 })).toMatchObject({ sent: false });
    const line = evaluateBudgets(results({ firstLoadJs: { "article-anonymous": { path: "/a", ...served }, home: { path: "/", ...served } } }));
    for (const name of ["article route: first-load JS", "home page: first-load JS"]) {
      const l = line.find((x) => x.name === name)!;
      expect(l.status).toBe("met");
      expect(l.figure).toBe("0 kB gzip (the page loads no JavaScript)");
    }
  });
});

describe("budgets", () => {
  const byName = (r: Omit<Results, "budgets">) => Object.fromEntries(evaluateBudgets(r).map((b) => [b.name, b.status]));

  it("judges each line on its own figure", () => {
    const b = byName(results());
    expect(b["anonymous article: database queries per request"]).toBe("met");
    expect(b["anonymous article: throughput vs nginx"]).toBe("met");
    expect(b["subscriber article: p99 latency"]).toBe("met");
    expect(b["search: p95 latency"]).toBe("missed");
    expect(b["article route: first-load JS"]).toBe("missed");
    expect(b["home page: first-load JS"]).toBe("n/a");
    expect(b["Lighthouse (home, article)"]).toBe("n/a");
    expect(b["generating the 100,000-article database"]).toBe("met");
  });

  it("judges the subscriber line through the front when that scenario ran, showing next start's figure beside it", () => {
    const lines = (subFrontP99: number, non2xx = 0) =>
      evaluateBudgets(results({ scenarios: [scenario("article-subscriber", { p99: 1200 }), scenario("article-subscriber-front", { p99: subFrontP99, non2xx })] })).find(
        (l) => l.name === "subscriber article: p99 latency",
      )!;
    expect(lines(40).status).toBe("met");
    expect(lines(40).figure).toContain("next start directly, random IDs across the archive: p99 1200 ms");
    expect(lines(140).status).toBe("missed");
    expect(lines(40, 3).status).toBe("missed");
    // Without the front scenario, next start's own figure is judged.
    expect(byName(results({ scenarios: [scenario("article-subscriber", { p99: 1200 })] }))["subscriber article: p99 latency"]).toBe("missed");
  });

  it("misses the cache line when an anonymous page queries the database, even once", () => {
    const warm = scenario("article-anon-warm", { queries: { statements: 3, perRequest: 0.01, probePerRequest: 0, probeRequests: 10, top: [] } });
    expect(byName(results({ scenarios: [warm] }))["anonymous article: database queries per request"]).toBe("missed");
  });

  it("reports the nginx ratio as n/a without nginx, and the generator as n/a below 100,000 articles", () => {
    const r = results({ ratioAnonymousToNginx: null, nginx: { available: false, install: "sudo apt-get install -y nginx" } });
    r.dataset = { ...r.dataset, articles: 1000 };
    const lines = evaluateBudgets(r);
    const ratio = lines.find((l) => l.name === "anonymous article: throughput vs nginx")!;
    expect(ratio.status).toBe("n/a");
    expect(ratio.figure).toContain("apt-get install -y nginx");
    expect(lines.find((l) => l.name.startsWith("generating"))!.status).toBe("n/a");
  });
});
