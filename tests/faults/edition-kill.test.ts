// The job worker SIGKILLed in the middle of sending the daily headline email:
// after a restart every entitled reader has exactly one copy, nobody else has
// one, and nothing is lost.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endGroup, isAlive } from "../../scripts/lib/processes.ts";
import { testDb } from "../support/fixtures.ts";
import {
  WINDOW,
  editionLib,
  editionMail,
  expectExactlyEntitled,
  makeReaders,
  startWorker,
  stopAll,
  until,
  type EditionLib,
  type People,
} from "../support/editions.ts";

let lib: EditionLib;
let people: People;

beforeAll(async () => {
  lib = await editionLib();
  people = await makeReaders();
});

afterAll(() => stopAll(lib));

describe("worker killed mid-send", () => {
  it("every entitled reader gets the headline email exactly once after a restart, and nobody else", async () => {
    const editionId = await lib.buildEdition("2030-02-04", WINDOW);
    const total = await testDb().editionDelivery.count({ where: { editionId } });
    expect(total).toBeGreaterThanOrEqual(34);

    const w1 = startWorker({ EDITION_BATCH_SIZE: "3", EDITION_BATCH_PAUSE_MS: "400" });
    await lib.enqueueEditionSend(editionId);
    await until(async () => (await editionMail(editionId)).length >= 6, 30_000, "first batches");
    // The worker's own pid (no tsx wrapper in between): the kill must end it, not a parent.
    await endGroup(w1, "SIGKILL");
    const killedAt = Date.now();
    expect(isAlive(w1.pid!), `worker ${w1.pid} still alive after SIGKILL`).toBe(false);
    await new Promise((r) => setTimeout(r, 500));
    const sentBeforeKill = (await editionMail(editionId)).length;
    const leftSending = await testDb().editionDelivery.count({ where: { editionId, status: "SENDING" } });
    expect(sentBeforeKill).toBeLessThan(total);

    // A delivery the kill left SENDING waits for its lease to expire; the test
    // ages the lease instead of waiting ten minutes.
    await testDb().editionDelivery.updateMany({ where: { editionId, status: "SENDING" }, data: { lockedAt: new Date(Date.now() - 10 * 60_000) } });
    startWorker();
    await lib.enqueueEditionSend(editionId);
    await until(async () => (await testDb().edition.findUnique({ where: { id: editionId } }))?.status === "SENT", 90_000, "edition sent after restart");
    const timeToRecoverMs = Date.now() - killedAt;
    const mails = await expectExactlyEntitled(editionId, people, total);
    const report = {
      requests: total,
      errorsByStatus: { "worker SIGKILL": 1, "left SENDING by the kill": leftSending },
      killedWorkerPid: w1.pid,
      killedWorkerGone: !isAlive(w1.pid!),
      sentBeforeKill,
      sentAfterRestart: mails.length - sentBeforeKill,
      duplicates: 0,
      timeToRecoverMs,
      itemsLost: total - mails.length,
    };
    console.log(`fault: worker killed mid-edition-send ${JSON.stringify(report)}`);
  }, 180_000);
});
