// One bench at a time per checkout: two runs would share .data/bench-pg and
// .next-bench (and the second would stop the first one's PostgreSQL). A lock
// file holds the pid of the running bench; a lock whose process is gone is
// taken over, a live one is waited for (up to 15 minutes).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function acquireBenchLock(file: string, log: (m: string) => void, waitMs = 15 * 60_000): Promise<() => Promise<void>> {
  mkdirSync(path.dirname(file), { recursive: true });
  const until = Date.now() + waitMs;
  let told = false;
  for (;;) {
    try {
      writeFileSync(file, String(process.pid), { flag: "wx" });
      return async () => {
        if (readFileSync(file, "utf8").trim() === String(process.pid)) rmSync(file, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    const holder = Number(readFileSync(file, "utf8").trim());
    if (!holder || holder === process.pid || !alive(holder)) {
      rmSync(file, { force: true });
      continue;
    }
    if (Date.now() > until) throw new Error(`another bench (pid ${holder}) has held ${file} for ${waitMs / 60_000} minutes`);
    if (!told) log(`Waiting      another npm run bench (pid ${holder}) is running in this checkout …`);
    told = true;
    await new Promise((r) => setTimeout(r, 2000));
  }
}
