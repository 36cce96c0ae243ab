// Office IP ranges in tests (decision 22): requests sent from a chosen
// loopback address (Linux routes all of 127.0.0.0/8 to this machine, so a
// client can bind 127.0.0.2 and talk to a server on 127.0.0.1), and site
// licences with ranges set the way an admin does (the server action), so the
// app's range table is emptied as in real use.
import http from "node:http";
import { randomBytes } from "node:crypto";
import { actionNamed, actionResult, callAction } from "./actions.ts";
import { sessionCookie, testDb } from "./fixtures.ts";

const DAY = 86_400_000;

export type Answer = { status: number; url: string; text: string; headers: http.IncomingHttpHeaders };

/** GET (following redirects) from a local address; "localhost" is taken as 127.0.0.1 so the source address fits. */
export async function getFrom(from: string, url: string, headers: Record<string, string> = {}, redirects = 5): Promise<Answer> {
  const u = new URL(url);
  if (u.hostname === "localhost") u.hostname = "127.0.0.1";
  const answer = await new Promise<Answer>((resolve, reject) => {
    const req = http.request(u, { method: "GET", localAddress: from, headers, agent: false }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (d: string) => (text += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, url: u.toString(), text, headers: res.headers }));
    });
    req.on("error", reject);
    req.end();
  });
  const location = answer.headers.location;
  if (redirects > 0 && answer.status >= 300 && answer.status < 400 && location) return getFrom(from, new URL(location, u).toString(), headers, redirects - 1);
  return answer;
}

/** A site licence (active, or ended 10 days ago) whose office ranges a newsroom admin set to `ranges`. */
export async function officeLicence(o: { name?: string; ranges: string; ended?: boolean }) {
  const now = Date.now();
  const org = await testDb().organization.create({ data: { name: o.name ?? `Office ${randomBytes(3).toString("hex")} LLP`, seats: 5 } });
  await testDb().subscription.create({
    data: {
      organizationId: org.id,
      plan: "individual-monthly",
      status: o.ended ? "CANCELED" : "ACTIVE",
      currentPeriodEnd: new Date(now + (o.ended ? -10 : 20) * DAY),
    },
  });
  const admin = await sessionCookie({ kind: "admin" });
  const set = async (ranges: string, cookie = admin.cookie, extra: Record<string, string> = {}) =>
    actionResult<{ ok: boolean; message: string }>(
      (await callAction(actionNamed("setOfficeRangesAction"), [{}, { organizationId: org.id, ranges, ...extra }], cookie)).text,
    );
  const r = await set(o.ranges);
  if (!r.ok) throw new Error(`office ranges refused: ${r.message}`);
  return { org, admin, setRanges: set };
}
