-- CreateTable
CREATE TABLE "competences" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name_sv" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "archived_at" TIMESTAMPTZ(3),

    CONSTRAINT "competences_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contacts" (
    "id" UUID NOT NULL,
    "agency_id" UUID NOT NULL,
    "user_id" UUID,
    "name" TEXT NOT NULL,
    "title" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "ask_me_about" TEXT,
    "languages" VARCHAR(3)[] DEFAULT ARRAY[]::VARCHAR(3)[],
    "away_until" DATE,
    "last_verified_at" TIMESTAMPTZ(3),
    "last_verified_by_id" UUID,
    "archived_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "contacts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contact_municipalities" (
    "contact_id" UUID NOT NULL,
    "municipality_code" VARCHAR(4) NOT NULL,

    CONSTRAINT "contact_municipalities_pkey" PRIMARY KEY ("contact_id","municipality_code")
);

-- CreateTable
CREATE TABLE "contact_competences" (
    "contact_id" UUID NOT NULL,
    "competence_id" UUID NOT NULL,

    CONSTRAINT "contact_competences_pkey" PRIMARY KEY ("contact_id","competence_id")
);

-- CreateTable
CREATE TABLE "functions" (
    "id" UUID NOT NULL,
    "agency_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "mailbox" TEXT,
    "phone" TEXT,
    "holder_id" UUID,
    "deputy_id" UUID,
    "archived_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "functions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "function_handovers" (
    "id" UUID NOT NULL,
    "function_id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "from_holder" TEXT,
    "to_holder" TEXT,
    "from_deputy" TEXT,
    "to_deputy" TEXT,
    "by_label" TEXT,
    "note" TEXT,

    CONSTRAINT "function_handovers_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "competences_slug_key" ON "competences"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "contacts_user_id_key" ON "contacts"("user_id");

-- CreateIndex
CREATE INDEX "contacts_agency_id_idx" ON "contacts"("agency_id");

-- CreateIndex
CREATE INDEX "contacts_last_verified_at_idx" ON "contacts"("last_verified_at");

-- CreateIndex
CREATE INDEX "contact_municipalities_municipality_code_idx" ON "contact_municipalities"("municipality_code");

-- CreateIndex
CREATE INDEX "contact_competences_competence_id_idx" ON "contact_competences"("competence_id");

-- CreateIndex
CREATE INDEX "functions_agency_id_idx" ON "functions"("agency_id");

-- CreateIndex
CREATE INDEX "functions_holder_id_idx" ON "functions"("holder_id");

-- CreateIndex
CREATE INDEX "functions_deputy_id_idx" ON "functions"("deputy_id");

-- CreateIndex
CREATE INDEX "function_handovers_function_id_at_idx" ON "function_handovers"("function_id", "at");

-- AddForeignKey
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact_municipalities" ADD CONSTRAINT "contact_municipalities_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact_municipalities" ADD CONSTRAINT "contact_municipalities_municipality_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "municipalities"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact_competences" ADD CONSTRAINT "contact_competences_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact_competences" ADD CONSTRAINT "contact_competences_competence_id_fkey" FOREIGN KEY ("competence_id") REFERENCES "competences"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "functions" ADD CONSTRAINT "functions_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "functions" ADD CONSTRAINT "functions_holder_id_fkey" FOREIGN KEY ("holder_id") REFERENCES "contacts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "functions" ADD CONSTRAINT "functions_deputy_id_fkey" FOREIGN KEY ("deputy_id") REFERENCES "contacts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "function_handovers" ADD CONSTRAINT "function_handovers_function_id_fkey" FOREIGN KEY ("function_id") REFERENCES "functions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The competence areas of DOMAIN.md, the starting list coordinators maintain.
INSERT INTO competences (id, slug, name_sv, name_en, sort_order) VALUES
  (gen_random_uuid(), 'avhopparstod', 'Avhopparstöd', 'Exit support', 1),
  (gen_random_uuid(), 'anhorigstod', 'Anhörigstöd', 'Support to relatives', 2),
  (gen_random_uuid(), 'orosanmalan', 'Orosanmälan', 'Reports of concern', 3),
  (gen_random_uuid(), 'radikalisering-tidiga-tecken', 'Radikalisering, tidiga tecken', 'Radicalisation, early signs', 4),
  (gen_random_uuid(), 'hogerextremism', 'Våldsbejakande högerextremism', 'Violent right-wing extremism', 5),
  (gen_random_uuid(), 'vansterextremism', 'Våldsbejakande vänsterextremism / autonoma miljön', 'Violent left-wing extremism / autonomous milieu', 6),
  (gen_random_uuid(), 'islamistisk-extremism', 'Våldsbejakande islamistisk extremism', 'Violent Islamist extremism', 7),
  (gen_random_uuid(), 'hot-mot-fortroendevalda', 'Hot och våld mot förtroendevalda', 'Threats and violence against elected representatives', 8),
  (gen_random_uuid(), 'ssp-samverkan', 'SSP/SSPF-samverkan', 'SSP/SSPF collaboration', 9),
  (gen_random_uuid(), 'lagesbild', 'Lägesbild', 'Situation picture', 10),
  (gen_random_uuid(), 'utbildning-handledning', 'Utbildning och handledning', 'Training and supervision', 11),
  (gen_random_uuid(), 'lokal-handlingsplan', 'Lokal handlingsplan', 'Local action plan', 12),
  (gen_random_uuid(), 'skolans-trygghetsarbete', 'Skolans trygghetsarbete', 'School safety work', 13),
  (gen_random_uuid(), 'samtalsstod', 'Samtalsstöd', 'Counselling support', 14),
  (gen_random_uuid(), 'juridik-sekretess', 'Juridik och sekretess', 'Law and confidentiality', 15);
