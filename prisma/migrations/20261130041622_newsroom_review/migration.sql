-- CreateEnum
CREATE TYPE "ReviewState" AS ENUM ('DRAFTING', 'IN_REVIEW', 'RETURNED');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'WRITER';

-- CreateTable
CREATE TABLE "DataMigration" (
    "name" TEXT NOT NULL,
    "appliedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DataMigration_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "ArticleDesk" (
    "articleId" TEXT NOT NULL,
    "ownerId" TEXT,
    "review" "ReviewState" NOT NULL DEFAULT 'DRAFTING',
    "submittedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ArticleDesk_pkey" PRIMARY KEY ("articleId")
);

-- CreateTable
CREATE TABLE "ArticleComment" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticlePresence" (
    "articleId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticlePresence_pkey" PRIMARY KEY ("articleId","userId")
);

-- CreateIndex
CREATE INDEX "ArticleDesk_review_submittedAt_idx" ON "ArticleDesk"("review", "submittedAt");

-- CreateIndex
CREATE INDEX "ArticleDesk_ownerId_idx" ON "ArticleDesk"("ownerId");

-- CreateIndex
CREATE INDEX "ArticleComment_articleId_createdAt_idx" ON "ArticleComment"("articleId", "createdAt");

-- CreateIndex
CREATE INDEX "ArticlePresence_seenAt_idx" ON "ArticlePresence"("seenAt");
