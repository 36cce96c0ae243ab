import { describe, expect, it } from "vitest";
import { snippetParts, snippetText } from "../../lib/search/snippet.ts";

describe("snippetParts", () => {
  it("turns ts_headline marks into marked parts and joins the words of a phrase", () => {
    expect(snippetParts("including the <mark>Integrated</mark> <mark>Joint</mark> <mark>Operations</mark> <mark>Platform</mark>, an AI system")).toEqual([
      { text: "including the ", mark: false },
      { text: "Integrated Joint Operations Platform", mark: true },
      { text: ", an AI system", mark: false },
    ]);
  });

  it("keeps any other markup as inert text, so only <mark> can reach the page", () => {
    const parts = snippetParts('<script>alert(1)</script> <img src=x onerror="x"> <mark>duty</mark> <b>bold</b>');
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(["duty"]);
    expect(snippetText(parts)).toContain("<script>alert(1)</script>");
    // No part is a tag: the renderer escapes every part as text.
    expect(parts.every((p) => typeof p.text === "string")).toBe(true);
  });

  it("survives unbalanced and nested mark tags typed into an article", () => {
    expect(snippetParts("a </mark>b <mark>c <mark>d</mark> e")).toEqual([
      { text: "a b ", mark: false },
      { text: "c d", mark: true },
      { text: " e", mark: false },
    ]);
    expect(snippetParts("<mark>open to the end")).toEqual([{ text: "open to the end", mark: true }]);
  });

  it("is empty for nothing and caps the length", () => {
    expect(snippetParts(null)).toEqual([]);
    expect(snippetParts("")).toEqual([]);
    expect(snippetText(snippetParts("word ".repeat(500), 100)).length).toBeLessThanOrEqual(101);
  });
});
