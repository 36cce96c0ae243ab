// Demo source documents are real PDFs, generated from their text so that the
// library, downloads and text extraction have something true to work on.
import PDFDocument from "pdfkit";

export async function renderDocumentPdf(doc: {
  title: string;
  issuer: string;
  caseNumber: string | null;
  dateIssued: string;
  paragraphs: string[];
}): Promise<{ pdf: Buffer; pages: number }> {
  const pdf = new PDFDocument({
    size: "LETTER",
    margins: { top: 72, bottom: 72, left: 72, right: 72 },
    info: { Title: doc.title, Author: doc.issuer, CreationDate: new Date(`${doc.dateIssued}T12:00:00Z`) },
  });
  const chunks: Buffer[] = [];
  pdf.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => pdf.on("end", () => resolve()));
  pdf.font("Times-Bold").fontSize(13).text(doc.issuer.toUpperCase(), { align: "center" });
  pdf.moveDown(0.5);
  if (doc.caseNumber) pdf.font("Times-Roman").fontSize(11).text(doc.caseNumber, { align: "center" });
  pdf
    .font("Times-Roman")
    .fontSize(11)
    .text(new Date(`${doc.dateIssued}T12:00:00Z`).toLocaleDateString("en-US", { dateStyle: "long", timeZone: "UTC" }), { align: "center" });
  pdf.moveDown(1);
  pdf.font("Times-Bold").fontSize(15).text(doc.title, { align: "center" });
  pdf.moveDown(1.2);
  for (const p of doc.paragraphs) {
    pdf.font("Times-Roman").fontSize(12).text(p, { align: "justify", lineGap: 3, paragraphGap: 10 });
  }
  const range = pdf.bufferedPageRange();
  const pages = range.count;
  pdf.end();
  await done;
  return { pdf: Buffer.concat(chunks), pages };
}
