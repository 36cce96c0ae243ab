// npm run bench:lighthouse — Lighthouse scores (performance, accessibility,
// best practices, SEO; mobile settings) of the home page and an anonymous
// article page, merged into bench/results.json for the budget.
//   npm run bench:lighthouse                      starts the bench server itself (1,000-article bench database)
//   npm run bench:lighthouse -- --url http://127.0.0.1:3000   uses a running server
import path from "node:path";
import { ROOT } from "./app/build.ts";
import { startEnvironment } from "./app/environment.ts";
import { cleanupAll, runCommand } from "./cleanup.ts";
import { CHROMIUM, hasChromium, runLighthouse } from "./measure/lighthouse.ts";
import { evaluateBudgets } from "./report/budget.ts";
import { readResults, writeResults, type Results } from "./report/results.ts";

const log = (m: string) => console.log(m);
const SEED_STORY = "2007090041";

function args(argv: string[]) {
  const out: { url?: string; articles: number; out: string } = { articles: 1000, out: "bench/results.json" };
  for (let i = 0; i < argv.length; i++) {
    const [k, inline] = argv[i].replace(/^--/, "").split("=", 2);
    const v = inline ?? argv[++i];
    if (k === "url") out.url = v.replace(/\/$/, "");
    else if (k === "articles") out.articles = Number(v);
    else if (k === "out") out.out = v;
    else throw new Error(`unknown option ${argv[i]}; usage: npm run bench:lighthouse -- [--url BASE] [--articles N] [--out FILE]`);
  }
  if (out.url && !/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(out.url)) throw new Error("--url must be a local server (http://127.0.0.1:PORT)");
  return out;
}

async function main(): Promise<number> {
  const opts = args(process.argv.slice(2));
  if (!hasChromium()) {
    console.error(`Lighthouse needs Chromium at ${CHROMIUM}: sudo apt-get install -y chromium (or set CHROME_PATH)`);
    return 1;
  }
  let baseUrl = opts.url;
  if (!baseUrl) {
    const env = await startEnvironment({ articles: opts.articles, documents: Math.round(opts.articles / 5), readers: Math.round(opts.articles / 10) }, { fresh: false, cpuProf: false, log });
    baseUrl = env.next.baseUrl;
  }
  // The seed story, at its canonical address (the short form redirects there).
  const r = await fetch(`${baseUrl}/articles/${SEED_STORY}`);
  await r.arrayBuffer();
  if (!r.ok) throw new Error(`${baseUrl}/articles/${SEED_STORY} answered ${r.status}`);
  const articlePath = new URL(r.url).pathname;
  // One visit each first, so Lighthouse measures the cached page readers get, not its first render.
  for (const p of ["/", articlePath]) await (await fetch(baseUrl + p)).arrayBuffer();

  log(`Lighthouse (mobile) on ${baseUrl}`);
  const lighthouse = await runLighthouse(baseUrl, [{ name: "home", path: "/" }, { name: "article", path: articlePath }], log);
  await cleanupAll();

  const file = path.resolve(ROOT, opts.out);
  const previous = readResults(file) ?? {};
  const merged: Partial<Results> = { ...previous, lighthouse };
  if (previous.scenarios && previous.dataset) merged.budgets = evaluateBudgets(merged as Omit<Results, "budgets">);
  writeResults(file, merged);
  const line = merged.budgets?.find((b) => b.name.startsWith("Lighthouse"));
  if (line) log(`${line.status === "met" ? "met   " : "MISSED"} ${line.name}: ${line.figure} — budget ${line.target}`);
  log(`Scores merged into ${opts.out}.`);
  return 0;
}

runCommand("bench:lighthouse", main);
