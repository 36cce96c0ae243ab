// The rules of the two new ways in (decisions 32 and 33): free-to-read stories
// and share links, as pure functions of (article, viewer, now, policy).
import { describe, expect, it } from "vitest";
import * as rules from "../../lib/access/rules.ts";
import { ANONYMOUS, SHARED_FULL_READER, type Viewer } from "../../lib/access/rules.ts";
import { TEST_POLICY, access, redactForViewer } from "../support/rules.ts";

const now = new Date("2026-11-30T12:00:00Z");
const DAY = 86_400_000;
const published = { status: "PUBLISHED" as const, publishedAt: new Date("2020-07-09T21:10:00Z"), publicId: "2007090041" };
const reader = (over: Partial<Viewer> = {}): Viewer => ({ userId: "u", email: "u@example.com", role: "READER", previewEndsAt: null, grants: [], ...over });
const active = { status: "ACTIVE" as const, currentPeriodEnd: new Date(now.getTime() + 20 * DAY), cancelAtPeriodEnd: false, pastDueSince: null };

describe("free to read", () => {
  it("anyone who can see the story reads it in full; the body survives redaction", () => {
    for (const v of [ANONYMOUS, reader({ previewEndsAt: new Date(now.getTime() - DAY) })]) {
      expect(access({ ...published, freeToRead: true }, v, now)).toBe("full");
      expect(redactForViewer({ ...published, freeToRead: true, body: "the body" }, v, now).body).toBe("the body");
      expect(access({ ...published, freeToRead: false }, v, now)).toBe("teaser");
    }
  });
  it("a draft or a scheduled story marked free is still nobody's but staff's", () => {
    expect(access({ status: "DRAFT", publishedAt: null, freeToRead: true }, ANONYMOUS, now)).toBe("teaser");
    expect(access({ status: "SCHEDULED", publishedAt: new Date(now.getTime() + DAY), freeToRead: true }, ANONYMOUS, now)).toBe("teaser");
  });
});

describe("share links", () => {
  const recipient: Viewer = { ...ANONYMOUS, sharedArticle: "2007090041" };
  it("the link's story and no other", () => {
    expect(access(published, recipient, now)).toBe("full");
    expect(access({ ...published, publicId: "2006170064" }, recipient, now)).toBe("teaser");
    // An article state without its ID (a caller that did not select it) is never matched.
    expect(access({ status: published.status, publishedAt: published.publishedAt }, recipient, now)).toBe("teaser");
    expect(access({ status: "DRAFT", publishedAt: null, publicId: "2007090041" }, recipient, now)).toBe("teaser");
  });
  it("a recipient gets no library, no pass, no subscriber standing", () => {
    expect(rules.canReadLibrary(recipient, now, TEST_POLICY)).toBe(false);
    expect(rules.passLevel(recipient, now, new Date(now.getTime() + 120_000), TEST_POLICY)).toBe("teaser");
    expect(rules.canShare(recipient, now, TEST_POLICY)).toBe(false);
  });
  it("who may share: full readers on their own account (and the front's shared render, which only they are served)", () => {
    expect(rules.canShare(reader({ grants: [{ ...active, source: "individual" }] }), now, TEST_POLICY)).toBe(true);
    expect(rules.canShare(reader({ grants: [{ ...active, source: "organization" }] }), now, TEST_POLICY)).toBe(true);
    expect(rules.canShare(reader({ previewEndsAt: new Date(now.getTime() + DAY) }), now, TEST_POLICY)).toBe(true);
    expect(rules.canShare(reader({ role: "EDITOR" }), now, TEST_POLICY)).toBe(true);
    expect(rules.canShare(SHARED_FULL_READER, now, TEST_POLICY)).toBe(true);
    expect(rules.canShare(reader({ previewEndsAt: new Date(now.getTime() - DAY) }), now, TEST_POLICY)).toBe(false);
    expect(rules.canShare(ANONYMOUS, now, TEST_POLICY)).toBe(false);
    // An office range alone: the address reads, not a person.
    expect(rules.canShare({ ...ANONYMOUS, grants: [{ ...active, source: "ip-range" }], office: { organizationId: "o", name: "O" } }, now, TEST_POLICY)).toBe(
      false,
    );
  });
  it("state: active until it expires; revoked wins", () => {
    const exp = new Date(now.getTime() + DAY);
    expect(rules.shareLinkState({ expiresAt: exp, revokedAt: null }, now)).toBe("active");
    expect(rules.shareLinkState({ expiresAt: now, revokedAt: null }, now)).toBe("expired");
    expect(rules.shareLinkState({ expiresAt: exp, revokedAt: new Date(now.getTime() - 1) }, now)).toBe("revoked");
    expect(rules.shareLinkState({ expiresAt: new Date(now.getTime() - DAY), revokedAt: new Date(now.getTime() - 1) }, now)).toBe("revoked");
  });
  it("the monthly allowance is the calendar month in UTC", () => {
    expect(rules.shareAllowanceSince(new Date("2026-11-30T23:59:59Z")).toISOString()).toBe("2026-11-01T00:00:00.000Z");
    expect(rules.shareAllowanceResets(new Date("2026-11-30T23:59:59Z")).toISOString()).toBe("2026-12-01T00:00:00.000Z");
    expect(rules.shareAllowanceResets(new Date("2026-12-31T10:00:00Z")).toISOString()).toBe("2027-01-01T00:00:00.000Z");
  });
});
