-- AlterEnum
ALTER TYPE "DeliveryStatus" ADD VALUE 'SKIPPED';

-- AlterTable
ALTER TABLE "EditionDelivery" ADD COLUMN     "skipReason" TEXT;

-- CreateTable
CREATE TABLE "EmailTopic" (
    "userId" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,

    CONSTRAINT "EmailTopic_pkey" PRIMARY KEY ("userId","topicId")
);
