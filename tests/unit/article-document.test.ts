// The stored document format (decision 24): cross-references linked on the
// parsed document, the allow-list against pasted and typed payloads, tables
// in a scroll box, text for feeds and search, and the Markdown migration.
import sanitizeHtml from "sanitize-html";
import { describe, expect, it } from "vitest";
import { citedIds } from "../../lib/articles/cross-refs.ts";
import { canonicalHtml, documentBlocks, documentText, documentWords, renderDocument } from "../../lib/articles/document.ts";
import { legacyMarkdownHtml, markdownToDocument } from "../../lib/articles/markdown.ts";
import { articles } from "../../prisma/seed/content/articles.ts";

const targets = new Map([
  ["2006170064", { publicId: "2006170064", headline: 'Trump Signs "Uighur" Act', path: "/articles/2006170064/trump-signs" }],
  ["2007090041", { publicId: "2007090041", headline: "Seed story", path: "/articles/2007090041/seed-story" }],
]);

describe("cross-references", () => {
  it("finds single and listed citations once each", () => {
    expect(citedIds("a (see 2006170064) b (see 2007010040, 2006170064) c (see 2001010001 and 2001010002)")).toEqual([
      "2006170064",
      "2007010040",
      "2001010001",
      "2001010002",
    ]);
  });
  it("ignores numbers that are not citations", () => {
    expect(citedIds("case 2006170064 and (see 123) and (see 20061700644)")).toEqual([]);
  });
  it("links known targets with the headline as title and leaves unknown IDs as text", () => {
    const html = renderDocument("<p>Signed (see 2006170064). Also (see 1901010001).</p>", targets);
    expect(html).toContain('<a href="/articles/2006170064/trump-signs" title="Trump Signs &quot;Uighur&quot; Act" class="xref">2006170064</a>');
    expect(html).toContain("(see 1901010001)");
    expect(html).not.toContain('href="/articles/1901010001');
  });
  it("links each ID of a list", () => {
    const html = renderDocument("<p>(see 2006170064 and 2007090041)</p>", targets);
    expect(html).toBe(
      '<p>(see <a href="/articles/2006170064/trump-signs" title="Trump Signs &quot;Uighur&quot; Act" class="xref">2006170064</a> and <a href="/articles/2007090041/seed-story" title="Seed story" class="xref">2007090041</a>)</p>',
    );
  });
  it("never touches an attribute: a link titled with a citation keeps its title whole (the old regex broke out of it)", () => {
    const doc = markdownToDocument('[x](https://example.org/ "(see 2007090041)")');
    const html = renderDocument(doc, targets);
    expect(html).toBe('<p><a href="https://example.org/" title="(see 2007090041)" rel="noopener noreferrer nofollow">x</a></p>');
    expect(citedIds(documentText(doc))).toEqual([]);
  });
  it("does not nest a link inside a link", () => {
    const html = renderDocument('<p><a href="https://example.org/">ruling (see 2007090041)</a></p>', targets);
    expect(html).not.toContain("xref");
  });
  it("links a citation inside emphasis and table cells", () => {
    expect(renderDocument("<p><strong>(see 2007090041)</strong></p>", targets)).toContain('class="xref">2007090041</a>)</strong>');
    expect(renderDocument("<table><tbody><tr><td>(see 2007090041)</td></tr></tbody></table>", targets)).toContain('class="xref"');
  });
});

describe("the stored allow-list (typed, pasted and migrated payloads)", () => {
  const payloads = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href="  javascript:alert(1)">x</a>',
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<p style="background:url(javascript:alert(1))">x</p>',
    '<iframe src="https://evil.example"></iframe>',
    "<svg onload=alert(1)>",
    '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    '<svg><animate onbegin="alert(1)" attributeName="x"/></svg>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
    "<style>body{display:none}</style>",
    '<div onclick="alert(1)">x</div>',
    '<table onmouseover="alert(1)"><tr><td background="javascript:alert(1)">x</td></tr></table>',
    '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">',
    '<form action="javascript:alert(1)"><button>x</button></form>',
    '<base href="javascript:alert(1)//">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    '<p><span style="mso-list:Ignore" onmouseover="alert(1)">·</span></p>',
    "<!--[if gte mso 9]><script>alert(1)</script><![endif]-->",
    '<a href="https://ok.example/" onclick="alert(1)" target="_blank">ok</a>',
    "<template><img src=x onerror=alert(1)></template>",
    "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
    "[click](javascript:alert(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  ];
  // Elements and attributes that could run or load anything; "javascript:" as
  // text (a Markdown payload read as HTML) is only words on the page.
  const DANGER =
    /<script|<img|<svg|<iframe|<style|<object|<embed|<form|<base|<meta|<math|<template|\son[a-z]+=|(href|src|action)=["']?\s*(javascript|vbscript|data):|style=|xlink/i;
  for (const p of payloads)
    it(`neutralises ${p.slice(0, 60)}`, () => {
      for (const stored of [canonicalHtml(p), markdownToDocument(p)]) {
        expect(stored).not.toMatch(DANGER);
        expect(renderDocument(stored, targets)).not.toMatch(DANGER);
        // Rendering what is stored is stable: the second pass changes nothing.
        expect(canonicalHtml(stored)).toBe(stored);
      }
      // Even a row written around the sanitiser is cleaned when rendered.
      expect(renderDocument(p, targets)).not.toMatch(DANGER);
    });

  it("keeps what a story needs: headings, emphasis, lists, quotes, links, tables", () => {
    const html =
      '<h1>Title</h1><h3>Sub</h3><p><b>bold</b> <i>it</i> <a href="https://www.cbp.gov/x" title="CBP">link</a> <a href="mailto:desk@example.org">mail</a></p>' +
      '<ul><li><p>one</p></li></ul><ol start="3"><li>three</li></ol><blockquote><p>quote</p></blockquote>' +
      '<table><thead><tr><th colspan="2">HTS</th></tr></thead><tbody><tr><td>8712.00</td><td>11%</td></tr></tbody></table>';
    expect(canonicalHtml(html)).toBe(
      '<h2>Title</h2><h3>Sub</h3><p><strong>bold</strong> <em>it</em> <a href="https://www.cbp.gov/x" title="CBP">link</a> <a href="mailto:desk@example.org">mail</a></p>' +
        '<ul><li><p>one</p></li></ul><ol start="3"><li>three</li></ol><blockquote><p>quote</p></blockquote>' +
        '<table><thead><tr><th colspan="2">HTS</th></tr></thead><tbody><tr><td>8712.00</td><td>11%</td></tr></tbody></table>',
    );
  });

  it("drops Word's styling noise and keeps its words", () => {
    const word =
      '<p class=MsoNormal style="margin:0"><span style="font-family:Calibri;mso-fareast-language:EN-US">Duty <o:p></o:p>rates</span></p><p class=MsoNormal>&nbsp;</p>';
    expect(canonicalHtml(word)).toBe("<p>Duty rates</p>");
  });
});

describe("tables for readers", () => {
  const table = "<table><tbody><tr><th>HTS</th><th>Rate</th></tr><tr><td>8712.00.15</td><td>11%</td></tr></tbody></table>";
  it("wraps a table in its own labelled, keyboard-scrollable box", () => {
    expect(renderDocument(table)).toMatch(/^<div class="table-scroll" role="region" aria-label="Table" tabindex="0"><table>/);
  });
  it("gives the PDF rows of cells, the header row marked", () => {
    expect(documentBlocks(`<p>Before</p>${table}`)).toEqual([
      { kind: "p", runs: [{ text: "Before" }], depth: 0 },
      {
        kind: "table",
        rows: [
          { header: true, cells: ["HTS", "Rate"] },
          { header: false, cells: ["8712.00.15", "11%"] },
        ],
      },
    ]);
  });
  it("separates cells and blocks in plain text", () => {
    expect(documentText(`<h2>Rates</h2>${table}<p>After &amp; more</p>`)).toBe("Rates HTS Rate 8712.00.15 11% After & more");
  });
});

// What the site rendered before decision 24 (marked, then this allow-list).
const LEGACY_POLICY: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "strong",
    "b",
    "em",
    "i",
    "u",
    "s",
    "a",
    "ul",
    "ol",
    "li",
    "blockquote",
    "h2",
    "h3",
    "h4",
    "code",
    "pre",
    "hr",
    "sup",
    "sub",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: { a: ["href", "title", "class", "rel"], td: ["align"], th: ["align"] },
  allowedSchemes: ["http", "https", "mailto"],
  disallowedTagsMode: "discard",
};

describe("the Markdown migration", () => {
  it(`every demo article (${articles.length}) renders the same words before and after`, () => {
    expect(articles.length).toBeGreaterThan(40);
    for (const a of articles)
      for (const md of [a.teaser, a.body]) {
        const before = documentWords(sanitizeHtml(legacyMarkdownHtml(md), LEGACY_POLICY));
        const after = documentWords(renderDocument(markdownToDocument(md), targets));
        expect(after, a.publicId).toEqual(before);
        expect(after.length).toBeGreaterThan(5);
      }
  });
  it("keeps structure: lists, quotes and emphasis become their elements", () => {
    const doc = markdownToDocument("Intro **bold**\n\n- a\n- b\n\n> quoted\n\n## Heading");
    expect(doc).toBe("<p>Intro <strong>bold</strong></p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<blockquote>\n<p>quoted</p>\n</blockquote>\n<h2>Heading</h2>");
  });
});

describe("the revision diff's text", () => {
  it("reads a document as paragraphs, list items and table rows", async () => {
    const { documentPlainText } = await import("../../lib/articles/document.ts");
    expect(
      documentPlainText(
        "<h2>Rates</h2><p>Intro <strong>bold</strong></p><ul><li>a</li><li>b</li></ul><blockquote><p>q</p></blockquote><table><tr><th>HTS</th><th>Rate</th></tr><tr><td>8712</td><td>11%</td></tr></table>",
      ),
    ).toBe("Rates\n\nIntro bold\n\n• a\n\n• b\n\n> q\n\nHTS | Rate\n8712 | 11%");
  });
});
