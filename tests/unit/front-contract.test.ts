// The front's deployable part (deploy/front/) agrees with the app: the njs
// pass check gives verifyPass()'s answer on every vector, in Node and under
// njs itself; its constants and the template's cookie patterns are the
// contract's (lib/front/contract.ts); the template renders with every value.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mintPass, PASS_MAX_AHEAD_MS, passKey, verifyPass } from "../../lib/access/pass.ts";
import { mintReportPass, REPORT_PASS_MAX_AHEAD_MS, reportScope, verifyReportPass } from "../../lib/access/report-pass.ts";
import { PASS_COOKIE, REPORT_PASS_COOKIE, SESSION_COOKIES } from "../../lib/front/contract.ts";
import { frontHttpBlock, FRONT_DIR, renderTemplate } from "../../scripts/lib/front.ts";
import { hasNjsCli, levelsUnderNjs, passModuleInNode, reportsUnderNjs } from "../support/njs.ts";

const key = passKey("a-test-secret-of-sufficient-length");
const now = new Date("2026-11-28T12:00:00Z");
const at = (s: number) => new Date(now.getTime() + s * 1000);
const TOKEN = "3f1c2b4a-0d6e-4f7a-9b8c-1d2e3f4a5b6c";

/** Cookie headers and the level verifyPass() grants for each. */
function vectors(): [string | undefined, string][] {
  const cookie = (pass: string, session = TOKEN, name = "next-auth.session-token") => `${name}=${session}; ${PASS_COOKIE}=${pass}`;
  const app = (pass: string, session = TOKEN) => verifyPass(key, pass, session, now) ?? "";
  const full = mintPass(key, "full", at(120), TOKEN);
  const list: [string, string][] = [
    [cookie(full), app(full)],
    [cookie(full, TOKEN, "__Secure-next-auth.session-token"), app(full)],
    [cookie(mintPass(key, "staff", at(60), TOKEN)), "staff"],
    [cookie(mintPass(key, "teaser", at(60), TOKEN)), "teaser"],
    [cookie(full, "another-session"), app(full, "another-session")],
    [cookie(mintPass(key, "full", at(-1), TOKEN)), ""],
    [cookie(mintPass(key, "full", at(125), TOKEN)), "full"],
    [cookie(mintPass(key, "full", at(126), TOKEN)), ""],
    [cookie(mintPass(key, "full", at(10 * 365 * 86_400), TOKEN)), ""],
    [cookie(mintPass(passKey("another-secret-of-sufficient-length"), "full", at(60), TOKEN)), ""],
    [cookie(`admin.${full.split(".").slice(1).join(".")}`), ""],
    [cookie(`${full.slice(0, -1)}A`), ""],
    [`${PASS_COOKIE}=${full}`, ""],
  ];
  for (const [c, want] of list) expect(want, `vector ${c}`).toBe(c.includes("another-session") ? "" : want);
  return [...list, [undefined, ""]];
}

describe("deploy/front/pass.js", () => {
  it("its constants are the contract's", () => {
    const m = passModuleInNode();
    expect(m.PASS_COOKIE).toBe(PASS_COOKIE);
    expect(m.MAX_AHEAD_MS).toBe(PASS_MAX_AHEAD_MS);
  });

  it("grants what verifyPass grants, on every vector (in Node)", () => {
    const m = passModuleInNode();
    for (const [cookie, want] of vectors()) expect(m.levelOf(cookie, key, now.getTime()), cookie).toBe(want);
  });

  it.skipIf(!hasNjsCli())("grants what verifyPass grants, on every vector (under njs itself)", () => {
    const v = vectors();
    expect(levelsUnderNjs(v.map(([c]) => [c, key, now.getTime()]))).toEqual(v.map(([, want]) => want));
  });

  it("finds nginx's cache file of a key as nginx names it (levels=1:2, md5)", () => {
    expect(passModuleInNode().cacheFile("/c", "/articles/1")).toBe("/c/e/6f/cc72eb67d85ae1f320340d3288db06fe");
  });
});

/** [cookie, uri] and whether verifyReportPass() opens the report at uri; the expectations are written out too. */
function reportVectors(): [string | undefined, string, boolean][] {
  const ORG = "/account/organization/cm1licence0001/usage";
  const cookie = (pass: string, session = TOKEN) => `next-auth.session-token=${session}; ${REPORT_PASS_COOKIE}=${pass}`;
  const org = mintReportPass(key, "o-cm1licence0001", at(120), TOKEN);
  const pub = mintReportPass(key, "pub", at(120), TOKEN);
  const list: [string | undefined, string, boolean][] = [
    [cookie(org), ORG, true],
    [cookie(org), `${ORG}/`, true],
    [cookie(pub), "/newsroom/licences", true],
    // Another licence's report, the other report, the CSV, an article: not opened.
    [cookie(org), "/account/organization/cm1licence0002/usage", false],
    [cookie(org), "/newsroom/licences", false],
    [cookie(pub), ORG, false],
    [cookie(org), `${ORG}/csv`, false],
    [cookie(org), "/articles/2007090041", false],
    // Another session, no session, expired, too far ahead, another key, a renamed scope, a changed signature.
    [cookie(org, "another-session"), ORG, false],
    [`${REPORT_PASS_COOKIE}=${org}`, ORG, false],
    [cookie(mintReportPass(key, "o-cm1licence0001", at(-1), TOKEN)), ORG, false],
    [cookie(mintReportPass(key, "o-cm1licence0001", at(125), TOKEN)), ORG, true],
    [cookie(mintReportPass(key, "o-cm1licence0001", at(126), TOKEN)), ORG, false],
    [cookie(mintReportPass(passKey("another-secret-of-sufficient-length"), "pub", at(60), TOKEN)), "/newsroom/licences", false],
    [cookie(`o-cm1licence0002.${org.split(".").slice(1).join(".")}`), "/account/organization/cm1licence0002/usage", false],
    [cookie(`${org.slice(0, -1)}${org.endsWith("A") ? "B" : "A"}`), ORG, false],
    // An access pass is not a report pass.
    [`next-auth.session-token=${TOKEN}; ${PASS_COOKIE}=${mintPass(key, "full", at(60), TOKEN)}`, ORG, false],
    [undefined, ORG, false],
  ];
  const passOf = (c: string | undefined) => new RegExp(`${REPORT_PASS_COOKIE}=([^;]+)`).exec(c ?? "")?.[1];
  const sessionOf = (c: string | undefined) => /session-token=([^;]+)/.exec(c ?? "")?.[1];
  for (const [c, uri, want] of list) expect(verifyReportPass(key, passOf(c), sessionOf(c), uri, now), `${c} on ${uri}`).toBe(want);
  return list;
}

describe("report passes (decision 36)", () => {
  it("name the report of an address, and nothing else", () => {
    expect(reportScope("/account/organization/abc123/usage")).toMatchObject({ scope: "o-abc123", organizationId: "abc123" });
    expect(reportScope("/newsroom/licences")).toMatchObject({ scope: "pub", organizationId: null, cookiePath: "/newsroom/licences" });
    for (const p of [
      "/account/organization/abc123/usage/csv",
      "/newsroom/licences/csv",
      "/account/organization/abc123",
      "/newsroom",
      "/account/organization/a.b/usage",
    ])
      expect(reportScope(p), p).toBeNull();
  });

  it("the njs check's constants are the contract's", () => {
    const m = passModuleInNode();
    expect(m.REPORT_PASS_COOKIE).toBe(REPORT_PASS_COOKIE);
    expect(m.REPORT_MAX_AHEAD_MS).toBe(REPORT_PASS_MAX_AHEAD_MS);
  });

  it("the njs check opens what verifyReportPass opens, on every vector (in Node)", () => {
    const m = passModuleInNode();
    for (const [c, uri, want] of reportVectors()) expect(m.reportOf(c, uri, key, now.getTime()), `${c} on ${uri}`).toBe(want ? "1" : "");
  });

  it.skipIf(!hasNjsCli())("the njs check opens what verifyReportPass opens, on every vector (under njs itself)", () => {
    const v = reportVectors();
    expect(reportsUnderNjs(v.map(([c, uri]) => [c, uri, key, now.getTime()]))).toEqual(v.map(([, , want]) => (want ? "1" : "")));
  });
});

describe("deploy/front/front.conf.template", () => {
  it("recognises every session cookie of the contract as a session", () => {
    const conf = frontHttpBlock({ upstream: "127.0.0.1:1", listen: "1", cacheDir: "/c", passes: { script: "/p.js" }, secrets: "" });
    const re = conf.match(/map \$http_cookie \$tld_session \{\s*default 0;\s*"~([^"]+)" 1;/)![1].replace(/\\\\/g, "\\");
    for (const name of SESSION_COOKIES) expect(new RegExp(re).test(`theme=dark; ${name}=abc`), name).toBe(true);
    expect(new RegExp(re).test("xnext-auth.session-token=abc")).toBe(false);
  });

  it("renders with every value named, and fails loudly on one it does not know", () => {
    const conf = frontHttpBlock({ upstream: "127.0.0.1:1", listen: "1", cacheDir: "/c", passes: null, secrets: "" });
    expect(conf).not.toMatch(/\{\{|\}\}/);
    expect(conf).not.toContain("js_set");
    expect(() => renderTemplate("{{NOPE}}", {})).toThrow(/NOPE/);
    expect(readFileSync(path.join(FRONT_DIR, "front.conf.template"), "utf8")).toContain("{{#PASSES}}");
  });
});
