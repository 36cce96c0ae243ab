// Text for the generated archive, cut from the seed content (real-looking
// trade-law prose): sentences for teasers and bodies, paragraphs for the
// extracted text of source documents, and parts for headlines and titles.
// Generated articles are recombinations of these, so lengths, vocabulary and
// markup (bold, cross-references) look like the newsroom's own.
import { articles } from "../../../prisma/seed/content/articles.ts";
import { documents } from "../../../prisma/seed/content/documents.ts";

const ABBREVIATION = /\b(?:Inc|Co|Corp|Ltd|No|Nos|Sec|Secs|v|Mr|Ms|Dr|St|Jr|U\.S|Gov|Dept|Op|Fed|Cir|Reg|e\.g|i\.e)\.$/;

/** Split prose into sentences, keeping abbreviations such as "U.S." and "v." inside them. */
export function sentences(text: string): string[] {
  const parts = text.split(/(?<=[.!?)"”])\s+(?=[A-Z("“])/);
  const out: string[] = [];
  for (const p of parts) {
    const prev = out.at(-1);
    if (prev !== undefined && ABBREVIATION.test(prev)) out[out.length - 1] = `${prev} ${p}`;
    else out.push(p);
  }
  return out.map((s) => s.trim()).filter((s) => s.split(/\s+/).length >= 6 && !s.endsWith(":"));
}

/** Plain paragraphs of a Markdown body: lists and block quotes are left out. */
function proseParagraphs(markdown: string): string[] {
  return markdown
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p && !/^([-*>]|\d+\.)\s/.test(p) && !p.startsWith("#"));
}

export const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const mean = (xs: string[]) => xs.reduce((n, s) => n + words(s), 0) / Math.max(1, xs.length);

export type WordBank = {
  teaserSentences: string[];
  bodySentences: string[];
  documentParagraphs: string[];
  documentSummaries: string[];
  meanTeaserSentenceWords: number;
  meanBodySentenceWords: number;
  meanDocumentParagraphWords: number;
};

export function wordBank(): WordBank {
  const teaserSentences = [...new Set(articles.flatMap((a) => sentences(a.teaser)))];
  const bodySentences = [...new Set(articles.flatMap((a) => proseParagraphs(a.body).flatMap(sentences)))];
  const documentParagraphs = [...new Set(documents.flatMap((d) => d.paragraphs))];
  const documentSummaries = [...new Set(documents.map((d) => d.summary))];
  return {
    teaserSentences,
    bodySentences,
    documentParagraphs,
    documentSummaries,
    meanTeaserSentenceWords: mean(teaserSentences),
    meanBodySentenceWords: mean(bodySentences),
    meanDocumentParagraphWords: mean(documentParagraphs),
  };
}

// Headlines: subject + action + object (+ tail), in the seed's register.
export const HEADLINE_SUBJECTS = [
  "CBP", "Commerce", "USTR", "ITC", "CIT", "Federal Circuit", "OFAC", "BIS", "Treasury", "Lawmakers", "Importers",
  "Exporters", "Domestic Producers", "Customs Brokers", "Trade Groups", "Senate Panel", "House Committee", "White House",
];
export const HEADLINE_ACTIONS = [
  "Issues Ruling on", "Opens Probe Into", "Remands Decision on", "Upholds Duties on", "Extends Exclusions for", "Sets Preliminary Rates on",
  "Revokes Order on", "Seeks Comment on", "Settles Penalty Case Over", "Denies Protest Over", "Finds Evasion in", "Narrows Scope of Order on",
  "Reclassifies", "Detains Shipments of", "Adds Export Limits on", "Lifts Sanctions Tied to", "Challenges Valuation of", "Questions Origin of",
];
export const HEADLINE_OBJECTS = [
  "Steel Nails From China", "Aluminum Extrusions", "Solar Panels From Vietnam", "Wooden Bedroom Furniture", "Hand-Knotted Rugs",
  "Utility Carts Finished in Cambodia", "Plywood From Vietnam", "Steel Cable Trays", "Garment Steamers", "Network Switches",
  "Quartz Surface Products", "Hardwood Flooring", "Lithium Batteries", "Semiconductor Tools", "Aircraft Parts", "Cotton Apparel",
  "Tomatoes From Mexico", "Softwood Lumber", "Shrimp From India", "Oil Country Tubular Goods", "Ball Bearings", "Honey From Argentina",
  "Mattresses From Cambodia", "Drawn Stainless Sinks", "Polyester Staple Fiber", "Tires From Thailand", "Wire Rod", "Kitchen Racks",
];
export const HEADLINE_TAILS = [
  "", "", "", "", " After Remand", " in Scope Ruling", " Under Section 301", " Under Section 232", " in Annual Review", " at Court's Request",
  " as Deadline Nears", " Over Forced-Labor Evidence", " in First-Sale Dispute", " Citing National Security",
];

// Source documents: what kind, who issues it, how titles and case numbers look.
export const DOCUMENT_KINDS: { type: string; issuer: string; weight: number }[] = [
  { type: "COURT_OPINION", issuer: "U.S. Court of International Trade", weight: 4 },
  { type: "COURT_OPINION", issuer: "U.S. Court of Appeals for the Federal Circuit", weight: 2 },
  { type: "CBP_RULING", issuer: "U.S. Customs and Border Protection", weight: 5 },
  { type: "FEDERAL_REGISTER_NOTICE", issuer: "Commerce Department", weight: 3 },
  { type: "FEDERAL_REGISTER_NOTICE", issuer: "Office of the U.S. Trade Representative", weight: 1 },
  { type: "AGENCY_RULING", issuer: "U.S. International Trade Commission", weight: 1 },
  { type: "AGENCY_RULING", issuer: "Commerce Department", weight: 1 },
  { type: "PRESS_RELEASE", issuer: "Treasury Department (OFAC)", weight: 1 },
  { type: "PRESS_RELEASE", issuer: "Bureau of Industry and Security", weight: 1 },
  { type: "LEGISLATION", issuer: "U.S. Congress", weight: 0.4 },
  { type: "OTHER", issuer: "State, Treasury, Commerce and Homeland Security Departments", weight: 0.6 },
];

export const COMPANY_FIRST = ["Luminara", "Sunfield", "Harbor", "Keystone", "Pacific", "Meridian", "Atlas", "Blue Ridge", "Cedar", "Northstar", "Granite", "Silverline", "Tidewater", "Orchard", "Summit", "Coastal"];
export const COMPANY_SECOND = ["Home Technologies, Inc.", "Mounting Systems LLC", "Trading Co.", "Industrial Supply Corp.", "Apparel Group", "Metals USA", "Furniture Imports", "Logistics Inc.", "Tool Works", "Foods Corp."];
