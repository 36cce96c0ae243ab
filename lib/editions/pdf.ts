// The in-depth PDF edition (pdfkit): masthead, date, contents with headlines
// and public IDs, then every article in full, cross-references as links inside
// the PDF when the cited story is in the same edition and as URLs otherwise,
// and page numbers.
import PDFDocument from "pdfkit";
import { config } from "../config.ts";
import type { EditionContent } from "./content.ts";

const BRAND = "#7a1f1f";
const SEE = /\(see\s+(\d{10})\)/g;

function longDate(day: string) {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString("en-US", { weekday: "long", year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
}

/** Markdown to plain runs: **bold** and *italic* markers dropped, lists and quotes kept as text shapes. */
type Block = { kind: "p" | "li" | "quote"; text: string };

function blocks(markdown: string): Block[] {
  return markdown
    .split(/\n{2,}/)
    .flatMap((block): Block[] => {
      const lines = block.split("\n");
      if (lines.every((l) => /^\s*[-*]\s+/.test(l))) return lines.map((l) => ({ kind: "li" as const, text: l.replace(/^\s*[-*]\s+/, "") }));
      if (lines.every((l) => l.startsWith(">"))) return [{ kind: "quote" as const, text: lines.map((l) => l.replace(/^>\s?/, "")).join(" ") }];
      return [{ kind: "p" as const, text: lines.join(" ") }];
    })
    .map((b) => ({
      ...b,
      text: b.text
        .replace(/\*\*(.+?)\*\*/g, "$1")
        .replace(/\*(.+?)\*/g, "$1")
        .replace(/\[(.+?)\]\((.+?)\)/g, "$1 ($2)")
        .trim(),
    }))
    .filter((b) => b.text);
}

function writeWithRefs(doc: PDFKit.PDFDocument, text: string, inEdition: Set<string>, opts: PDFKit.Mixins.TextOptions) {
  const site = config().siteUrl;
  let last = 0;
  const parts: { text: string; ref?: string }[] = [];
  for (const m of text.matchAll(SEE)) {
    parts.push({ text: text.slice(last, m.index) + "(see " });
    parts.push({ text: m[1], ref: m[1] });
    last = m.index! + m[0].length - 1;
  }
  parts.push({ text: text.slice(last) });
  parts.forEach((p, i) => {
    const more = i < parts.length - 1;
    if (!p.ref) doc.fillColor("#111").text(p.text, { ...opts, continued: more, link: null, goTo: undefined, underline: false });
    else if (inEdition.has(p.ref)) doc.fillColor(BRAND).text(p.text, { ...opts, continued: more, goTo: `a-${p.ref}`, underline: true });
    else doc.fillColor(BRAND).text(p.text, { ...opts, continued: more, link: `${site}/articles/${p.ref}`, underline: true });
  });
}

export async function renderEditionPdf(content: EditionContent): Promise<{ pdf: Buffer; pages: number }> {
  const doc = new PDFDocument({
    size: "LETTER",
    margins: { top: 64, bottom: 64, left: 64, right: 64 },
    bufferPages: true,
    info: { Title: `Trade Law Daily — ${longDate(content.day)}`, Author: "Trade Law Daily" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((r) => doc.on("end", () => r()));
  const inEdition = new Set(content.groups.flatMap((g) => g.articles.map((a) => a.publicId)));
  const width = doc.page.width - 128;

  // Masthead and contents.
  doc.font("Times-Bold").fontSize(34).fillColor(BRAND).text("Trade Law Daily", { align: "center" });
  doc
    .moveDown(0.2)
    .font("Helvetica")
    .fontSize(11)
    .fillColor("#333")
    .text(`In-depth edition · ${longDate(content.day)}`, { align: "center" });
  doc
    .moveDown(0.4)
    .moveTo(64, doc.y)
    .lineTo(64 + width, doc.y)
    .lineWidth(2)
    .strokeColor(BRAND)
    .stroke();
  doc.moveDown(1).font("Times-Bold").fontSize(18).fillColor("#111").text("Contents");
  doc.moveDown(0.5);
  if (content.count === 0) doc.font("Times-Italic").fontSize(12).text("No stories were published for this edition.");
  for (const g of content.groups) {
    doc.moveDown(0.4).font("Helvetica-Bold").fontSize(9).fillColor(BRAND).text(g.topic.toUpperCase());
    for (const a of g.articles) {
      doc
        .font("Times-Roman")
        .fontSize(12)
        .fillColor("#111")
        .text(a.headline, { goTo: `a-${a.publicId}`, continued: true })
        .font("Helvetica")
        .fontSize(9)
        .fillColor("#555")
        .text(`   ${a.publicId}`, { goTo: `a-${a.publicId}` });
    }
  }

  // Articles in full.
  for (const g of content.groups)
    for (const a of g.articles) {
      doc.addPage();
      doc.addNamedDestination(`a-${a.publicId}`);
      doc.font("Helvetica-Bold").fontSize(9).fillColor(BRAND).text(a.topics.join(" · ").toUpperCase());
      doc.moveDown(0.3).font("Times-Bold").fontSize(20).fillColor("#111").text(a.headline);
      doc
        .moveDown(0.3)
        .font("Helvetica")
        .fontSize(9)
        .fillColor("#555")
        .text(
          `${a.authors.length ? `By ${a.authors.join(" and ")} · ` : ""}${a.publishedAt.toLocaleDateString("en-US", { dateStyle: "long", timeZone: "America/New_York" })} · Article ID ${a.publicId}`,
        );
      doc.moveDown(0.8);
      for (const b of [...blocks(a.teaser), ...blocks(a.body)]) {
        const opts = { width: b.kind === "p" ? width : width - 24, align: "left" as const, lineGap: 3 };
        doc.font(b.kind === "quote" ? "Times-Italic" : "Times-Roman").fontSize(12);
        if (b.kind !== "p") doc.x = 64 + 24;
        writeWithRefs(doc, b.kind === "li" ? `• ${b.text}` : b.text, inEdition, opts);
        doc.x = 64;
        doc.moveDown(0.6);
      }
    }

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font("Helvetica")
      .fontSize(8)
      .fillColor("#777")
      .text(`Trade Law Daily · ${content.day} · Page ${i + 1} of ${range.count}`, 64, doc.page.height - 40, { width, align: "center", lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  await done;
  return { pdf: Buffer.concat(chunks), pages: range.count };
}
