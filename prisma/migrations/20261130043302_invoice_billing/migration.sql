-- AlterTable
ALTER TABLE "Subscription" ADD COLUMN     "collectionMethod" TEXT,
ADD COLUMN     "stripeCustomerId" TEXT,
ADD COLUMN     "unpaidInvoiceDueAt" TIMESTAMP(3);
