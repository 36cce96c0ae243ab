// A busy connection pool is not an outage: only a refused or dropped
// connection (or a failed TCP probe) turns the site to "briefly unavailable".
import net from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { databaseMarkedDown, noteDatabaseError } from "../../lib/db-health.ts";

const g = globalThis as unknown as { __tldDbDownUntil?: number; __tldDbProbe?: unknown };
let listening: net.Server;
let upUrl: string;

beforeAll(async () => {
  listening = net.createServer((s) => s.end());
  await new Promise<void>((r) => listening.listen(0, "127.0.0.1", r));
  upUrl = `postgres://u:p@127.0.0.1:${(listening.address() as net.AddressInfo).port}/db`;
});
afterAll(() => new Promise<void>((r) => listening.close(() => r())));
beforeEach(() => {
  g.__tldDbDownUntil = 0;
  g.__tldDbProbe = undefined;
});

const poolTimeout = new Error("timeout exceeded when trying to connect");
const settle = () => new Promise((r) => setTimeout(r, 50));

describe("noteDatabaseError", () => {
  it("a refused connection marks the database down at once", () => {
    noteDatabaseError(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }), upUrl);
    expect(databaseMarkedDown()).toBe(true);
  });

  it("a pool wait timeout while PostgreSQL accepts connections does not", async () => {
    noteDatabaseError(poolTimeout, upUrl);
    await settle();
    expect(databaseMarkedDown()).toBe(false);
  });

  it("a pool wait timeout while nothing listens does, through the probe", async () => {
    const closed = net.createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as net.AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    noteDatabaseError(poolTimeout, `postgres://u:p@127.0.0.1:${port}/db`);
    await settle();
    expect(databaseMarkedDown()).toBe(true);
  });

  it("an ordinary query error is not a database outage", () => {
    noteDatabaseError(new Error('duplicate key value violates unique constraint "User_email_key"'), upUrl);
    expect(databaseMarkedDown()).toBe(false);
  });
});
