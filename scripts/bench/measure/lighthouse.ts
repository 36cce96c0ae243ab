// Lighthouse (programmatic API, default mobile settings: Moto G-class
// emulation and simulated throttling) against Debian's Chromium started by
// chrome-launcher. Nothing is downloaded: Chromium is local, background
// networking is off, and the pages are on 127.0.0.1.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { onCleanup } from "../cleanup.ts";
import type { LighthouseScores, LighthouseSection } from "../report/results.ts";

export const CHROMIUM = process.env.CHROME_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"];

export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

export async function runLighthouse(baseUrl: string, pages: { name: string; path: string }[], log: (m: string) => void): Promise<LighthouseSection> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS, logLevel: "silent" });
  const stop = onCleanup("Chromium", async () => {
    await Promise.resolve(chrome.kill());
  });
  try {
    const out: LighthouseSection["pages"] = [];
    for (const page of pages) {
      const result = await lighthouse(baseUrl + page.path, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      const lhr = result.lhr;
      if (lhr.runtimeError) throw new Error(`Lighthouse on ${page.path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as LighthouseScores;
      const metrics = Object.fromEntries(METRICS.map((m) => [m, Math.round((lhr.audits[m]?.numericValue ?? 0) * 1000) / 1000]));
      const failing = CATEGORIES.flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 0.9)
          .map((ref) => `${c}:${ref.id}=${lhr.audits[ref.id]?.score}`),
      );
      log(`  lighthouse ${page.name.padEnd(10)} perf ${scores.performance}  a11y ${scores.accessibility}  best ${scores["best-practices"]}  seo ${scores.seo}${failing.length ? `  (below 0.9: ${failing.join(", ")})` : ""}`);
      const console_ = (lhr.audits["errors-in-console"]?.details as { items?: { description?: string; sourceLocation?: { url?: string } }[] } | undefined)?.items ?? [];
      for (const item of console_.slice(0, 3)) log(`    console error: ${String(item.description ?? "").slice(0, 200)} ${item.sourceLocation?.url ?? ""}`);
      const lcp = lhr.audits["largest-contentful-paint-element"]?.details as { items?: { items?: { node?: { snippet?: string }; phase?: string; timing?: number }[] }[] } | undefined;
      const lcpNode = lcp?.items?.[0]?.items?.[0]?.node?.snippet;
      const phases = (lcp?.items?.[1]?.items ?? []).map((x) => `${x.phase} ${Math.round(x.timing ?? 0)} ms`).join(", ");
      if (lcpNode) log(`    LCP element ${lcpNode.slice(0, 120)}${phases ? ` (${phases})` : ""}`);
      // Where the main thread's time went (what total blocking time is made of).
      const work = (lhr.audits["mainthread-work-breakdown"]?.details as { items?: { groupLabel?: string; duration?: number }[] } | undefined)?.items ?? [];
      if (work.length) log(`    main thread: ${work.slice(0, 5).map((w) => `${w.groupLabel} ${Math.round(w.duration ?? 0)} ms`).join(", ")}`);
      // The whole report, for a closer look (bench/ is git-ignored).
      mkdirSync("bench/lighthouse", { recursive: true });
      writeFileSync(`bench/lighthouse/${page.name}.json`, JSON.stringify(lhr));
      out.push({ name: page.name, path: page.path, scores, metrics });
    }
    return { measuredAt: new Date().toISOString(), baseUrl, pages: out };
  } finally {
    await stop();
  }
}
