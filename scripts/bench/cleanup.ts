// Everything the bench starts (PostgreSQL, next start, nginx, Chromium, the
// stand-ins) is stopped here, newest first: at the end of a run, on an error,
// and on Ctrl-C / SIGTERM. A process left behind would break CI.
type Stop = { name: string; stop: () => Promise<void> };

const stops: Stop[] = [];
let running: Promise<void> | null = null;

export function onCleanup(name: string, stop: () => Promise<void>): () => Promise<void> {
  const entry = { name, stop };
  stops.push(entry);
  // Stopping early (e.g. nginx after its scenario) takes the entry off the list.
  return async () => {
    const i = stops.indexOf(entry);
    if (i >= 0) stops.splice(i, 1);
    await stop();
  };
}

export function cleanupAll(): Promise<void> {
  running ??= (async () => {
    while (stops.length) {
      const s = stops.pop()!;
      try {
        await Promise.race([s.stop(), new Promise((_, reject) => setTimeout(() => reject(new Error("timed out")), 15_000))]);
      } catch (e) {
        console.error(`bench: stopping ${s.name} failed: ${(e as Error).message}`);
      }
    }
  })();
  return running;
}

export function stopOnSignals() {
  for (const sig of ["SIGINT", "SIGTERM"] as const)
    process.once(sig, () => {
      console.error(`\nbench: ${sig}, stopping everything it started`);
      void cleanupAll().then(() => process.exit(sig === "SIGINT" ? 130 : 143));
    });
}

/** Runs a bench command: everything it started is stopped on exit, error or signal; the exit code is main's (1 on an error). */
export function runCommand(name: string, main: () => Promise<number>) {
  stopOnSignals();
  main()
    .then(async (code) => {
      await cleanupAll();
      process.exit(code);
    })
    .catch(async (e: unknown) => {
      console.error(`${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      await cleanupAll();
      process.exit(1);
    });
}
