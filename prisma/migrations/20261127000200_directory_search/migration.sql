-- CreateEnum
CREATE TYPE "FunctionKind" AS ENUM ('CVE_COORDINATOR', 'SSP_COORDINATOR', 'SAFETY_COORDINATOR', 'SOCIAL_WORKER', 'SCHOOL_WELFARE', 'COMMUNITY_POLICE', 'REGIONAL_COORDINATOR', 'EXIT_SUPPORT', 'RELATIVES_SUPPORT', 'OTHER');

-- AlterTable
ALTER TABLE "agencies" ADD COLUMN     "archived_at" TIMESTAMPTZ(3),
ADD COLUMN     "parent_id" UUID;

-- AlterTable
ALTER TABLE "contacts" ADD COLUMN     "verification_queued_at" TIMESTAMPTZ(3),
ADD COLUMN     "verification_reminded_at" TIMESTAMPTZ(3),
ADD COLUMN     "verification_requested_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "functions" ADD COLUMN     "kind" "FunctionKind" NOT NULL DEFAULT 'OTHER';

-- CreateTable
CREATE TABLE "contact_verification_tokens" (
    "id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "contact_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),

    CONSTRAINT "contact_verification_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "directory_entries" (
    "entry_type" TEXT NOT NULL,
    "entry_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "agency_id" UUID NOT NULL,
    "sector" "Sector" NOT NULL,
    "municipality_codes" VARCHAR(4)[],
    "competence_slugs" TEXT[],
    "function_kinds" TEXT[],
    "languages" TEXT[],
    "title_norm" TEXT NOT NULL,
    "doc" tsvector NOT NULL,
    "facet_keys" TEXT[],

    CONSTRAINT "directory_entries_pkey" PRIMARY KEY ("entry_type","entry_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "contact_verification_tokens_token_hash_key" ON "contact_verification_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "contact_verification_tokens_contact_id_idx" ON "contact_verification_tokens"("contact_id");

-- CreateIndex
CREATE INDEX "directory_entries_doc_idx" ON "directory_entries" USING GIN ("doc");

-- CreateTable
CREATE TABLE "directory_words" (
    "word" TEXT NOT NULL,

    CONSTRAINT "directory_words_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "directory_words_word_idx" ON "directory_words" USING GIN ("word" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "directory_entries_municipality_codes_idx" ON "directory_entries" USING GIN ("municipality_codes");

-- CreateIndex
CREATE INDEX "directory_entries_competence_slugs_idx" ON "directory_entries" USING GIN ("competence_slugs");

-- CreateIndex
CREATE INDEX "directory_entries_function_kinds_idx" ON "directory_entries" USING GIN ("function_kinds");

-- CreateIndex
CREATE INDEX "directory_entries_languages_idx" ON "directory_entries" USING GIN ("languages");

-- CreateIndex
CREATE INDEX "agencies_parent_id_idx" ON "agencies"("parent_id");

-- CreateIndex
CREATE INDEX "contacts_verification_queued_at_idx" ON "contacts"("verification_queued_at");

-- CreateIndex
CREATE INDEX "functions_kind_idx" ON "functions"("kind");

-- AddForeignKey
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "agencies"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact_verification_tokens" ADD CONSTRAINT "contact_verification_tokens_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Contacts are upserted by email on roster import.
CREATE INDEX "contacts_email_lower_idx" ON "contacts" (lower("email"));

-- The kind of the seats that exist already, from their names (DOMAIN.md, "Typical functions").
UPDATE "functions" SET "kind" = (CASE
  WHEN "name" ILIKE 'Samordnare mot våldsbejakande extremism%' THEN 'CVE_COORDINATOR'
  WHEN "name" ILIKE 'SSP%' THEN 'SSP_COORDINATOR'
  WHEN "name" ILIKE 'Regional%' THEN 'REGIONAL_COORDINATOR'
  WHEN "name" ILIKE 'Trygghet%' OR "name" ILIKE 'Brottsförebyggande%' THEN 'SAFETY_COORDINATOR'
  WHEN "name" ILIKE 'Fältsekreterare%' OR "name" ILIKE 'Socialsekreterare%' OR "name" ILIKE 'Barnhandläggare%' THEN 'SOCIAL_WORKER'
  WHEN "name" ILIKE 'Skolkurator%' OR "name" ILIKE 'Rektor%' OR "name" ILIKE 'Elevhälsa%' THEN 'SCHOOL_WELFARE'
  WHEN "name" ILIKE 'Kommunpolis%' OR "name" ILIKE 'Områdespolis%' THEN 'COMMUNITY_POLICE'
  WHEN "name" ILIKE 'Avhopparstöd%' THEN 'EXIT_SUPPORT'
  WHEN "name" ILIKE 'Anhörigstöd%' THEN 'RELATIVES_SUPPORT'
  ELSE 'OTHER' END)::"FunctionKind";

-- Directory entries are computed from their source tables by these three row builders (one SQL
-- statement each) and written by directory_refresh(), which statement-level triggers call with
-- the ids a change touched. Archived records have no entry.
-- (Prisma's migration runner splits scripts at every semicolon, so those inside PL/pgSQL bodies
-- are written as the escape \073.)
-- Every facet value of an entry as one "facet:value" list, so the facet counts of a search are
-- one pass over its matches.
CREATE FUNCTION directory_facet_keys(sector "Sector", municipality_codes varchar[], competence_slugs text[], function_kinds text[], languages text[])
  RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ARRAY['sector:' || sector::text]
    || ARRAY(SELECT 'municipality:' || v FROM unnest(municipality_codes) v)
    || ARRAY(SELECT 'competence:' || v FROM unnest(competence_slugs) v)
    || ARRAY(SELECT 'function:' || v FROM unnest(function_kinds) v)
    || ARRAY(SELECT 'language:' || v FROM unnest(languages) v)
$$;

CREATE FUNCTION directory_contact_rows(ids uuid[]) RETURNS SETOF directory_entries
  LANGUAGE sql STABLE AS $$
  SELECT 'contact'::text, c.id, c.name, c.agency_id, a.sector,
    coalesce(
      nullif(ARRAY(SELECT cm.municipality_code FROM contact_municipalities cm WHERE cm.contact_id = c.id ORDER BY 1), '{}'),
      ARRAY(SELECT am.municipality_code FROM agency_municipalities am WHERE am.agency_id = a.id ORDER BY 1))::varchar(4)[],
    ARRAY(SELECT k.slug FROM contact_competences cc JOIN competences k ON k.id = cc.competence_id WHERE cc.contact_id = c.id ORDER BY 1),
    ARRAY(SELECT DISTINCT f.kind::text FROM functions f WHERE f.holder_id = c.id AND f.archived_at IS NULL ORDER BY 1),
    c.languages::text[],
    lower(immutable_unaccent(c.name)),
    setweight(to_tsvector('swedish', immutable_unaccent(c.name)), 'A')
    || setweight(to_tsvector('swedish', immutable_unaccent(coalesce(
         (SELECT string_agg(f.name, ' ') FROM functions f WHERE f.holder_id = c.id AND f.archived_at IS NULL), ''))), 'B')
    || setweight(to_tsvector('swedish', immutable_unaccent(coalesce(
         (SELECT string_agg(k.name_sv || ' ' || k.name_en, ' ') FROM contact_competences cc JOIN competences k ON k.id = cc.competence_id WHERE cc.contact_id = c.id), ''))), 'C')
    || setweight(to_tsvector('swedish', immutable_unaccent(concat_ws(' ', c.title, c.ask_me_about, a.name,
         (SELECT string_agg(f.name, ' ') FROM functions f WHERE f.deputy_id = c.id AND f.archived_at IS NULL)))), 'D'),
    NULL::text[]
  FROM contacts c JOIN agencies a ON a.id = c.agency_id
  WHERE c.id = ANY(ids) AND c.archived_at IS NULL AND a.archived_at IS NULL
$$;

CREATE FUNCTION directory_function_rows(ids uuid[]) RETURNS SETOF directory_entries
  LANGUAGE sql STABLE AS $$
  SELECT 'function'::text, f.id, f.name, f.agency_id, a.sector,
    ARRAY(SELECT am.municipality_code FROM agency_municipalities am WHERE am.agency_id = a.id ORDER BY 1)::varchar(4)[],
    coalesce(ARRAY(SELECT k.slug FROM contact_competences cc JOIN competences k ON k.id = cc.competence_id WHERE cc.contact_id = f.holder_id ORDER BY 1), '{}'),
    ARRAY[f.kind::text],
    coalesce(h.languages::text[], '{}'),
    lower(immutable_unaccent(f.name)),
    setweight(to_tsvector('swedish', immutable_unaccent(f.name)), 'A')
    || setweight(to_tsvector('swedish', immutable_unaccent(concat_ws(' ', h.name, d.name, a.name, f.mailbox))), 'D'),
    NULL::text[]
  FROM functions f JOIN agencies a ON a.id = f.agency_id
  LEFT JOIN contacts h ON h.id = f.holder_id AND h.archived_at IS NULL
  LEFT JOIN contacts d ON d.id = f.deputy_id AND d.archived_at IS NULL
  WHERE f.id = ANY(ids) AND f.archived_at IS NULL AND a.archived_at IS NULL
$$;

CREATE FUNCTION directory_agency_rows(ids uuid[]) RETURNS SETOF directory_entries
  LANGUAGE sql STABLE AS $$
  SELECT 'agency'::text, a.id, a.name, a.id, a.sector,
    ARRAY(SELECT am.municipality_code FROM agency_municipalities am WHERE am.agency_id = a.id ORDER BY 1)::varchar(4)[],
    '{}'::text[], '{}'::text[], '{}'::text[],
    lower(immutable_unaccent(a.name)),
    setweight(to_tsvector('swedish', immutable_unaccent(a.name)), 'A')
    || setweight(to_tsvector('swedish', immutable_unaccent(concat_ws(' ', p.name, a.city, a.description))), 'D'),
    NULL::text[]
  FROM agencies a LEFT JOIN agencies p ON p.id = a.parent_id
  WHERE a.id = ANY(ids) AND a.archived_at IS NULL
$$;

-- Rewrites the entries of the given records and of those whose entry shows them: an agency's
-- contacts, functions and sub-agencies, a function’s holder and deputy, a contact’s seats.
CREATE FUNCTION directory_refresh(contact_ids uuid[], function_ids uuid[], agency_ids uuid[]) RETURNS void
  LANGUAGE plpgsql AS E'
DECLARE
  all_agencies uuid[] := agency_ids || ARRAY(SELECT id FROM agencies WHERE parent_id = ANY(agency_ids))\073
  all_contacts uuid[] := contact_ids
    || ARRAY(SELECT id FROM contacts WHERE agency_id = ANY(agency_ids))
    || ARRAY(SELECT holder_id FROM functions WHERE id = ANY(function_ids) AND holder_id IS NOT NULL)
    || ARRAY(SELECT deputy_id FROM functions WHERE id = ANY(function_ids) AND deputy_id IS NOT NULL)\073
  all_functions uuid[] := function_ids
    || ARRAY(SELECT id FROM functions WHERE agency_id = ANY(agency_ids) OR holder_id = ANY(contact_ids) OR deputy_id = ANY(contact_ids))\073
BEGIN
  DELETE FROM directory_entries
    WHERE (entry_type = ''contact'' AND entry_id = ANY(all_contacts))
       OR (entry_type = ''function'' AND entry_id = ANY(all_functions))
       OR (entry_type = ''agency'' AND entry_id = ANY(all_agencies))\073
  INSERT INTO directory_entries
    SELECT r.entry_type, r.entry_id, r.title, r.agency_id, r.sector, r.municipality_codes, r.competence_slugs,
           r.function_kinds, r.languages, r.title_norm, r.doc,
           directory_facet_keys(r.sector, r.municipality_codes, r.competence_slugs, r.function_kinds, r.languages)
    FROM (
      SELECT * FROM directory_contact_rows(all_contacts)
      UNION ALL SELECT * FROM directory_function_rows(all_functions)
      UNION ALL SELECT * FROM directory_agency_rows(all_agencies)
    ) r
  ON CONFLICT (entry_type, entry_id) DO UPDATE SET
    title = EXCLUDED.title, agency_id = EXCLUDED.agency_id, sector = EXCLUDED.sector,
    municipality_codes = EXCLUDED.municipality_codes, competence_slugs = EXCLUDED.competence_slugs,
    function_kinds = EXCLUDED.function_kinds, languages = EXCLUDED.languages,
    title_norm = EXCLUDED.title_norm, doc = EXCLUDED.doc, facet_keys = EXCLUDED.facet_keys\073
  -- The words of the names, for finding a name despite a typo. A word whose last name has gone
  -- stays: it then finds nothing.
  INSERT INTO directory_words
    SELECT DISTINCT w FROM directory_entries e, regexp_split_to_table(e.title_norm, ''[^[:alnum:]]+'') w
    WHERE length(w) >= 3 AND ((e.entry_type = ''contact'' AND e.entry_id = ANY(all_contacts))
       OR (e.entry_type = ''function'' AND e.entry_id = ANY(all_functions))
       OR (e.entry_type = ''agency'' AND e.entry_id = ANY(all_agencies)))
  ON CONFLICT DO NOTHING\073
END';

-- One trigger function per source table, each handing the touched ids to directory_refresh().
CREATE FUNCTION directory_on_contacts() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''DELETE'' THEN PERFORM directory_refresh(ARRAY(SELECT id FROM old_rows), ''{}'', ''{}'')\073
  ELSE PERFORM directory_refresh(ARRAY(SELECT id FROM new_rows), ''{}'', ''{}'')\073
  END IF\073
  RETURN NULL\073
END';

CREATE FUNCTION directory_on_contact_links() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''DELETE'' THEN PERFORM directory_refresh(ARRAY(SELECT DISTINCT contact_id FROM old_rows), ''{}'', ''{}'')\073
  ELSE PERFORM directory_refresh(ARRAY(SELECT DISTINCT contact_id FROM new_rows), ''{}'', ''{}'')\073
  END IF\073
  RETURN NULL\073
END';

CREATE FUNCTION directory_on_functions() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN PERFORM directory_refresh(''{}'', ARRAY(SELECT id FROM new_rows), ''{}'')\073
  ELSIF TG_OP = ''UPDATE'' THEN PERFORM directory_refresh(
    ARRAY(SELECT holder_id FROM old_rows WHERE holder_id IS NOT NULL UNION SELECT deputy_id FROM old_rows WHERE deputy_id IS NOT NULL),
    ARRAY(SELECT id FROM new_rows), ''{}'')\073
  ELSE PERFORM directory_refresh(
    ARRAY(SELECT holder_id FROM old_rows WHERE holder_id IS NOT NULL UNION SELECT deputy_id FROM old_rows WHERE deputy_id IS NOT NULL),
    ARRAY(SELECT id FROM old_rows), ''{}'')\073
  END IF\073
  RETURN NULL\073
END';

CREATE FUNCTION directory_on_agencies() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''DELETE'' THEN PERFORM directory_refresh(''{}'', ''{}'', ARRAY(SELECT id FROM old_rows))\073
  ELSE PERFORM directory_refresh(''{}'', ''{}'', ARRAY(SELECT id FROM new_rows))\073
  END IF\073
  RETURN NULL\073
END';

CREATE FUNCTION directory_on_agency_municipalities() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''DELETE'' THEN PERFORM directory_refresh(''{}'', ''{}'', ARRAY(SELECT DISTINCT agency_id FROM old_rows))\073
  ELSE PERFORM directory_refresh(''{}'', ''{}'', ARRAY(SELECT DISTINCT agency_id FROM new_rows))\073
  END IF\073
  RETURN NULL\073
END';

CREATE FUNCTION directory_on_competences() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM directory_refresh(ARRAY(SELECT DISTINCT cc.contact_id FROM contact_competences cc JOIN new_rows n ON n.id = cc.competence_id), ''{}'', ''{}'')\073
  RETURN NULL\073
END';

CREATE TRIGGER directory_contacts_insert AFTER INSERT ON contacts REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_on_contacts();
CREATE TRIGGER directory_contacts_update AFTER UPDATE ON contacts REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_on_contacts();
CREATE TRIGGER directory_contacts_delete AFTER DELETE ON contacts REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_on_contacts();

CREATE TRIGGER directory_contact_municipalities_insert AFTER INSERT ON contact_municipalities REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_on_contact_links();
CREATE TRIGGER directory_contact_municipalities_delete AFTER DELETE ON contact_municipalities REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_on_contact_links();
CREATE TRIGGER directory_contact_competences_insert AFTER INSERT ON contact_competences REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_on_contact_links();
CREATE TRIGGER directory_contact_competences_delete AFTER DELETE ON contact_competences REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_on_contact_links();

CREATE TRIGGER directory_functions_insert AFTER INSERT ON functions REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_on_functions();
CREATE TRIGGER directory_functions_update AFTER UPDATE ON functions REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_on_functions();
CREATE TRIGGER directory_functions_delete AFTER DELETE ON functions REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_on_functions();

CREATE TRIGGER directory_agencies_insert AFTER INSERT ON agencies REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_on_agencies();
CREATE TRIGGER directory_agencies_update AFTER UPDATE ON agencies REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_on_agencies();
CREATE TRIGGER directory_agencies_delete AFTER DELETE ON agencies REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_on_agencies();

CREATE TRIGGER directory_agency_municipalities_insert AFTER INSERT ON agency_municipalities REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_on_agency_municipalities();
CREATE TRIGGER directory_agency_municipalities_delete AFTER DELETE ON agency_municipalities REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_on_agency_municipalities();

CREATE TRIGGER directory_competences_update AFTER UPDATE ON competences REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_on_competences();

-- Fill the index from what exists.
SELECT directory_refresh('{}', '{}', ARRAY(SELECT id FROM agencies));
