-- CreateEnum
CREATE TYPE "SsoProtocol" AS ENUM ('OIDC', 'SAML');

-- CreateTable
CREATE TABLE "SsoConnection" (
    "organizationId" TEXT NOT NULL,
    "protocol" "SsoProtocol" NOT NULL,
    "oidcIssuer" TEXT,
    "oidcClientId" TEXT,
    "oidcSecretSealed" TEXT,
    "samlEntityId" TEXT,
    "samlSsoUrl" TEXT,
    "samlCertificate" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SsoConnection_pkey" PRIMARY KEY ("organizationId")
);

-- CreateTable
CREATE TABLE "SsoRequest" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "protocol" "SsoProtocol" NOT NULL,
    "nonce" TEXT,
    "codeVerifier" TEXT,
    "returnTo" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "consumedAt" TIMESTAMP(3),

    CONSTRAINT "SsoRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SsoUsedAssertion" (
    "id" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SsoUsedAssertion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SsoRequest_createdAt_idx" ON "SsoRequest"("createdAt");

-- CreateIndex
CREATE INDEX "SsoUsedAssertion_expiresAt_idx" ON "SsoUsedAssertion"("expiresAt");

-- AddForeignKey
ALTER TABLE "SsoConnection" ADD CONSTRAINT "SsoConnection_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
