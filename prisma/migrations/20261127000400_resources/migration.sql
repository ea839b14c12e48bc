-- CreateEnum
CREATE TYPE "ResourceKind" AS ENUM ('ACTION_PLAN', 'SITUATION_PICTURE', 'METHOD_GUIDE', 'TRAINING_MATERIAL', 'RESEARCH_REPORT', 'HELPLINE', 'EXIT_PATHWAYS', 'RELATIVES_SUPPORT', 'LAW_AND_CONFIDENTIALITY');

-- CreateEnum
CREATE TYPE "ResourceVisibility" AS ENUM ('NETWORK', 'OWNER_AGENCY');

-- CreateEnum
CREATE TYPE "ResourceStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateTable
CREATE TABLE "resources" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "kind" "ResourceKind" NOT NULL,
    "language" VARCHAR(3) NOT NULL DEFAULT 'sv',
    "link_url" TEXT,
    "owner_agency_id" UUID NOT NULL,
    "contact_id" UUID,
    "created_by_id" UUID,
    "sectors" "Sector"[] DEFAULT ARRAY[]::"Sector"[],
    "municipality_codes" VARCHAR(4)[] DEFAULT ARRAY[]::VARCHAR(4)[],
    "visibility" "ResourceVisibility" NOT NULL DEFAULT 'NETWORK',
    "status" "ResourceStatus" NOT NULL DEFAULT 'DRAFT',
    "published_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "search" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('swedish', immutable_unaccent("title")), 'A') ||
        setweight(to_tsvector('swedish', immutable_unaccent("summary")), 'B')
    ) STORED,

    CONSTRAINT "resources_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "resources_published_has_date" CHECK ("status" = 'DRAFT' OR "published_at" IS NOT NULL),
    CONSTRAINT "resources_link_scheme" CHECK ("link_url" IS NULL OR "link_url" ~ '^(https://|mailto:)')
);

-- CreateTable
CREATE TABLE "resource_competences" (
    "resource_id" UUID NOT NULL,
    "competence_id" UUID NOT NULL,

    CONSTRAINT "resource_competences_pkey" PRIMARY KEY ("resource_id","competence_id")
);

-- CreateTable
CREATE TABLE "resource_files" (
    "id" UUID NOT NULL,
    "resource_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "resource_files_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "resource_file_versions" (
    "id" UUID NOT NULL,
    "file_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "storage_key" TEXT NOT NULL,
    "original_name" TEXT NOT NULL,
    "media_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "uploaded_by_id" UUID,
    "uploaded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "resource_file_versions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "resource_file_versions_number_positive" CHECK ("number" >= 1),
    CONSTRAINT "resource_file_versions_size_positive" CHECK ("size_bytes" > 0)
);

-- CreateIndex
CREATE INDEX "resources_owner_agency_id_idx" ON "resources"("owner_agency_id");

-- CreateIndex
CREATE INDEX "resources_status_published_at_idx" ON "resources"("status", "published_at");

-- CreateIndex
CREATE INDEX "resources_kind_idx" ON "resources"("kind");

-- CreateIndex
CREATE INDEX "resources_search_idx" ON "resources" USING GIN ("search");

-- CreateIndex
CREATE INDEX "resources_municipality_codes_idx" ON "resources" USING GIN ("municipality_codes");

-- CreateIndex
CREATE INDEX "resources_sectors_idx" ON "resources" USING GIN ("sectors");

-- CreateIndex
CREATE INDEX "resource_competences_competence_id_idx" ON "resource_competences"("competence_id");

-- CreateIndex
CREATE INDEX "resource_files_resource_id_idx" ON "resource_files"("resource_id");

-- CreateIndex
CREATE UNIQUE INDEX "resource_file_versions_storage_key_key" ON "resource_file_versions"("storage_key");

-- CreateIndex
CREATE UNIQUE INDEX "resource_file_versions_file_id_number_key" ON "resource_file_versions"("file_id", "number");

-- AddForeignKey
ALTER TABLE "resources" ADD CONSTRAINT "resources_owner_agency_id_fkey" FOREIGN KEY ("owner_agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resources" ADD CONSTRAINT "resources_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resources" ADD CONSTRAINT "resources_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resource_competences" ADD CONSTRAINT "resource_competences_resource_id_fkey" FOREIGN KEY ("resource_id") REFERENCES "resources"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resource_competences" ADD CONSTRAINT "resource_competences_competence_id_fkey" FOREIGN KEY ("competence_id") REFERENCES "competences"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resource_files" ADD CONSTRAINT "resource_files_resource_id_fkey" FOREIGN KEY ("resource_id") REFERENCES "resources"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resource_file_versions" ADD CONSTRAINT "resource_file_versions_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "resource_files"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resource_file_versions" ADD CONSTRAINT "resource_file_versions_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
