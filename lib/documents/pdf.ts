// Recognising and reading PDFs by their content, never their name: the
// "%PDF-" signature, then a successful parse with pdfjs (Mozilla's reader).
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export class InvalidPdf extends Error {}

export function hasPdfSignature(head: Uint8Array): boolean {
  // The signature normally starts the file; readers accept it within the first KiB.
  const text = Buffer.from(head.subarray(0, 1024)).toString("latin1");
  return text.includes("%PDF-");
}

async function open(data: Buffer) {
  // pdfjs takes ownership of the array it is given; hand it a copy.
  const task = getDocument({ data: new Uint8Array(data), isEvalSupported: false, useSystemFonts: false, verbosity: 0, stopAtErrors: true });
  try {
    return await task.promise;
  } catch (e) {
    throw new InvalidPdf(`This file is damaged or is not a readable PDF (${(e as Error).message.slice(0, 80)}).`);
  }
}

/** Page count of a valid PDF; InvalidPdf otherwise. */
export async function inspectPdf(data: Buffer): Promise<{ pages: number }> {
  if (!hasPdfSignature(data)) throw new InvalidPdf("This file is not a PDF: its content does not start like one, whatever its name says.");
  const doc = await open(data);
  try {
    return { pages: doc.numPages };
  } finally {
    await doc.destroy();
  }
}

/** The text layer of every page; empty text means a scan without OCR. */
export async function extractPdfText(data: Buffer): Promise<{ text: string; pages: number }> {
  const doc = await open(data);
  try {
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      let line = "";
      const parts: string[] = [];
      for (const item of content.items) {
        if (!("str" in item)) continue;
        line += item.str;
        if (item.hasEOL) {
          parts.push(line);
          line = "";
        }
      }
      if (line) parts.push(line);
      // Wrapped lines are joined: a sentence must be findable whatever the layout.
      pages.push(parts.join(" ").replace(/\s+/g, " ").trim());
      page.cleanup();
    }
    return {
      text: pages
        .join("\n\n")
        .replace(/[ \t]+\n/g, "\n")
        .trim(),
      pages: doc.numPages,
    };
  } finally {
    await doc.destroy();
  }
}
