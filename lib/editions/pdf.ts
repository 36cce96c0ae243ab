// The in-depth PDF edition (pdfkit): masthead, date, contents with headlines
// and public IDs, then every article in full, cross-references as links inside
// the PDF when the cited story is in the same edition and as URLs otherwise,
// tables as ruled grids, and page numbers. Text comes from the stored
// document's blocks (lib/articles/document.ts), never from its markup.
import PDFDocument from "pdfkit";
import { config } from "../config.ts";
import type { EditionContent } from "./content.ts";
import { SEE_CITATION, TEN_DIGITS } from "../articles/cross-refs.ts";
import { documentBlocks, type Run, type TableBlock, type TextBlock } from "../articles/document.ts";

const BRAND = "#7a1f1f";

function longDate(day: string) {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString("en-US", { weekday: "long", year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
}

const site = () => config().siteUrl;

/** One text block: its runs in order, citations linked, bold and italic kept. */
export function writeRuns(doc: PDFKit.PDFDocument, block: TextBlock, inEdition: Set<string>, opts: PDFKit.Mixins.TextOptions) {
  const base = block.kind === "h" ? "Times-Bold" : block.kind === "quote" ? "Times-Italic" : block.kind === "pre" ? "Courier" : "Times-Roman";
  const font = (r: Run) =>
    block.kind === "pre"
      ? "Courier"
      : r.bold && (r.italic || block.kind === "quote")
        ? "Times-BoldItalic"
        : r.bold
          ? "Times-Bold"
          : r.italic
            ? "Times-Italic"
            : base;
  // Split each run at its citations, so a cited story in this edition is a jump and any other a URL.
  const parts: { text: string; font: string; link?: string; goTo?: string }[] = [];
  const runs: Run[] = block.marker ? [{ text: `${block.marker} ` }, ...block.runs] : block.runs;
  for (const r of runs) {
    if (r.href) {
      parts.push({ text: r.text, font: font(r), link: r.href.startsWith("/") ? `${site()}${r.href}` : r.href });
      continue;
    }
    let last = 0;
    for (const m of r.text.matchAll(SEE_CITATION)) {
      const listAt = m.index + m[0].indexOf(m[1]);
      for (const id of m[1].matchAll(TEN_DIGITS)) {
        const idAt = listAt + id.index;
        parts.push({ text: r.text.slice(last, idAt), font: font(r) });
        parts.push(
          inEdition.has(id[0]) ? { text: id[0], font: font(r), goTo: `a-${id[0]}` } : { text: id[0], font: font(r), link: `${site()}/articles/${id[0]}` },
        );
        last = idAt + id[0].length;
      }
    }
    parts.push({ text: r.text.slice(last), font: font(r) });
  }
  const visible = parts.filter((p) => p.text);
  if (!visible.length) return;
  doc.fontSize(block.kind === "h" ? 14 : block.kind === "pre" ? 10 : 12);
  visible.forEach((p, i) => {
    const more = i < visible.length - 1;
    doc.font(p.font);
    if (p.goTo) doc.fillColor(BRAND).text(p.text, { ...opts, continued: more, goTo: p.goTo, link: null, underline: true });
    else if (p.link) doc.fillColor(BRAND).text(p.text, { ...opts, continued: more, link: p.link, goTo: undefined, underline: true });
    else doc.fillColor("#111").text(p.text, { ...opts, continued: more, link: null, goTo: undefined, underline: false });
  });
}

/** A table as ruled rows; columns share the width, a header row is bold and shaded, rows break across pages whole. */
export function writeTable(doc: PDFKit.PDFDocument, table: TableBlock, left: number, width: number) {
  const cols = Math.max(...table.rows.map((r) => r.cells.length));
  const colWidth = width / cols;
  const pad = 4;
  doc.fontSize(10);
  for (const row of table.rows) {
    const font = row.header ? "Helvetica-Bold" : "Helvetica";
    doc.font(font);
    const height = Math.max(...row.cells.map((c) => doc.heightOfString(c || " ", { width: colWidth - 2 * pad }))) + 2 * pad;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const top = doc.y;
    if (row.header) doc.rect(left, top, width, height).fillColor("#f1ece4").fill();
    for (let i = 0; i < cols; i++) {
      const x = left + i * colWidth;
      doc.rect(x, top, colWidth, height).lineWidth(0.5).strokeColor("#999").stroke();
      doc
        .font(font)
        .fillColor("#111")
        .text(row.cells[i] ?? "", x + pad, top + pad, { width: colWidth - 2 * pad, lineBreak: true });
    }
    doc.x = left;
    doc.y = top + height;
  }
}

/** A letter-size document with the house margins, its pages kept for the footer, its bytes collected. */
export function startPdf(title: string) {
  const doc = new PDFDocument({
    size: "LETTER",
    margins: { top: 64, bottom: 64, left: 64, right: 64 },
    bufferPages: true,
    info: { Title: title, Author: "Trade Law Daily" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((r) => doc.on("end", () => r()));
  return { doc, width: doc.page.width - 128, chunks, done };
}

/** "Trade Law Daily · ‹label› · Page n of N" at the foot of every page, then the finished bytes. */
export async function finishPdf(pdf: ReturnType<typeof startPdf>, label: string): Promise<{ pdf: Buffer; pages: number }> {
  const { doc, width, chunks, done } = pdf;
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font("Helvetica")
      .fontSize(8)
      .fillColor("#777")
      .text(`Trade Law Daily · ${label} · Page ${i + 1} of ${range.count}`, 64, doc.page.height - 40, { width, align: "center", lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  await done;
  return { pdf: Buffer.concat(chunks), pages: range.count };
}

export async function renderEditionPdf(content: EditionContent): Promise<{ pdf: Buffer; pages: number }> {
  const pdf = startPdf(`Trade Law Daily — ${longDate(content.day)}`);
  const { doc, width } = pdf;
  const inEdition = new Set(content.groups.flatMap((g) => g.articles.map((a) => a.publicId)));

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
      for (const b of [...documentBlocks(a.teaser), ...documentBlocks(a.body)]) {
        if (b.kind === "table") {
          writeTable(doc, b, 64, width);
          doc.moveDown(0.8);
          continue;
        }
        const indent = (b.kind === "p" || b.kind === "h" ? 0 : 24) + 18 * (b.depth ?? 0);
        doc.x = 64 + indent;
        writeRuns(doc, b, inEdition, { width: width - indent, align: "left" as const, lineGap: 3 });
        doc.x = 64;
        doc.moveDown(b.kind === "h" ? 0.4 : 0.6);
      }
    }

  return finishPdf(pdf, content.day);
}
