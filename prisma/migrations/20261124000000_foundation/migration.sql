-- Extensions for search: trigram similarity (typo tolerance) and accent folding.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (it reads its dictionary through search_path), but generated columns and
-- index expressions need an IMMUTABLE function, so this wrapper names the dictionary explicitly.
CREATE FUNCTION immutable_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN public.unaccent('public.unaccent'::regdictionary, $1);

-- CreateEnum
CREATE TYPE "Sector" AS ENUM ('SCHOOL', 'SOCIAL_SERVICES', 'POLICE', 'POLITICS', 'CIVIL_SOCIETY', 'LEISURE', 'HEALTH_CARE', 'COUNTY_ADMINISTRATION', 'NATIONAL_AGENCY', 'RESEARCH');

-- CreateTable
CREATE TABLE "regions" (
    "code" VARCHAR(2) NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "regions_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "municipalities" (
    "code" VARCHAR(4) NOT NULL,
    "name" TEXT NOT NULL,
    "region_code" VARCHAR(2) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "municipalities_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "agencies" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "sector" "Sector" NOT NULL,
    "street_address" TEXT,
    "postal_code" TEXT,
    "city" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "website" TEXT,
    "description" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "search" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('swedish', immutable_unaccent(coalesce("name", ''))), 'A') ||
        setweight(to_tsvector('swedish', immutable_unaccent(coalesce("description", ''))), 'C')
    ) STORED,
    "search_name" text GENERATED ALWAYS AS (lower(immutable_unaccent("name"))) STORED,

    CONSTRAINT "agencies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agency_municipalities" (
    "agency_id" UUID NOT NULL,
    "municipality_code" VARCHAR(4) NOT NULL,

    CONSTRAINT "agency_municipalities_pkey" PRIMARY KEY ("agency_id","municipality_code")
);

-- CreateTable
CREATE TABLE "app_settings" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "app_settings_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "municipalities_region_code_idx" ON "municipalities"("region_code");

-- CreateIndex
CREATE INDEX "agencies_sector_idx" ON "agencies"("sector");

-- CreateIndex
CREATE INDEX "agencies_search_idx" ON "agencies" USING GIN ("search");

-- CreateIndex
CREATE INDEX "agencies_search_name_idx" ON "agencies" USING GIN ("search_name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "agency_municipalities_municipality_code_idx" ON "agency_municipalities"("municipality_code");

-- AddForeignKey
ALTER TABLE "municipalities" ADD CONSTRAINT "municipalities_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agency_municipalities" ADD CONSTRAINT "agency_municipalities_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agency_municipalities" ADD CONSTRAINT "agency_municipalities_municipality_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "municipalities"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
