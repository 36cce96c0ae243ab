-- CreateTable
CREATE TABLE "SignInRequest" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "linkHash" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "callbackPath" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,
    "codeAttempts" INTEGER NOT NULL DEFAULT 0,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SignInRequest_linkHash_key" ON "SignInRequest"("linkHash");

-- CreateIndex
CREATE INDEX "SignInRequest_email_expires_idx" ON "SignInRequest"("email", "expires");
