// First-load JS of a route: the JavaScript files a browser downloads to load
// the page, i.e. every <script src="/_next/static/…"> in the page's HTML as
// served (the polyfill script marked noModule is skipped: modern browsers do
// not fetch it). Sizes are read from the build output on disk and gzipped
// with zlib's default level, as Next.js' own compression sends them.
// Next.js 16's `next build` no longer prints sizes, so the bench measures.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";

export type FirstLoadJs = {
  files: number;
  rawBytes: number;
  gzipBytes: number;
  htmlBytes: number;
  htmlGzipBytes: number;
  missing: string[];
  /** The same files compressed with brotli, as a CDN would send them. */
  brotliBytes: number;
  /** Of gzipBytes: the framework's shared root chunks (build-manifest rootMainFiles), which every page loads. */
  frameworkGzipBytes: number;
  /**
   * The build's own chunk list for the route, gzipped the same way. `sent`:
   * whether the served page loads them; a Pages Router page with
   * `unstable_runtimeJS: false` (the zero-JS reader pages) has chunks in the
   * build's list that its HTML never references.
   */
  buildStats?: { route: string; files: number; rawBytes: number; gzipBytes: number; sent: boolean } | null;
};

export function scriptSources(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>/g)) {
    const attrs = m[1];
    if (/\bnoModule\b/i.test(attrs)) continue;
    const src = attrs.match(/\bsrc="([^"]+)"/)?.[1];
    if (src && src.startsWith("/_next/static/") && src.split("?")[0].endsWith(".js")) out.push(src.split("?")[0]);
  }
  return [...new Set(out)];
}

function rootMainFiles(distDir: string): Set<string> {
  const file = path.join(distDir, "build-manifest.json");
  if (!existsSync(file)) return new Set();
  const m = JSON.parse(readFileSync(file, "utf8")) as { rootMainFiles?: string[] };
  return new Set((m.rootMainFiles ?? []).map((f) => `/_next/${f}`));
}

export function firstLoadJs(html: string, distDir: string): FirstLoadJs {
  const sources = scriptSources(html);
  const root = rootMainFiles(distDir);
  let rawBytes = 0;
  let gzipBytes = 0;
  let brotliBytes = 0;
  let frameworkGzipBytes = 0;
  const missing: string[] = [];
  for (const src of sources) {
    const file = path.join(distDir, "static", decodeURIComponent(src.slice("/_next/static/".length)));
    if (!existsSync(file)) {
      missing.push(src);
      continue;
    }
    const bytes = readFileSync(file);
    const gz = gzipSync(bytes).length;
    rawBytes += bytes.length;
    gzipBytes += gz;
    brotliBytes += brotliCompressSync(bytes).length;
    if (root.has(src)) frameworkGzipBytes += gz;
  }
  return { files: sources.length, rawBytes, gzipBytes, brotliBytes, frameworkGzipBytes, htmlBytes: Buffer.byteLength(html), htmlGzipBytes: gzipSync(html).length, missing };
}

/**
 * The same figure from the build's own diagnostics (diagnostics/route-bundle-stats.json,
 * written by `next build`): the route's first-load chunk list, gzipped here. A cross-check
 * of the HTML method; null when the file or route is absent.
 */
export function buildStatsFirstLoadJs(distDir: string, route: string): { files: number; rawBytes: number; gzipBytes: number } | null {
  const file = path.join(distDir, "diagnostics/route-bundle-stats.json");
  if (!existsSync(file)) return null;
  const stats = JSON.parse(readFileSync(file, "utf8")) as { route: string; firstLoadChunkPaths?: string[] }[];
  const entry = stats.find((s) => s.route === route);
  if (!entry?.firstLoadChunkPaths) return null;
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const p of entry.firstLoadChunkPaths) {
    const chunk = path.join(distDir, "..", p);
    if (!existsSync(chunk)) continue;
    const bytes = readFileSync(chunk);
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes).length;
  }
  return { files: entry.firstLoadChunkPaths.length, rawBytes, gzipBytes };
}

/** The build's figure beside the served page's: `sent` is false when the page loads none of the scripts the build lists. */
export function crossCheck(served: FirstLoadJs, route: string, stats: ReturnType<typeof buildStatsFirstLoadJs>): FirstLoadJs["buildStats"] {
  return stats && { route, ...stats, sent: served.files > 0 || stats.files === 0 };
}
