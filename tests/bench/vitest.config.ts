// The benchmark harness's own unit tests (pure parts: archive calendar, word
// bank, percentiles, first-load JS parsing, budget judgement). Separate from
// the app's suites, which start services in their global setup:
//   npx vitest run --config tests/bench/vitest.config.ts
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  root: path.resolve(import.meta.dirname, "../.."),
  test: { include: ["tests/bench/**/*.test.ts"], environment: "node" },
});
