-- AlterEnum
ALTER TYPE "RevisionKind" ADD VALUE 'CORRECTION';

-- CreateTable
CREATE TABLE "ArticleCorrection" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editorId" TEXT,
    "version" INTEGER NOT NULL,

    CONSTRAINT "ArticleCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ArticleCorrection_articleId_publishedAt_idx" ON "ArticleCorrection"("articleId", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "ArticleCorrection_publishedAt_idx" ON "ArticleCorrection"("publishedAt" DESC);

-- AddForeignKey
ALTER TABLE "ArticleCorrection" ADD CONSTRAINT "ArticleCorrection_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
