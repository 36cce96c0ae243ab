export type SeedTopic = { slug: string; name: string; description: string };
export type SeedDocument = {
  key: string; // stable kebab-case key, e.g. "cit-24-00025-slip-op"
  title: string;
  type: "COURT_OPINION" | "AGENCY_RULING" | "FEDERAL_REGISTER_NOTICE" | "CBP_RULING" | "PRESS_RELEASE" | "LEGISLATION" | "OTHER";
  issuer: string; // e.g. "U.S. Court of International Trade", "U.S. Customs and Border Protection", "Commerce Department", "Treasury Department (OFAC)"
  caseNumber: string | null; // e.g. "24-00025", "Slip Op. 20-101", "N312345", "A-570-979", "85 FR 41017"
  dateIssued: string; // "YYYY-MM-DD"
  summary: string; // 1-2 sentences
  paragraphs: string[]; // 6-12 paragraphs of realistic document text; a PDF will be generated from these
};
export type SeedArticle = {
  publicId: string; // "YYMMDDNNNN": publication date (YYMMDD) + 4-digit sequence within that day
  publishedAt: string; // ISO with New York offset, e.g. "2020-07-09T10:15:00-04:00"; its date MUST equal the YYMMDD of publicId
  headline: string;
  teaser: string; // the public lead: ONE paragraph, 40-80 words
  body: string; // the gated rest: 3-6 paragraphs in Markdown, separated by blank lines; may use **bold**, *italics*, bullet lists, and "> " block quotes of officials
  topics: string[]; // topic slugs from topics.ts, 1-3 each
  authors: string[]; // names from the authors list below, 1-2 each
  documents: string[]; // keys of SeedDocuments this story cites, 0-3
};
