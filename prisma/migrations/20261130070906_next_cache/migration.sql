-- CreateTable
CREATE TABLE "NextCacheEntry" (
    "key" TEXT NOT NULL,
    "value" BYTEA NOT NULL,
    "tags" TEXT[],
    "lastModified" BIGINT NOT NULL,

    CONSTRAINT "NextCacheEntry_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "NextCacheTag" (
    "tag" TEXT NOT NULL,
    "revalidatedAt" BIGINT NOT NULL,

    CONSTRAINT "NextCacheTag_pkey" PRIMARY KEY ("tag")
);
