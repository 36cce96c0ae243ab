-- CreateEnum
CREATE TYPE "EditionStatus" AS ENUM ('BUILDING', 'READY', 'SENDING', 'SENT');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('PENDING', 'SENDING', 'SENT', 'RETRY', 'FAILED');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailOptOut" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Edition" (
    "id" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "periodStart" TIMESTAMP(3) NOT NULL,
    "periodEnd" TIMESTAMP(3) NOT NULL,
    "status" "EditionStatus" NOT NULL DEFAULT 'BUILDING',
    "pdfKey" TEXT,
    "pdfBytes" INTEGER,
    "pdfPages" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "Edition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EditionItem" (
    "editionId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "EditionItem_pkey" PRIMARY KEY ("editionId","articleId")
);

-- CreateTable
CREATE TABLE "EditionDelivery" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "lockedAt" TIMESTAMP(3),
    "nextAttemptAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "EditionDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Edition_day_key" ON "Edition"("day");

-- CreateIndex
CREATE INDEX "EditionDelivery_editionId_status_idx" ON "EditionDelivery"("editionId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "EditionDelivery_editionId_userId_key" ON "EditionDelivery"("editionId", "userId");

-- AddForeignKey
ALTER TABLE "EditionItem" ADD CONSTRAINT "EditionItem_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EditionDelivery" ADD CONSTRAINT "EditionDelivery_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;
