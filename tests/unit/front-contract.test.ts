// The front's deployable part (deploy/front/) agrees with the app: the njs
// pass check gives verifyPass()'s answer on every vector, in Node and under
// njs itself; its constants and the template's cookie patterns are the
// contract's (lib/front/contract.ts); the template renders with every value.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mintPass, PASS_MAX_AHEAD_MS, passKey, verifyPass } from "../../lib/access/pass.ts";
import { PASS_COOKIE, SESSION_COOKIES } from "../../lib/front/contract.ts";
import { frontHttpBlock, FRONT_DIR, renderTemplate } from "../../scripts/lib/front.ts";
import { hasNjsCli, levelsUnderNjs, passModuleInNode } from "../support/njs.ts";

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
