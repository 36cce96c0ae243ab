-- Search compares case numbers and issuers case-insensitively (lower(...) = ...).
-- Hand-written: Prisma's schema cannot express expression indexes. Besides the
-- lookup itself, each index gives PostgreSQL statistics on the lowered value:
-- without them it guessed 100 documents for an issuer that has 4,963, and
-- planned an issuer-filtered search badly (docs/performance.md).
CREATE INDEX IF NOT EXISTS "SourceDocument_lower_issuer_idx" ON "SourceDocument" (lower("issuer"));
CREATE INDEX IF NOT EXISTS "SourceDocument_lower_caseNumber_idx" ON "SourceDocument" (lower("caseNumber"));
