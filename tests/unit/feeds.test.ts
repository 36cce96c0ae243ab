// Private feeds' pure parts (decision 31): tokens and their keyed hash, the
// three formats with hostile text in every field, and the date a feed's
// "access ended" note carries.
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { fullAccessEndedAt, type Viewer } from "../../lib/access/rules.ts";
import { renderFeed, type FeedDocument } from "../../lib/feeds/formats.ts";
import { feedTokenHash, isFeedTokenShape, newFeedToken } from "../../lib/feeds/token.ts";

const SECRET = "s".repeat(43);

describe("feed tokens", () => {
  it("are 256 random bits in base64url, and only a keyed hash of them is kept", () => {
    const a = newFeedToken();
    const b = newFeedToken();
    expect(a).not.toBe(b);
    expect(isFeedTokenShape(a)).toBe(true);
    expect(Buffer.from(a, "base64url")).toHaveLength(32);
    expect(feedTokenHash(a, SECRET)).toMatch(/^[0-9a-f]{64}$/);
    expect(feedTokenHash(a, SECRET)).toBe(feedTokenHash(a, SECRET));
    expect(feedTokenHash(a, SECRET)).not.toBe(feedTokenHash(b, SECRET));
    // Another install's secret (or a rotated one) gives another hash: the database alone opens nothing.
    expect(feedTokenHash(a, SECRET)).not.toBe(feedTokenHash(a, "t".repeat(43)));
    for (const bad of ["", "short", `${a}x`, `${a.slice(0, 42)}=`, "../../../../etc/passwd"]) expect(isFeedTokenShape(bad)).toBe(false);
  });
});

const HOSTILE = `Tariffs & "duties" <script>alert(1)</script> ]]> 'quoted'`;
const doc: FeedDocument = {
  id: "tag:example.test,2026:feed:f1",
  title: `Trade Law Daily — ${HOSTILE}`,
  description: HOSTILE,
  homeUrl: "https://example.test/",
  urls: { rss: "https://example.test/feeds/t/rss.xml?a=1&b=2", atom: "https://example.test/feeds/t/atom.xml", json: "https://example.test/feeds/t/feed.json" },
  updated: "2026-11-30T07:00:00.000Z",
  publisher: "Trade Law Daily",
  items: [
    {
      id: "https://example.test/articles/2007090041",
      url: "https://example.test/articles/2007090041/a?x=1&y=2",
      title: HOSTILE,
      html: `<p>${HOSTILE.replace(/[<>&]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;" })[c]!)}</p><p><a href="https://example.test/x?a=1&amp;b=2">link</a></p>`,
      summary: HOSTILE,
      published: "2020-07-09T21:10:00.000Z",
      updated: "2020-07-10T10:00:00.000Z",
      topics: [{ slug: "ad-cvd", name: `AD/CVD & "more"` }],
      authors: [{ name: `O'Brien <ed>`, url: "https://example.test/authors/ob" }],
    },
  ],
};

function parse(xml: string) {
  const errors: string[] = [];
  const d = new DOMParser({
    errorHandler: { warning: () => {}, error: (m: string) => errors.push(m), fatalError: (m: string) => errors.push(m) },
  }).parseFromString(xml, "text/xml");
  expect(errors).toEqual([]);
  return d;
}

describe("feed formats", () => {
  it("RSS 2.0 is well-formed and gives back every field as written", () => {
    const d = parse(renderFeed("rss", doc));
    const item = d.getElementsByTagName("item")[0];
    expect(item.getElementsByTagName("title")[0].textContent).toBe(HOSTILE);
    expect(item.getElementsByTagName("link")[0].textContent).toBe(doc.items[0].url);
    expect(item.getElementsByTagName("description")[0].textContent).toBe(doc.items[0].html);
    expect(item.getElementsByTagName("category")[0].textContent).toBe(`AD/CVD & "more"`);
    expect(item.getElementsByTagName("pubDate")[0].textContent).toBe("Thu, 09 Jul 2020 21:10:00 GMT");
    expect(d.getElementsByTagName("atom:link")[0].getAttribute("href")).toBe(doc.urls.rss);
  });

  it("Atom is well-formed, namespaced, with ids, dates, authors and html content", () => {
    const d = parse(renderFeed("atom", doc));
    expect(d.documentElement.namespaceURI).toBe("http://www.w3.org/2005/Atom");
    const entry = d.getElementsByTagName("entry")[0];
    expect(entry.getElementsByTagName("title")[0].textContent).toBe(HOSTILE);
    expect(entry.getElementsByTagName("content")[0].textContent).toBe(doc.items[0].html);
    expect(entry.getElementsByTagName("updated")[0].textContent).toBe("2020-07-10T10:00:00.000Z");
    expect(entry.getElementsByTagName("name")[0].textContent).toBe(`O'Brien <ed>`);
    expect(entry.getElementsByTagName("link")[0].getAttribute("href")).toBe(doc.items[0].url);
  });

  it("JSON Feed 1.1 has its required fields", () => {
    const f = JSON.parse(renderFeed("json", doc));
    expect(f).toMatchObject({ version: "https://jsonfeed.org/version/1.1", title: doc.title, feed_url: doc.urls.json, home_page_url: doc.homeUrl });
    expect(f.items[0]).toMatchObject({
      id: doc.items[0].id,
      content_html: doc.items[0].html,
      date_published: doc.items[0].published,
      tags: [`AD/CVD & "more"`],
    });
  });
});

describe("when full access ended", () => {
  const now = new Date("2026-11-30T12:00:00Z");
  const viewer = (previewEndsAt: Date | null, ends: Date[]): Viewer => ({
    userId: "u",
    email: "u@example.com",
    role: "READER",
    previewEndsAt,
    grants: ends.map((currentPeriodEnd) => ({ source: "individual", status: "CANCELED", currentPeriodEnd, cancelAtPeriodEnd: true, pastDueSince: null })),
  });
  it("is the latest preview or period end that has passed, and nothing when none has", () => {
    const a = new Date("2026-11-01T00:00:00Z");
    const b = new Date("2026-11-20T00:00:00Z");
    const future = new Date("2026-12-20T00:00:00Z");
    expect(fullAccessEndedAt(viewer(a, [b, future]), now)).toEqual(b);
    expect(fullAccessEndedAt(viewer(b, [a]), now)).toEqual(b);
    expect(fullAccessEndedAt(viewer(null, []), now)).toBeNull();
    expect(fullAccessEndedAt(viewer(future, []), now)).toBeNull();
  });
});
