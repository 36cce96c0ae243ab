// Source document types and their reader-facing labels (plain module: the
// job worker's alert emails use it as well as the pages).
export const DOCUMENT_TYPES = {
  COURT_OPINION: "Court opinion",
  AGENCY_RULING: "Agency ruling",
  FEDERAL_REGISTER_NOTICE: "Federal Register notice",
  CBP_RULING: "CBP ruling",
  PRESS_RELEASE: "Press release",
  LEGISLATION: "Legislation",
  OTHER: "Other",
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPES;
