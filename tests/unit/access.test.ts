import { describe, expect, it } from "vitest";
import {
  access,
  ANONYMOUS,
  TEST_POLICY,
  canReadLibrary,
  grantIsActive,
  redactForViewer,
  viewerKind,
  type Grant,
  type Viewer,
  type ArticleState,
} from "../support/rules.ts";

const now = new Date("2026-03-10T12:00:00Z");
const day = 86_400_000;
const at = (offsetDays: number) => new Date(now.getTime() + offsetDays * day);

const reader = (over: Partial<Viewer> = {}): Viewer => ({ userId: "u1", email: "r@example.com", role: "READER", previewEndsAt: null, grants: [], ...over });
const grant = (over: Partial<Grant> = {}): Grant => ({
  source: "individual",
  status: "ACTIVE",
  currentPeriodEnd: at(20),
  cancelAtPeriodEnd: false,
  pastDueSince: null,
  ...over,
});

const viewers: Record<string, Viewer> = {
  anonymous: ANONYMOUS,
  preview: reader({ previewEndsAt: at(3) }),
  "preview-expired": reader({ previewEndsAt: at(-1) }),
  subscriber: reader({ previewEndsAt: at(-30), grants: [grant()] }),
  "organization member": reader({ grants: [grant({ source: "organization" })] }),
  editor: reader({ role: "EDITOR" }),
  admin: reader({ role: "ADMIN" }),
};

const articles: Record<string, ArticleState> = {
  published: { status: "PUBLISHED", publishedAt: at(-2) },
  draft: { status: "DRAFT", publishedAt: null },
  scheduled: { status: "SCHEDULED", publishedAt: null },
  "published in the future": { status: "PUBLISHED", publishedAt: at(1) },
};

// Expected access for every viewer kind x article state.
const expected: Record<string, Record<string, "teaser" | "full">> = {
  anonymous: { published: "teaser", draft: "teaser", scheduled: "teaser", "published in the future": "teaser" },
  preview: { published: "full", draft: "teaser", scheduled: "teaser", "published in the future": "teaser" },
  "preview-expired": { published: "teaser", draft: "teaser", scheduled: "teaser", "published in the future": "teaser" },
  subscriber: { published: "full", draft: "teaser", scheduled: "teaser", "published in the future": "teaser" },
  "organization member": { published: "full", draft: "teaser", scheduled: "teaser", "published in the future": "teaser" },
  editor: { published: "full", draft: "full", scheduled: "full", "published in the future": "full" },
  admin: { published: "full", draft: "full", scheduled: "full", "published in the future": "full" },
};

describe("access(article, viewer, now)", () => {
  for (const [vName, viewer] of Object.entries(viewers))
    for (const [aName, article] of Object.entries(articles))
      it(`${vName} reading a ${aName} article gets ${expected[vName][aName]}`, () => {
        expect(access(article, viewer, now)).toBe(expected[vName][aName]);
      });

  it("a preview ends at its exact end time", () => {
    const v = reader({ previewEndsAt: now });
    expect(access(articles.published, v, new Date(now.getTime() - 1))).toBe("full");
    expect(access(articles.published, v, now)).toBe("teaser");
  });
});

describe("viewerKind", () => {
  it("names each kind", () => {
    expect(viewerKind(viewers.anonymous, now)).toBe("anonymous");
    expect(viewerKind(viewers.preview, now)).toBe("preview");
    expect(viewerKind(viewers["preview-expired"], now)).toBe("preview-expired");
    expect(viewerKind(viewers.subscriber, now)).toBe("subscriber");
    expect(viewerKind(viewers.editor, now)).toBe("editor");
    expect(viewerKind(viewers.admin, now)).toBe("admin");
  });
});

describe("subscription grants", () => {
  it("past_due keeps access through the grace period, then not", () => {
    const g = grant({ status: "PAST_DUE", pastDueSince: at(-6) });
    expect(grantIsActive(g, now, { ...TEST_POLICY, paymentGraceDays: 7 })).toBe(true);
    expect(grantIsActive(g, at(1.01), { ...TEST_POLICY, paymentGraceDays: 7 })).toBe(false);
  });
  it("cancel at period end keeps access until the end, not a moment after", () => {
    const g = grant({ cancelAtPeriodEnd: true, currentPeriodEnd: at(5) });
    expect(grantIsActive(g, at(4.99))).toBe(true);
    expect(grantIsActive(g, at(5))).toBe(false);
  });
  it("canceled, unpaid and incomplete subscriptions grant nothing", () => {
    for (const status of ["CANCELED", "UNPAID", "INCOMPLETE", "INCOMPLETE_EXPIRED", "PAUSED"] as const)
      expect(grantIsActive(grant({ status }), now)).toBe(false);
  });
  it("an active subscription whose renewal webhook is late keeps access for the leeway only", () => {
    const g = grant({ currentPeriodEnd: at(-0.5) });
    expect(grantIsActive(g, now)).toBe(true);
    expect(grantIsActive(grant({ currentPeriodEnd: at(-2) }), now)).toBe(false);
  });
});

describe("invoice-billed licences (net terms)", () => {
  const policy = { ...TEST_POLICY, paymentGraceDays: 7 };
  it("an open invoice within its terms grants reading like an active subscription", () => {
    const g = grant({ source: "organization", currentPeriodEnd: at(365), unpaidInvoiceDueAt: at(30) });
    expect(grantIsActive(g, now, policy)).toBe(true);
    expect(grantIsActive(g, at(29.9), policy)).toBe(true);
  });
  it("unpaid past the due date keeps reading for the grace days only, even if no webhook changed the status", () => {
    const g = grant({ source: "organization", currentPeriodEnd: at(365), unpaidInvoiceDueAt: at(30) });
    expect(grantIsActive(g, at(36.9), policy)).toBe(true);
    expect(grantIsActive(g, at(37), policy)).toBe(false);
  });
  it("marked past due by Stripe at the due date: the same end, due date plus grace", () => {
    const g = grant({ source: "organization", status: "PAST_DUE", pastDueSince: at(30), currentPeriodEnd: at(365), unpaidInvoiceDueAt: at(30) });
    expect(grantIsActive(g, at(36.9), policy)).toBe(true);
    expect(grantIsActive(g, at(37.01), policy)).toBe(false);
  });
  it("paid (no open invoice): the period decides, as for card billing", () => {
    expect(grantIsActive(grant({ currentPeriodEnd: at(365), unpaidInvoiceDueAt: null }), at(300), policy)).toBe(true);
  });
  it("a licence whose first invoice is not finalized yet grants nothing", () => {
    expect(grantIsActive(grant({ status: "INCOMPLETE", currentPeriodEnd: at(365) }), now, policy)).toBe(false);
  });
});

describe("redactForViewer", () => {
  const article = { ...articles.published, publicId: "2007090041", headline: "H", teaser: "T", body: "SECRET BODY" };
  it("removes the body for teaser access", () => {
    const view = redactForViewer(article, viewers.anonymous, now);
    expect(view.body).toBeNull();
    expect(JSON.stringify(view)).not.toContain("SECRET BODY");
    expect(view.access).toBe("teaser");
  });
  it("keeps the body for full access", () => {
    expect(redactForViewer(article, viewers.preview, now).body).toBe("SECRET BODY");
  });
});

describe("canReadLibrary", () => {
  it("lets staff, subscribers and running previews download documents, nobody else", () => {
    expect(canReadLibrary(viewers.anonymous, now)).toBe(false);
    expect(canReadLibrary(viewers["preview-expired"], now)).toBe(false);
    expect(canReadLibrary(viewers.preview, now)).toBe(true);
    expect(canReadLibrary(viewers.subscriber, now)).toBe(true);
    expect(canReadLibrary(viewers["organization member"], now)).toBe(true);
    expect(canReadLibrary(viewers.editor, now)).toBe(true);
  });
});
