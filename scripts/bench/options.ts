// Command line of `npm run bench`: sizes, durations and which scenarios run.
export type Options = {
  smoke: boolean;
  articles: number;
  documents: number;
  readers: number;
  /** Seconds each scenario is measured for. */
  duration: number;
  connections: number;
  searchConnections: number;
  /** Anonymous article IDs warmed up and then requested at random for the steady-state figure. */
  warmSample: number;
  fresh: boolean;
  only: string[] | null;
  cpuProf: boolean;
  lighthouse: boolean;
  out: string;
};

export const USAGE = `npm run bench -- [--smoke] [--articles N] [--documents N] [--readers N] [--duration S]
                   [--connections N] [--only a,b] [--fresh] [--cpu-prof] [--lighthouse] [--out FILE]
  --smoke        1,000 articles, 200 documents, 100 readers, 3 s per scenario (CI)
  --articles N   archive size (default 100000); documents default N/5, readers N/10
  --fresh        regenerate the bench database even if a matching one is cached
  --only         run only these scenarios (article-anon-warm, article-anon-cold, article-subscriber, home, topic, search, nginx, article-anon-front, article-subscriber-front, search-front, usage-report, licences, usage-report-front, licences-front, instances)
  --cpu-prof     run next start under node --cpu-prof (profiles in bench/profiles/)
  --lighthouse   also run Lighthouse (as npm run bench:lighthouse does) on the same server
  --out FILE     results file (default bench/results.json)`;

export function parseOptions(argv: string[]): Options {
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("--")) throw new Error(`unexpected argument ${a}\n${USAGE}`);
    const [k, inline] = a.slice(2).split("=", 2);
    const takesValue = ["articles", "documents", "readers", "duration", "connections", "only", "out", "warm-sample"].includes(k);
    if (takesValue) {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`--${k} needs a value\n${USAGE}`);
      flags.set(k, v);
    } else if (["smoke", "fresh", "cpu-prof", "lighthouse", "help"].includes(k)) flags.set(k, true);
    else throw new Error(`unknown option --${k}\n${USAGE}`);
  }
  if (flags.has("help")) {
    console.log(USAGE);
    process.exit(0);
  }
  const num = (k: string, d: number) => {
    const v = flags.get(k);
    if (v === undefined) return d;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${k} must be a whole number, got ${v}`);
    return n;
  };
  const smoke = flags.has("smoke");
  const articles = num("articles", smoke ? 1000 : 100_000);
  if (articles < 100) throw new Error("--articles must be at least 100");
  return {
    smoke,
    articles,
    documents: num("documents", Math.round(articles / 5)),
    readers: num("readers", Math.round(articles / 10)),
    duration: num("duration", smoke ? 3 : 20),
    connections: num("connections", 20),
    searchConnections: 10,
    warmSample: num("warm-sample", smoke ? 100 : 1000),
    fresh: flags.has("fresh"),
    only: typeof flags.get("only") === "string" ? String(flags.get("only")).split(",").map((s) => s.trim()) : null,
    cpuProf: flags.has("cpu-prof"),
    lighthouse: flags.has("lighthouse"),
    out: String(flags.get("out") ?? "bench/results.json"),
  };
}
