-- CreateEnum
CREATE TYPE "FeedKind" AS ENUM ('ALL', 'TOPIC', 'SEARCH');

-- AlterTable
ALTER TABLE "ReadEvent" ADD COLUMN     "feedRequests" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "UsageReaderDaily" ADD COLUMN     "feed" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "FeedToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "FeedKind" NOT NULL,
    "targetId" TEXT,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastFetchedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "FeedToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FeedToken_tokenHash_key" ON "FeedToken"("tokenHash");

-- CreateIndex
CREATE INDEX "FeedToken_userId_idx" ON "FeedToken"("userId");

-- AddForeignKey
ALTER TABLE "FeedToken" ADD CONSTRAINT "FeedToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
