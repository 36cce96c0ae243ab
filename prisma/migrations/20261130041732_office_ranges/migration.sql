-- CreateTable
CREATE TABLE "OfficeRange" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "cidr" TEXT NOT NULL,
    "broad" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfficeRange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OfficeRange_cidr_key" ON "OfficeRange"("cidr");

-- CreateIndex
CREATE INDEX "OfficeRange_organizationId_idx" ON "OfficeRange"("organizationId");

-- AddForeignKey
ALTER TABLE "OfficeRange" ADD CONSTRAINT "OfficeRange_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
