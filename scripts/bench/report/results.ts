// bench/results.json: what one run measured. `npm run bench` rewrites it but
// keeps the Lighthouse section that `npm run bench:lighthouse` merged in.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { DatasetInfo } from "../db/dataset.ts";
import type { ScenarioResult } from "../load/scenarios.ts";
import type { FirstLoadJs } from "../measure/first-load-js.ts";
import type { ProfileSummary } from "../measure/profile-summary.ts";

export type LighthouseScores = { performance: number; accessibility: number; "best-practices": number; seo: number };
export type LighthouseSection = { measuredAt: string; baseUrl: string; pages: { name: string; path: string; scores: LighthouseScores; metrics: Record<string, number> }[] };

export type BudgetLine = { name: string; target: string; figure: string; status: "met" | "missed" | "n/a" };

export type Results = {
  runAt: string;
  mode: "full" | "smoke";
  machine: { cpus: number; memoryGB: number; node: string; loadAverageAtStart: number[]; loadAverageAtEnd: number[] };
  dataset: Omit<DatasetInfo, "url">;
  build: { rebuilt: boolean; seconds: number | null; builtAt: string | null };
  scenarios: ScenarioResult[];
  nginx: { available: boolean; install: string | null };
  /** Anonymous article through the front (production's shape) ÷ the nginx ceiling: the budget's figure. */
  ratioAnonymousToNginx: number | null;
  /** Anonymous article from next start directly (no front) ÷ the nginx ceiling. */
  ratioAnonymousDirectToNginx?: number | null;
  memory: { nextServerRssMB: number; nextServerTreeRssMB: number } | null;
  /** Lines of the server's output that report errors (e.g. the cause of 5xx answers). */
  serverErrors: { count: number; first: string[] };
  firstLoadJs: Record<string, FirstLoadJs & { path: string }>;
  lighthouse: LighthouseSection | null;
  /** With --cpu-prof: where next start spent its CPU time. */
  profile: ProfileSummary | null;
  budgets: BudgetLine[];
  totalSeconds: number;
};

export function readResults(file: string): Partial<Results> | null {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Partial<Results>;
  } catch {
    return null;
  }
}

export function writeResults(file: string, results: Partial<Results>) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(results, null, 2) + "\n");
}
