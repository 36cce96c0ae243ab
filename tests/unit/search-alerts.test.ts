import { describe, expect, it } from "vitest";
import { access, ANONYMOUS, canReadLibrary, type Viewer } from "../support/rules.ts";
import { alertEmail } from "../../lib/search/alert-email.ts";
import { unsubscribeToken, verifyUnsubscribeToken } from "../../lib/search/unsubscribe.ts";

const SECRET = "unit-test-secret-0123456789";

describe("unsubscribe tokens", () => {
  const id = "3f1c8a52-6d1e-4f7e-9a43-0c6f0d2b9e11";
  it("verify for the alert they were made for", () => {
    expect(verifyUnsubscribeToken(unsubscribeToken(id, SECRET), SECRET)).toBe(id);
  });
  it("cannot be forged or moved to another alert", () => {
    const t = unsubscribeToken(id, SECRET);
    const other = "3f1c8a52-6d1e-4f7e-9a43-0c6f0d2b9e12";
    expect(verifyUnsubscribeToken(`${other}.${t.split(".")[1]}`, SECRET)).toBeNull();
    expect(verifyUnsubscribeToken(t, "another-secret-0123456789")).toBeNull();
    expect(verifyUnsubscribeToken(`${t}x`, SECRET)).toBeNull();
    for (const bad of ["", "abc", null, 42, `${id}.`, `${id}.'; drop`]) expect(verifyUnsubscribeToken(bad, SECRET)).toBeNull();
  });
});

describe("alert email", () => {
  const base = {
    alertName: "Xinjiang <b>",
    manageUrl: "https://t.test/account/alerts",
    unsubscribePageUrl: "https://t.test/alerts/stop?token=a.b",
    oneClickUrl: "https://t.test/alerts/unsubscribe?token=a.b",
    siteUrl: "https://t.test",
  };
  const article = {
    kind: "article" as const,
    headline: "US Sanctions Xinjiang Bureau",
    teaserText: "The U.S. imposed sanctions <script>x</script>.",
    url: "https://t.test/articles/2007090041/us",
    date: "2020-07-09T21:10:00Z",
  };
  const document = {
    kind: "document" as const,
    title: "Luminara v. United States",
    typeLabel: "Court opinion",
    issuer: "U.S. Court of International Trade",
    caseNumber: "24-00025",
    date: "2020-07-14T12:00:00Z",
    url: "https://t.test/documents/d1",
  };

  it("an instant email names the item and carries a one-click unsubscribe header", () => {
    const m = alertEmail({ ...base, frequency: "INSTANT", items: [article] });
    expect(m.subject).toContain("US Sanctions Xinjiang Bureau");
    expect(m.text).toContain(article.url);
    expect(m.text).toContain(base.unsubscribePageUrl);
    expect(m.headers["List-Unsubscribe"]).toBe(`<${base.oneClickUrl}>`);
    expect(m.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  });

  it("escapes what editors and readers typed in the HTML part", () => {
    const m = alertEmail({ ...base, frequency: "INSTANT", items: [article] });
    expect(m.html).not.toContain("<script>");
    expect(m.html).not.toContain("Xinjiang <b>");
    expect(m.html).toContain("Xinjiang &lt;b&gt;");
  });

  it("a digest lists documents by their metadata and counts what is left", () => {
    const m = alertEmail({ ...base, frequency: "DAILY", items: [article, document], more: 3 });
    expect(m.subject).toContain("5 new items");
    expect(m.text).toContain("Court opinion · U.S. Court of International Trade · 24-00025");
    expect(m.text).toContain("and 3 more");
  });
});

describe("search full text follows access()", () => {
  // lib/search decides with canReadLibrary(); for any published article that must equal access() === "full".
  const now = new Date("2026-03-10T12:00:00Z");
  const published = { status: "PUBLISHED" as const, publishedAt: new Date("2026-03-01T12:00:00Z") };
  const r = (over: Partial<Viewer>): Viewer => ({ userId: "u", email: "u@x.test", role: "READER", previewEndsAt: null, grants: [], ...over });
  const grant = {
    source: "individual" as const,
    status: "ACTIVE" as const,
    currentPeriodEnd: new Date("2026-04-01T00:00:00Z"),
    cancelAtPeriodEnd: false,
    pastDueSince: null,
  };
  const viewers: Viewer[] = [
    ANONYMOUS,
    r({}),
    r({ previewEndsAt: new Date("2026-03-12T00:00:00Z") }),
    r({ previewEndsAt: new Date("2026-03-09T00:00:00Z") }),
    r({ grants: [grant] }),
    r({ grants: [{ ...grant, status: "CANCELED" }] }),
    r({ role: "EDITOR" }),
    r({ role: "ADMIN" }),
  ];
  it.each(viewers.map((v, i) => [i, v] as const))("viewer %i", (_i, v) => {
    expect(canReadLibrary(v, now)).toBe(access(published, v, now) === "full");
  });
});
