-- Full-text search and saved-search alerts (issue 8). Hand-written: the Prisma
-- schema cannot express generated tsvector columns, GIN indexes or these
-- tables, so they live here only and are read with raw SQL from lib/search/**
-- (docs/decisions/0007-search.md). Nothing here is in schema.prisma, so the
-- datamodel-to-datamodel diff of later migrations never tries to drop them.

-- Two vectors per row: "search" holds everything (for viewers with full
-- access), "search_public" holds only what every visitor may read anyway, so a
-- teaser-only search can never match on (and thereby reveal) gated words.
ALTER TABLE "Article" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', coalesce("headline", '')), 'A') ||
  setweight(to_tsvector('english', coalesce("teaser", '')), 'B') ||
  setweight(to_tsvector('english', coalesce("body", '')), 'C')
) STORED;

ALTER TABLE "Article" ADD COLUMN "search_public" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', coalesce("headline", '')), 'A') ||
  setweight(to_tsvector('english', coalesce("teaser", '')), 'B')
) STORED;

-- Extracted PDF text is capped: a tsvector is limited to 1 MB, and an
-- over-long one would make the UPDATE of the extraction job fail.
ALTER TABLE "SourceDocument" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', coalesce("title", '')), 'A') ||
  setweight(to_tsvector('english', coalesce("issuer", '') || ' ' || coalesce("caseNumber", '') || ' ' || coalesce("summary", '')), 'B') ||
  setweight(to_tsvector('english', left(coalesce("extractedText", ''), 400000)), 'C')
) STORED;

ALTER TABLE "SourceDocument" ADD COLUMN "search_public" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', coalesce("title", '')), 'A') ||
  setweight(to_tsvector('english', coalesce("issuer", '') || ' ' || coalesce("caseNumber", '') || ' ' || coalesce("summary", '')), 'B')
) STORED;

CREATE INDEX "Article_search_idx" ON "Article" USING GIN ("search");
CREATE INDEX "Article_search_public_idx" ON "Article" USING GIN ("search_public");
CREATE INDEX "SourceDocument_search_idx" ON "SourceDocument" USING GIN ("search");
CREATE INDEX "SourceDocument_search_public_idx" ON "SourceDocument" USING GIN ("search_public");
-- Case numbers are looked up exactly but case-insensitively ("n312345").
CREATE INDEX "SourceDocument_caseNumber_lower_idx" ON "SourceDocument" (lower("caseNumber"));

-- A saved search of a reader. "filters" is the validated filter object of the
-- search page (lib/search/params.ts), "query" the normalised query text.
CREATE TABLE "SearchAlert" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "filters" JSONB NOT NULL DEFAULT '{}',
    "frequency" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSentAt" TIMESTAMP(3),

    CONSTRAINT "SearchAlert_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "SearchAlert_frequency_check" CHECK ("frequency" IN ('INSTANT', 'DAILY')),
    CONSTRAINT "SearchAlert_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "SearchAlert_userId_idx" ON "SearchAlert"("userId");
CREATE INDEX "SearchAlert_active_frequency_idx" ON "SearchAlert"("active", "frequency");

-- One row per (alert, item): the unique indexes make a second match of the
-- same item a no-op, so an item is never sent twice for one alert. A hit is
-- PENDING until SMTP accepted the email, SENT after, SKIPPED when the owner
-- lost the access the match relied on before it was sent. "claimedAt" is a
-- lease taken by the sender, so two workers never mail the same hit at once.
CREATE TABLE "SearchAlertHit" (
    "id" TEXT NOT NULL,
    "alertId" TEXT NOT NULL,
    "articleId" TEXT,
    "documentId" TEXT,
    "viaFullText" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "claimedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "SearchAlertHit_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "SearchAlertHit_one_item_check" CHECK (num_nonnulls("articleId", "documentId") = 1),
    CONSTRAINT "SearchAlertHit_status_check" CHECK ("status" IN ('PENDING', 'SENT', 'SKIPPED')),
    CONSTRAINT "SearchAlertHit_alertId_fkey" FOREIGN KEY ("alertId") REFERENCES "SearchAlert"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SearchAlertHit_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SearchAlertHit_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SourceDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "SearchAlertHit_alertId_articleId_key" ON "SearchAlertHit"("alertId", "articleId");
CREATE UNIQUE INDEX "SearchAlertHit_alertId_documentId_key" ON "SearchAlertHit"("alertId", "documentId");
CREATE INDEX "SearchAlertHit_status_idx" ON "SearchAlertHit"("status", "alertId");
