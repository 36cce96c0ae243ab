-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "pendingDomains" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "OrganizationMember" ADD COLUMN     "suspendedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "PreviewClaim" (
    "mailbox" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "claimedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PreviewClaim_pkey" PRIMARY KEY ("mailbox")
);

-- CreateTable
CREATE TABLE "PendingCheckout" (
    "userId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "plan" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PendingCheckout_pkey" PRIMARY KEY ("userId")
);

-- Readers who already had a preview claim their mailbox (plus-tag dropped;
-- Gmail's dots and googlemail.com folded), the oldest preview first.
INSERT INTO "PreviewClaim" ("mailbox", "userId", "claimedAt")
SELECT DISTINCT ON (mailbox) mailbox, id, "previewStartedAt" FROM (
  SELECT u.id, u."previewStartedAt",
    CASE WHEN split_part(lower(u.email), '@', 2) IN ('gmail.com', 'googlemail.com')
      THEN replace(split_part(split_part(lower(u.email), '@', 1), '+', 1), '.', '') || '@gmail.com'
      ELSE split_part(split_part(lower(u.email), '@', 1), '+', 1) || '@' || split_part(lower(u.email), '@', 2)
    END AS mailbox
  FROM "User" u WHERE u."previewStartedAt" IS NOT NULL
) claims
ORDER BY mailbox, "previewStartedAt"
ON CONFLICT ("mailbox") DO NOTHING;
