import { describe, expect, it } from "vitest";
import { passModuleInNode } from "../support/njs.ts";
import { passLevel, type Grant, type Viewer } from "../support/rules.ts";
import { isSharedRender, mintPass, PASS_CLOCK_SKEW_SECONDS, PASS_SECONDS, passKey, sharedRenderToken, verifyPass } from "../../lib/access/pass.ts";

const key = passKey("a-test-secret-of-sufficient-length");
const now = new Date("2026-11-28T12:00:00Z");
const inTwoMinutes = new Date(now.getTime() + 120_000);
const TOKEN = "3f1c2b4a-0d6e-4f7a-9b8c-1d2e3f4a5b6c";

/** The front's njs check (deploy/front/pass.js), run in Node. */
function njsLevel(cookie: string | undefined, at: Date): string {
  return passModuleInNode().levelOf(cookie, key, at.getTime());
}

describe("access pass", () => {
  const pass = mintPass(key, "full", inTwoMinutes, TOKEN);

  it("grants the level it was minted with, for the session it was minted for, until it expires", () => {
    expect(verifyPass(key, pass, TOKEN, now)).toBe("full");
    expect(verifyPass(key, pass, TOKEN, new Date(inTwoMinutes.getTime() - 1000))).toBe("full");
    expect(verifyPass(key, pass, TOKEN, inTwoMinutes)).toBeNull();
  });

  it("is refused for another session, another key, a changed level or expiry, or garbage", () => {
    expect(verifyPass(key, pass, "another-session-token", now)).toBeNull();
    expect(verifyPass(key, pass, null, now)).toBeNull();
    expect(verifyPass(passKey("another-secret-of-sufficient-length"), pass, TOKEN, now)).toBeNull();
    const [, exp, sig] = pass.split(".");
    const teaser = mintPass(key, "teaser", inTwoMinutes, TOKEN);
    expect(verifyPass(key, `full.${teaser.split(".")[1]}.${teaser.split(".")[2]}`, TOKEN, now)).toBeNull();
    expect(verifyPass(key, `full.${Number(exp) + 3600}.${sig}`, TOKEN, now)).toBeNull();
    expect(verifyPass(key, `admin.${exp}.${sig}`, TOKEN, now)).toBeNull();
    for (const junk of ["", "full", "full..", `full.${exp}.${sig}x`, `full.${exp}.${sig};`]) expect(verifyPass(key, junk, TOKEN, now)).toBeNull();
  });

  it("the front's njs check agrees with verifyPass on every case", () => {
    const other = mintPass(key, "full", inTwoMinutes, "someone-else");
    const staff = mintPass(key, "staff", inTwoMinutes, TOKEN);
    const cases: [string | undefined, string][] = [
      [`next-auth.session-token=${TOKEN}; tld_pass=${pass}`, "full"],
      [`tld_pass=${pass}; __Secure-next-auth.session-token=${TOKEN}; theme=dark`, "full"],
      [`tld_pass=${staff};next-auth.session-token=${TOKEN}`, "staff"],
      [`next-auth.session-token=${TOKEN}; tld_pass=${other}`, ""],
      [`tld_pass=${pass}`, ""],
      [`next-auth.session-token=${TOKEN}`, ""],
      [`next-auth.session-token=${TOKEN}; xtld_pass=${pass}`, ""],
      [`next-auth.session-token=${TOKEN}; tld_pass=${pass.slice(0, -1)}A`, ""],
      [undefined, ""],
    ];
    for (const [cookie, want] of cases) expect(njsLevel(cookie, now), cookie).toBe(want);
    expect(njsLevel(`next-auth.session-token=${TOKEN}; tld_pass=${pass}`, inTwoMinutes)).toBe("");
  });

  it("a correctly signed pass that claims to live longer than a minted one can is refused, by the app and the front", () => {
    const tenYears = new Date(now.getTime() + 10 * 365 * 86_400_000);
    const justOver = new Date(now.getTime() + (PASS_SECONDS + PASS_CLOCK_SKEW_SECONDS + 1) * 1000);
    const justUnder = new Date(now.getTime() + (PASS_SECONDS + PASS_CLOCK_SKEW_SECONDS) * 1000);
    for (const until of [tenYears, justOver]) {
      const far = mintPass(key, "full", until, TOKEN);
      expect(verifyPass(key, far, TOKEN, now)).toBeNull();
      expect(njsLevel(`next-auth.session-token=${TOKEN}; tld_pass=${far}`, now)).toBe("");
    }
    const edge = mintPass(key, "full", justUnder, TOKEN);
    expect(verifyPass(key, edge, TOKEN, now)).toBe("full");
    expect(njsLevel(`next-auth.session-token=${TOKEN}; tld_pass=${edge}`, now)).toBe("full");
  });

  it("the shared-render header is accepted only with the exact token", () => {
    expect(isSharedRender(key, sharedRenderToken(key))).toBe(true);
    expect(isSharedRender(key, sharedRenderToken(passKey("another-secret-of-sufficient-length")))).toBe(false);
    expect(isSharedRender(key, "")).toBe(false);
    expect(isSharedRender(key, null)).toBe(false);
  });
});

describe("passLevel(viewer, now, until)", () => {
  const reader = (over: Partial<Viewer> = {}): Viewer => ({ userId: "u1", email: "r@example.com", role: "READER", previewEndsAt: null, grants: [], ...over });
  const grant = (end: Date, over: Partial<Grant> = {}): Grant => ({
    source: "individual",
    status: "ACTIVE",
    currentPeriodEnd: end,
    cancelAtPeriodEnd: true,
    pastDueSince: null,
    ...over,
  });
  it("says full only when full access lasts the whole life of the pass", () => {
    expect(passLevel(reader({ grants: [grant(new Date(now.getTime() + 86_400_000))] }), now, inTwoMinutes)).toBe("full");
    expect(passLevel(reader({ previewEndsAt: new Date(now.getTime() + 86_400_000) }), now, inTwoMinutes)).toBe("full");
    expect(passLevel(reader({ grants: [grant(new Date(now.getTime() + 60_000))] }), now, inTwoMinutes)).toBe("teaser");
    expect(passLevel(reader({ previewEndsAt: new Date(now.getTime() + 60_000) }), now, inTwoMinutes)).toBe("teaser");
    expect(passLevel(reader({ grants: [grant(new Date(now.getTime() + 86_400_000), { status: "CANCELED" })] }), now, inTwoMinutes)).toBe("teaser");
    expect(passLevel(reader(), now, inTwoMinutes)).toBe("teaser");
    expect(passLevel(reader({ role: "EDITOR" }), now, inTwoMinutes)).toBe("staff");
  });
});
