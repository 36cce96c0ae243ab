// lib/access/ is the one place that decides who may read what: no other
// module reads the fields and settings access depends on. The exceptions
// below only write them (billing's webhook state, complimentary grants, demo
// data) or define them (the configuration).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const files = execFileSync("git", ["ls-files", "-co", "--exclude-standard", "app", "pages", "components", "lib", "proxy.ts"], { cwd: ROOT, encoding: "utf8" })
  .split("\n")
  .filter((f) => /\.(ts|tsx)$/.test(f) && !f.startsWith("lib/access/") && !f.startsWith("lib/generated/"));
const text = (f: string) => {
  try {
    return readFileSync(path.join(ROOT, f), "utf8");
  } catch {
    return "";
  }
};

function offenders(pattern: RegExp, writers: string[]): string[] {
  return files.filter((f) => !writers.some((w) => f === w || f.startsWith(w)) && pattern.test(text(f)));
}

describe("access is decided only in lib/access/", () => {
  it("scans the app", () => expect(files.length).toBeGreaterThan(100));

  it("no other module reads preview ends, grace days or past-due dates", () => {
    expect(
      offenders(/previewEndsAt|pastDueSince|paymentGraceDays|previewDays|PAYMENT_GRACE_DAYS|PREVIEW_DAYS/, ["lib/config.ts", "lib/billing/sync.ts"]),
    ).toEqual([]);
  });

  it("no other module names the subscription statuses that grant reading", () => {
    expect(offenders(/["'](ACTIVE|TRIALING|PAST_DUE)["']/, ["lib/billing/sync.ts", "lib/newsroom/subscribers.ts", "lib/seed/"])).toEqual([]);
  });

  it("no other module writes its own 'published' condition", () => {
    // publish.ts sets the status; the newsroom preview renders a draft as it will be once published.
    expect(offenders(/status:\s*"PUBLISHED"|"status"\s*=\s*'PUBLISHED'/, ["lib/articles/publish.ts", "lib/newsroom/preview.ts", "lib/seed/"])).toEqual([]);
  });

  it("nothing imports the old access modules", () => {
    expect(offenders(/from ["'][^"']*(lib\/access\.ts|access-pass|auth\/pass|access-policy|lib\/viewers?|auth\/pages-viewer|lib\/account)["']/, [])).toEqual(
      [],
    );
  });
});
