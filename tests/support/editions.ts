// Shared by the edition tests (integration) and the edition-send kill
// (faults): a job worker as a child process, the inbox filtered by edition,
// a set of readers of every kind, and the one check that matters: every
// entitled reader got the email exactly once and nobody else got it.
import type { ChildProcess } from "node:child_process";
import { expect, inject } from "vitest";
import { endGroup, spawnScript } from "../../scripts/lib/processes.ts";
import { base, inbox, sessionCookie, testDb } from "./fixtures.ts";

export type EditionLib = {
  buildEdition: typeof import("../../lib/editions/build.ts").buildEdition;
  enqueueEditionSend: typeof import("../../lib/jobs/queue.ts").enqueueEditionSend;
  boss: typeof import("../../lib/jobs/queue.ts").boss;
};
export type Person = { userId: string; email: string; cookie: string };
export type People = Record<"subscriber" | "preview" | "expired" | "optedOut" | "canceled" | "member", Person>;

const DAY = 86_400_000;
/** The seed stories of 9 July 2020 (New York), which every edition under test carries. */
export const WINDOW = { from: new Date("2020-07-09T00:00:00-04:00"), to: new Date("2020-07-10T00:00:00-04:00") };

/** The app's edition and queue modules, configured for the test services. */
export async function editionLib(): Promise<EditionLib> {
  Object.assign(process.env, {
    DATABASE_URL: inject("databaseUrl"),
    SMTP_URL: inject("smtpUrl"),
    SITE_URL: base(),
    STORAGE_DIR: inject("storageDir"),
    NODE_ENV: "production",
  });
  const { reloadConfig } = await import("../../lib/config.ts");
  reloadConfig();
  const build = await import("../../lib/editions/build.ts");
  const queue = await import("../../lib/jobs/queue.ts");
  return { buildEdition: build.buildEdition, enqueueEditionSend: queue.enqueueEditionSend, boss: queue.boss };
}

const workers: ChildProcess[] = [];
/** The job worker as a child process: `child.pid` is the worker's own (no tsx wrapper), so a kill reaches it. */
export function startWorker(extra: Record<string, string> = {}): ChildProcess {
  const w = spawnScript("scripts/worker.ts", [], {
    env: {
      ...process.env,
      DATABASE_URL: inject("databaseUrl"),
      SMTP_URL: inject("smtpUrl"),
      SITE_URL: base(),
      STORAGE_DIR: inject("storageDir"),
      WORKER_QUEUES: "edition-send",
      NODE_ENV: "production",
      ...extra,
    },
    stdio: "ignore",
  });
  workers.push(w);
  return w;
}

export async function stopAll(lib: EditionLib | undefined) {
  for (const w of workers.splice(0)) await endGroup(w, "SIGKILL");
  await smtp(true);
  await (await lib?.boss())?.stop({ graceful: false }).catch(() => {});
}

export const smtp = (up: boolean) => fetch(`${inject("inboxUrl")}/_control/smtp?up=${up ? 1 : 0}`, { method: "POST" });
export const editionMail = async (editionId: string) => (await inbox()).filter((m) => m.headers["x-edition"] === editionId);

export async function until<T>(fn: () => Promise<T | false | null | undefined>, ms: number, what: string): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Readers of every kind, plus `bulk` entitled subscribers so that a send takes a while. */
export async function makeReaders(bulk = 30): Promise<People> {
  const db = testDb();
  const p = {} as People;
  p.subscriber = await sessionCookie({ kind: "subscriber" });
  p.preview = await sessionCookie({ kind: "preview" });
  p.expired = await sessionCookie({ kind: "preview-expired" });
  p.optedOut = await sessionCookie({ kind: "subscriber" });
  await db.user.update({ where: { id: p.optedOut.userId }, data: { emailOptOut: true } });
  p.canceled = await sessionCookie({ kind: "preview-expired" });
  await db.subscription.create({
    data: { userId: p.canceled.userId, plan: "individual-monthly", status: "CANCELED", currentPeriodEnd: new Date(Date.now() + 10 * DAY) },
  });
  p.member = await sessionCookie({ kind: "preview-expired" });
  const org = await db.organization.create({ data: { name: `Edition Test Co ${Date.now()}`, seats: 5, allowedDomains: [] } });
  await db.subscription.create({
    data: { organizationId: org.id, plan: "site-licence", status: "ACTIVE", currentPeriodEnd: new Date(Date.now() + 300 * DAY) },
  });
  await db.organizationMember.create({ data: { organizationId: org.id, userId: p.member.userId } });
  for (let i = 0; i < bulk; i++) await sessionCookie({ kind: "subscriber", email: `bulk-${i}-${Date.now()}@example.com` });
  return p;
}

/** Every delivery of the edition went out exactly once; the readers who may not have it did not get it. Returns how many addresses got more than one copy (0). */
export async function expectExactlyEntitled(editionId: string, people: People, total: number) {
  const mails = await editionMail(editionId);
  const perAddress = new Map<string, number>();
  for (const m of mails) for (const to of m.to) perAddress.set(to, (perAddress.get(to) ?? 0) + 1);
  expect(
    [...perAddress.values()].every((n) => n === 1),
    JSON.stringify([...perAddress].filter(([, n]) => n > 1)),
  ).toBe(true);
  // Every delivery is accounted for: sent exactly once, or skipped at send time (a reader
  // created by another test file whose access ended between the build and the send).
  const sent = await testDb().editionDelivery.count({ where: { editionId, status: "SENT" } });
  const skipped = await testDb().editionDelivery.count({ where: { editionId, status: "SKIPPED" } });
  expect(mails.length).toBe(sent);
  expect(sent + skipped).toBe(total);
  for (const who of ["subscriber", "preview", "member"] as const) expect(perAddress.get(people[who].email), who).toBe(1);
  for (const who of ["expired", "optedOut", "canceled"] as const) expect(perAddress.has(people[who].email), who).toBe(false);
  return mails;
}
