import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "server-only": path.resolve("tests/support/server-only-stub.ts"), "@": path.resolve(".") };

export default defineConfig({
  resolve: { alias },
  test: {
    // One set of services (database, mail catcher, production build) for the
    // integration and e2e projects; skipped when only unit tests run.
    globalSetup: ["tests/support/global-setup.ts"],
    // The teardown waits until next start and the worker are gone (scripts/lib/processes.ts);
    // vitest's default 10 s would abandon it halfway and leave them running.
    teardownTimeout: 60_000,
    projects: [
      { resolve: { alias }, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" } },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "faults",
          include: ["tests/faults/**/*.test.ts"],
          environment: "node",
          testTimeout: 180_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        resolve: { alias },
        test: { name: "e2e", include: ["tests/e2e/**/*.test.ts"], environment: "node", testTimeout: 120_000, hookTimeout: 120_000, fileParallelism: false },
      },
    ],
  },
});
