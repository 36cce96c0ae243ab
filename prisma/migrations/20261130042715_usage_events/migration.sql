-- CreateEnum
CREATE TYPE "ReadKind" AS ENUM ('ARTICLE', 'DOCUMENT', 'EDITION');

-- CreateTable
CREATE TABLE "ReadEvent" (
    "day" DATE NOT NULL,
    "kind" "ReadKind" NOT NULL,
    "itemId" TEXT NOT NULL,
    "readerKey" TEXT NOT NULL,
    "userId" TEXT,
    "organizationId" TEXT,
    "via" TEXT NOT NULL,
    "requests" INTEGER NOT NULL DEFAULT 1,
    "firstAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReadEvent_pkey" PRIMARY KEY ("day","kind","itemId","readerKey")
);

-- CreateTable
CREATE TABLE "UsageReaderDaily" (
    "day" DATE NOT NULL,
    "organizationId" TEXT NOT NULL,
    "readerKey" TEXT NOT NULL,
    "userId" TEXT,
    "kind" "ReadKind" NOT NULL,
    "total" INTEGER NOT NULL,
    "unique" INTEGER NOT NULL,

    CONSTRAINT "UsageReaderDaily_pkey" PRIMARY KEY ("day","organizationId","readerKey","kind")
);

-- CreateTable
CREATE TABLE "UsageTopicDaily" (
    "day" DATE NOT NULL,
    "organizationId" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,
    "total" INTEGER NOT NULL,
    "unique" INTEGER NOT NULL,

    CONSTRAINT "UsageTopicDaily_pkey" PRIMARY KEY ("day","organizationId","topicId")
);

-- CreateTable
CREATE TABLE "UsageArticleDaily" (
    "day" DATE NOT NULL,
    "organizationId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "total" INTEGER NOT NULL,
    "unique" INTEGER NOT NULL,

    CONSTRAINT "UsageArticleDaily_pkey" PRIMARY KEY ("day","organizationId","articleId")
);

-- CreateTable
CREATE TABLE "TeaserViewDaily" (
    "day" DATE NOT NULL,
    "articleId" TEXT NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "TeaserViewDaily_pkey" PRIMARY KEY ("day","articleId")
);

-- CreateTable
CREATE TABLE "UsageRollup" (
    "day" DATE NOT NULL,
    "rolledAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UsageRollup_pkey" PRIMARY KEY ("day")
);

-- CreateIndex
CREATE INDEX "ReadEvent_organizationId_day_idx" ON "ReadEvent"("organizationId", "day");

-- CreateIndex
CREATE INDEX "UsageReaderDaily_organizationId_day_idx" ON "UsageReaderDaily"("organizationId", "day");

-- CreateIndex
CREATE INDEX "UsageTopicDaily_organizationId_day_idx" ON "UsageTopicDaily"("organizationId", "day");

-- CreateIndex
CREATE INDEX "UsageArticleDaily_organizationId_day_idx" ON "UsageArticleDaily"("organizationId", "day");
