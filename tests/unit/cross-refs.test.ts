import { describe, expect, it } from "vitest";
import { citedIds, linkCrossRefs } from "../../lib/articles/cross-refs.ts";
import { markdownToHtml } from "../../lib/articles/markdown.ts";

const targets = new Map([["2006170064", { publicId: "2006170064", headline: 'Trump Signs "Uighur" Act', path: "/articles/2006170064/trump-signs" }]]);

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
    const html = linkCrossRefs(markdownToHtml("Signed (see 2006170064). Also (see 1901010001)."), targets);
    expect(html).toContain('<a href="/articles/2006170064/trump-signs" title="Trump Signs &quot;Uighur&quot; Act" class="xref">2006170064</a>');
    expect(html).toContain("(see 1901010001)");
    expect(html).not.toContain('href="/articles/1901010001');
  });
});

describe("markdown sanitising", () => {
  const payloads = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    '<a href="javascript:alert(1)">x</a>',
    '<p style="background:url(javascript:alert(1))">x</p>',
    '<iframe src="https://evil.example"></iframe>',
    "<svg onload=alert(1)>",
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    "<style>body{display:none}</style>",
    '<div onclick="alert(1)">x</div>',
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  ];
  for (const p of payloads)
    it(`neutralises ${p.slice(0, 40)}`, () => {
      const html = markdownToHtml(p).toLowerCase();
      expect(html).not.toMatch(/<script|onerror|onload|onclick|javascript:|<iframe|<style|style=|data:text/);
    });
});
