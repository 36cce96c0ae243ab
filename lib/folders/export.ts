// A folder exported: CSV (quoted cells, formula-looking cells defused: lib/usage/csv.ts)
// and the PDF digest (pdfkit, the edition's text writers: lib/editions/pdf.ts). Both
// are built from folderForViewer(..., { bodies }) at export time, so an article's
// body is in the digest only when the viewer may read it in full now; otherwise its
// teaser and a link.
import "server-only";
import { documentBlocks } from "../articles/document.ts";
import { finishPdf, startPdf, writeRuns, writeTable } from "../editions/pdf.ts";
import { absoluteUrl, formatDate, formatDateTime } from "../site.ts";
import { toCsv } from "../usage/csv.ts";
import type { FolderContents } from "./contents.ts";

const BRAND = "#7a1f1f";

export const CSV_HEADER = ["Saved", "Type", "Reference", "Title", "Date", "Link", "Teaser or summary", "Note"];

export function folderCsv(folder: FolderContents): string {
  return toCsv([
    CSV_HEADER,
    ...folder.entries.map((e) => [
      e.savedAt.slice(0, 10),
      e.kind === "article" ? "Article" : "Source document",
      e.reference,
      e.title,
      e.date?.slice(0, 10) ?? "",
      e.path ? absoluteUrl(e.path) : "",
      e.teaserText,
      e.note,
    ]),
  ]);
}

/** A file name from the folder's name: letters, digits and dashes only. */
export function exportFileName(folder: FolderContents, ext: "csv" | "pdf", now = new Date()): string {
  const slug =
    folder.name
      .normalize("NFKD")
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .toLowerCase()
      .slice(0, 60) || "folder";
  return `${slug}-${now.toISOString().slice(0, 10)}.${ext}`;
}

export async function folderPdf(folder: FolderContents, now = new Date()): Promise<{ pdf: Buffer; pages: number }> {
  const pdf = startPdf(`${folder.name} — Trade Law Daily folder`);
  const { doc, width } = pdf;
  const noLinksInside = new Set<string>();

  doc.font("Times-Bold").fontSize(26).fillColor(BRAND).text("Trade Law Daily");
  doc.moveDown(0.2).font("Times-Bold").fontSize(20).fillColor("#111").text(folder.name);
  doc
    .moveDown(0.2)
    .font("Helvetica")
    .fontSize(10)
    .fillColor("#333")
    .text(`Folder digest · ${folder.entries.length === 1 ? "1 item" : `${folder.entries.length} items`}, newest first · exported ${formatDateTime(now)}`);
  doc
    .moveDown(0.4)
    .moveTo(64, doc.y)
    .lineTo(64 + width, doc.y)
    .lineWidth(2)
    .strokeColor(BRAND)
    .stroke();
  if (folder.entries.length === 0) doc.moveDown(1).font("Times-Italic").fontSize(12).fillColor("#111").text("This folder is empty.");

  folder.entries.forEach((e, i) => {
    if (i > 0) {
      doc.moveDown(0.8);
      if (doc.y > doc.page.height - 200) doc.addPage();
      else
        doc
          .moveTo(64, doc.y)
          .lineTo(64 + width, doc.y)
          .lineWidth(0.5)
          .strokeColor("#bbb")
          .stroke();
    }
    doc.moveDown(0.8);
    doc
      .font("Helvetica-Bold")
      .fontSize(9)
      .fillColor(BRAND)
      .text((e.kind === "article" ? "ARTICLE" : "SOURCE DOCUMENT") + (e.reference ? `  ·  ${e.reference}` : ""));
    doc.moveDown(0.2).font("Times-Bold").fontSize(16).fillColor("#111").text(e.title);
    const dates = [e.date ? `${e.kind === "article" ? "Published" : "Issued"} ${formatDate(e.date)}` : null, `saved ${formatDate(e.savedAt)}`];
    doc.moveDown(0.2).font("Helvetica").fontSize(9).fillColor("#555").text(dates.filter(Boolean).join(" · "));
    if (e.note) {
      doc.moveDown(0.5).font("Helvetica-Bold").fontSize(10).fillColor("#111").text("Note: ", { continued: true }).font("Helvetica").text(e.note);
    }
    doc.moveDown(0.5);
    const blocks = e.kind === "article" ? documentBlocks(e.teaserHtml + (e.full && e.body ? e.body : "")) : [];
    if (e.kind === "document" && e.teaserText) doc.font("Times-Roman").fontSize(12).fillColor("#111").text(e.teaserText, { width, lineGap: 3 });
    for (const b of blocks) {
      if (b.kind === "table") {
        writeTable(doc, b, 64, width);
        doc.moveDown(0.6);
        continue;
      }
      const indent = (b.kind === "p" || b.kind === "h" ? 0 : 24) + 18 * (b.depth ?? 0);
      doc.x = 64 + indent;
      writeRuns(doc, b, noLinksInside, { width: width - indent, align: "left", lineGap: 3 });
      doc.x = 64;
      doc.moveDown(b.kind === "h" ? 0.4 : 0.6);
    }
    if (e.path) {
      const url = absoluteUrl(e.path);
      const lead = e.kind === "article" && !e.full ? "Your access shows the teaser only. Full story: " : e.kind === "article" ? "Online: " : "In the library: ";
      doc
        .moveDown(0.3)
        .font("Helvetica")
        .fontSize(9)
        .fillColor("#555")
        .text(lead, { continued: true })
        .fillColor(BRAND)
        .text(url, { link: url, underline: true });
      doc.fillColor("#111");
    }
  });

  return finishPdf(pdf, folder.name);
}
