// The Next.js server is SIGKILLed (no signal handler, nothing flushed, open
// requests cut) while editors publish and while Stripe webhooks are being
// delivered. After a restart every story is either fully published (public
// ID, date, audit entry, publish revision, live page) or an untouched draft
// that can be published now; public IDs stay distinct and gap-free; every
// webhook is redelivered and every reader's access matches Stripe.
import { describe, expect, inject, it } from "vitest";
import { actionNamed, actionResult, callAction } from "../support/actions.ts";
import { base, sessionCookie, submitForm, testDb } from "../support/fixtures.ts";
import { control, flush, stripeClient, subscriptionRow, type DoubleEvent } from "../support/stripe.ts";

const next = async (what: "kill" | "start") => {
  const r = await fetch(`${inject("faultControlUrl")}/next?${what}=1`);
  if (!r.ok) throw new Error(`fault control /next?${what}=1: ${r.status} ${await r.text()}`);
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const count = (list: (string | number)[]) => list.reduce<Record<string, number>>((m, k) => ((m[k] = (m[k] ?? 0) + 1), m), {});

/** Poll until `fn` is true; polls fast so the kill lands as close as possible to the moment observed. */
async function until(fn: () => Promise<boolean>, what: string, ms = 20_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await fn()) return;
    await sleep(5);
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function counters(): Promise<Map<string, number>> {
  return new Map((await testDb().publicIdCounter.findMany()).map((c) => [c.day, c.last]));
}

describe("server process killed", () => {
  it("mid-publish: every story is fully published or an untouched draft; IDs distinct and gap-free; nothing lost", async () => {
    const N = 20;
    const db = testDb();
    const editor = await sessionCookie({ kind: "editor" });
    const tag = Date.now().toString(36);
    const headline = (i: number) => `Kill Test ${tag} Story ${i} on Steel Safeguard Duties`;
    const ids: string[] = [];
    for (let i = 0; i < N; i++) {
      const before = new Set((await db.article.findMany({ select: { id: true } })).map((a) => a.id));
      expect([200, 303]).toContain((await callAction(actionNamed("createArticleAction"), [], editor.cookie)).status);
      const id = (await db.article.findMany({ select: { id: true } })).find((a) => !before.has(a.id))!.id;
      const saved = actionResult<{ ok: boolean }>(
        (
          await callAction(
            actionNamed("saveArticleAction"),
            [
              {
                id,
                version: 1,
                headline: headline(i),
                teaser: `Commerce extended the safeguard duties on steel imports, story ${i} of the kill test.`,
                body: "The proclamation runs for four more years.\n\nImporters may ask for product exclusions.",
                topics: ["tariffs"],
                authors: ["dana-whitcomb"],
                documents: [],
              },
            ],
            editor.cookie,
          )
        ).text,
      );
      expect(saved.ok).toBe(true);
      ids.push(id);
    }
    const countersBefore = await counters();
    const publish = actionNamed("publishAction");

    // All N publishes at once; the kill lands as soon as the first has committed.
    const firedAt = Date.now();
    const outcomes: (number | string)[] = [];
    const inFlight = ids.map((id) =>
      callAction(publish, [id], editor.cookie).then(
        (r) => void outcomes.push(r.status),
        (e: Error) => void outcomes.push(`cut (${(e.cause as { code?: string } | undefined)?.code ?? e.message})`),
      ),
    );
    await until(async () => (await db.article.count({ where: { id: { in: ids }, status: "PUBLISHED" } })) > 0, "a first publication");
    const killAt = Date.now();
    await next("kill");
    await Promise.all(inFlight);
    const answeredBeforeKill = outcomes.filter((o) => typeof o === "number").length;
    await next("start");
    const upAt = Date.now();

    // Right after the restart: each story is all-or-nothing.
    const stateAfterRestart = async () => {
      const rows = await db.article.findMany({
        where: { id: { in: ids } },
        select: { id: true, status: true, publicId: true, publishedAt: true, headline: true },
      });
      const audits = (await db.auditLog.findMany({ where: { action: "article.publish" }, select: { subject: true, detail: true } }))
        .map((a) => ({ subject: a.subject, articleId: (a.detail as { articleId?: string }).articleId }))
        .filter((a) => a.articleId && ids.includes(a.articleId));
      const revisions = count(
        (await db.articleRevision.findMany({ where: { articleId: { in: ids }, kind: "PUBLISH" }, select: { articleId: true } })).map((r) => r.articleId),
      );
      return rows.map((a) => {
        const mine = audits.filter((x) => x.articleId === a.id);
        return { ...a, audits: mine.length, auditSubjects: mine.map((x) => x.subject), revisions: revisions[a.id] ?? 0 };
      });
    };
    const afterKill = await stateAfterRestart();
    const publishedAtKill = afterKill.filter((a) => a.status === "PUBLISHED");
    const inconsistent = afterKill.filter((a) =>
      a.status === "PUBLISHED"
        ? !a.publicId || !a.publishedAt || a.audits !== 1 || a.auditSubjects[0] !== a.publicId || a.revisions !== 1
        : a.status !== "DRAFT" || a.publicId !== null || a.publishedAt !== null || a.audits !== 0 || a.revisions !== 0,
    );
    for (const a of publishedAtKill) {
      const page = await fetch(`${base()}/articles/${a.publicId}`);
      expect(page.status, `/articles/${a.publicId} after restart`).toBe(200);
      expect(await page.text()).toContain(a.headline);
    }

    // The drafts the kill interrupted can be published now.
    const left = afterKill.filter((a) => a.status === "DRAFT");
    const republished = await Promise.all(
      left.map(async (a) => actionResult<{ ok: boolean; publicId?: string; message: string }>((await callAction(publish, [a.id], editor.cookie)).text)),
    );
    const final = await stateAfterRestart();
    const finalPublished = final.filter((a) => a.status === "PUBLISHED" && a.publicId && a.publishedAt);
    const publicIds = finalPublished.map((a) => a.publicId!);
    // Gap-free: this test's IDs are exactly the numbers the per-day counters moved over.
    const countersAfter = await counters();
    const issued: string[] = [];
    for (const [day, last] of countersAfter)
      for (let n = (countersBefore.get(day) ?? 0) + 1; n <= last; n++) issued.push(`${day}${String(n).padStart(4, "0")}`);
    const home = await (await fetch(`${base()}/`)).text();
    const onHome = final.filter((a) => home.includes(a.headline)).length;
    const pages = await Promise.all(publicIds.map(async (p) => (await fetch(`${base()}/articles/${p}`)).status));

    const report = {
      requests: N + left.length,
      errorsByStatus: count(outcomes.filter((o) => o !== 200)),
      killAfterMs: killAt - firedAt,
      answeredBeforeKill,
      publishedBeforeKill: publishedAtKill.length,
      draftsLeftByKill: left.length,
      inconsistentAfterRestart: inconsistent.length,
      timeToRecoverMs: upAt - killAt,
      republishedOk: republished.filter((r) => r.ok).length,
      itemsLost: N - finalPublished.length,
    };
    console.log(`fault: server killed mid-publish ${JSON.stringify(report)}`);
    // The kill landed in the middle: some publishes had committed, some requests were cut.
    expect(publishedAtKill.length).toBeGreaterThan(0);
    expect(outcomes.some((o) => typeof o === "string")).toBe(true);
    expect(inconsistent).toEqual([]);
    expect(republished.every((r) => r.ok)).toBe(true);
    expect(report.itemsLost).toBe(0);
    expect(new Set(publicIds).size).toBe(N);
    expect([...publicIds].sort()).toEqual(issued.sort());
    expect(final.every((a) => a.audits === 1 && a.revisions === 1)).toBe(true);
    expect(onHome).toBe(N);
    expect(pages.every((s) => s === 200)).toBe(true);
  });

  it("mid-webhook: deliveries cut by the kill are redelivered; every reader's access matches Stripe, applied once", async () => {
    const M = 6;
    const db = testDb();
    const ARTICLE = "/articles/2007090041";
    const BODY = "Integrated Joint Operations Platform";
    const known = new Set((await control<{ data: DoubleEvent[] }>("events")).data.map((d) => d.event.id));
    await flush();
    const readers = [];
    for (let i = 0; i < M; i++) {
      const who = await sessionCookie({ kind: "preview-expired" });
      const r = await submitForm("/subscribe", { plan: "individual-monthly" }, {}, { cookie: who.cookie });
      expect(r.status).toBe(303);
      readers.push({ ...who, sessionId: r.headers.get("location")!.split("/checkout/")[1].split(/[/?#]/)[0] });
    }
    const processedBefore = await db.stripeEvent.count();

    // Payments complete in Stripe; the double delivers their events one after another.
    const startedAt = Date.now();
    await Promise.all(readers.map((r) => control(`checkout/${r.sessionId}/complete`, { card: "4242424242424242" })));
    await until(async () => (await db.stripeEvent.count()) > processedBefore, "a first webhook processed");
    const killAt = Date.now();
    await next("kill");
    const processedAtKill = (await db.stripeEvent.count()) - processedBefore;
    // Stay down a moment: deliveries meanwhile are refused and queued for retry.
    await sleep(1000);
    await next("start");
    const upAt = Date.now();
    const flushed = await control<{ drained: boolean; pending: number; failed: number }>("webhooks/flush", { timeout_ms: 60_000 });
    const convergedAt = Date.now();

    type Delivered = { event: { id: string }; delivery: { status: string; log: { status: number | null; error: string | null }[] } | null };
    const ours = (await control<{ data: Delivered[] }>("events")).data.filter((d) => !known.has(d.event.id));
    const attempts = ours.flatMap((d) => d.delivery?.log ?? []);
    const attemptOutcomes = attempts.map((a) =>
      a.status !== null ? a.status : /refused/i.test(a.error ?? "") ? "refused" : `cut (${(a.error ?? "").slice(0, 40)})`,
    );
    const recorded = await db.stripeEvent.findMany({ where: { id: { in: ours.map((d) => d.event.id) } }, select: { id: true } });

    const mismatched: string[] = [];
    for (const r of readers) {
      const user = await db.user.findUnique({ where: { id: r.userId }, select: { stripeCustomerId: true } });
      const subs = await stripeClient().subscriptions.list({ customer: user?.stripeCustomerId ?? "none", status: "all" });
      const rows = await db.subscription.findMany({ where: { userId: r.userId, complimentary: false } });
      const row = await subscriptionRow(r.userId);
      const canRead = (await (await fetch(`${base()}${ARTICLE}`, { headers: { cookie: r.cookie } })).text()).includes(BODY);
      const stripeSub = subs.data[0];
      if (
        subs.data.length !== 1 ||
        rows.length !== 1 ||
        row?.stripeSubscriptionId !== stripeSub.id ||
        row.status !== stripeSub.status.toUpperCase() ||
        !canRead
      )
        mismatched.push(`${r.email}: stripe ${subs.data.map((s) => s.status)} ours ${rows.map((x) => x.status)} canRead ${canRead}`);
    }
    const report = {
      requests: attempts.length,
      errorsByStatus: count(attemptOutcomes.filter((o) => o !== 200)),
      events: ours.length,
      processedBeforeKill: processedAtKill,
      deliveriesCutMidRequest: attemptOutcomes.filter((o) => String(o).startsWith("cut")).length,
      timeToRecoverMs: convergedAt - killAt,
      restartMs: upAt - killAt,
      eventsRecorded: recorded.length,
      readersMismatched: mismatched.length,
      itemsLost: ours.length - recorded.length + mismatched.length,
    };
    console.log(`fault: server killed mid-webhook ${JSON.stringify({ ...report, startedToKillMs: killAt - startedAt })}`);
    expect(flushed.drained).toBe(true);
    expect(flushed.failed).toBe(0);
    // The kill landed while deliveries were under way.
    expect(processedAtKill).toBeLessThan(ours.length);
    expect(ours.every((d) => d.delivery?.status === "delivered")).toBe(true);
    expect(attemptOutcomes.some((o) => o !== 200)).toBe(true);
    expect(recorded.length).toBe(ours.length);
    expect(mismatched).toEqual([]);
    expect(report.itemsLost).toBe(0);
  });
});
