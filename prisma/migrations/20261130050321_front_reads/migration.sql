-- CreateTable
CREATE TABLE "PassIssued" (
    "signature" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PassIssued_pkey" PRIMARY KEY ("signature")
);

-- CreateTable
CREATE TABLE "FrontLogCursor" (
    "path" TEXT NOT NULL,
    "inode" TEXT NOT NULL,
    "offset" BIGINT NOT NULL,
    "readAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FrontLogCursor_pkey" PRIMARY KEY ("path")
);

-- CreateIndex
CREATE INDEX "PassIssued_expiresAt_idx" ON "PassIssued"("expiresAt");
