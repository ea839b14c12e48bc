-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('TRAINING', 'NETWORK_MEETING', 'CONFERENCE', 'WEBINAR', 'OTHER');

-- CreateEnum
CREATE TYPE "EventVisibility" AS ENUM ('NETWORK', 'INVITED_AGENCIES');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('REGISTERED', 'WAITLISTED');

-- CreateTable
CREATE TABLE "events" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "kind" "EventKind" NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "all_day" BOOLEAN NOT NULL DEFAULT false,
    "place" TEXT,
    "online_url" TEXT,
    "organiser_agency_id" UUID NOT NULL,
    "contact_id" UUID,
    "created_by_id" UUID,
    "target_sectors" "Sector"[] DEFAULT ARRAY[]::"Sector"[],
    "target_municipality_codes" VARCHAR(4)[] DEFAULT ARRAY[]::VARCHAR(4)[],
    "capacity" INTEGER,
    "registration_deadline" TIMESTAMPTZ(3),
    "visibility" "EventVisibility" NOT NULL DEFAULT 'NETWORK',
    "cancelled_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_competences" (
    "event_id" UUID NOT NULL,
    "competence_id" UUID NOT NULL,

    CONSTRAINT "event_competences_pkey" PRIMARY KEY ("event_id","competence_id")
);

-- CreateTable
CREATE TABLE "event_invited_agencies" (
    "event_id" UUID NOT NULL,
    "agency_id" UUID NOT NULL,

    CONSTRAINT "event_invited_agencies_pkey" PRIMARY KEY ("event_id","agency_id")
);

-- CreateTable
CREATE TABLE "event_registrations" (
    "id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "status" "RegistrationStatus" NOT NULL,
    "queued_at" TIMESTAMPTZ(3) NOT NULL,
    "confirmed_at" TIMESTAMPTZ(3),
    "reminded_at" TIMESTAMPTZ(3),

    CONSTRAINT "event_registrations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "calendar_feed_tokens" (
    "id" UUID NOT NULL,
    "token" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "calendar_feed_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "events_starts_at_idx" ON "events"("starts_at");

-- CreateIndex
CREATE INDEX "events_ends_at_idx" ON "events"("ends_at");

-- CreateIndex
CREATE INDEX "events_organiser_agency_id_starts_at_idx" ON "events"("organiser_agency_id", "starts_at");

-- CreateIndex
CREATE INDEX "events_created_by_id_idx" ON "events"("created_by_id");

-- CreateIndex
CREATE INDEX "events_target_municipality_codes_idx" ON "events" USING GIN ("target_municipality_codes");

-- CreateIndex
CREATE INDEX "events_target_sectors_idx" ON "events" USING GIN ("target_sectors");

-- CreateIndex
CREATE INDEX "event_competences_competence_id_idx" ON "event_competences"("competence_id");

-- CreateIndex
CREATE INDEX "event_invited_agencies_agency_id_idx" ON "event_invited_agencies"("agency_id");

-- CreateIndex
CREATE INDEX "event_registrations_event_id_status_queued_at_idx" ON "event_registrations"("event_id", "status", "queued_at");

-- CreateIndex
CREATE INDEX "event_registrations_user_id_idx" ON "event_registrations"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "event_registrations_event_id_user_id_key" ON "event_registrations"("event_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "calendar_feed_tokens_token_key" ON "calendar_feed_tokens"("token");

-- CreateIndex
CREATE INDEX "calendar_feed_tokens_user_id_idx" ON "calendar_feed_tokens"("user_id");

-- AddForeignKey
ALTER TABLE "events" ADD CONSTRAINT "events_organiser_agency_id_fkey" FOREIGN KEY ("organiser_agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events" ADD CONSTRAINT "events_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events" ADD CONSTRAINT "events_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_competences" ADD CONSTRAINT "event_competences_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_competences" ADD CONSTRAINT "event_competences_competence_id_fkey" FOREIGN KEY ("competence_id") REFERENCES "competences"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_invited_agencies" ADD CONSTRAINT "event_invited_agencies_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_invited_agencies" ADD CONSTRAINT "event_invited_agencies_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "calendar_feed_tokens" ADD CONSTRAINT "calendar_feed_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- An event ends no earlier than it starts, a limit on places is at least one, and a deadline
-- for registration falls before the end.
ALTER TABLE "events" ADD CONSTRAINT "events_ends_after_start" CHECK ("ends_at" >= "starts_at");
ALTER TABLE "events" ADD CONSTRAINT "events_capacity_positive" CHECK ("capacity" IS NULL OR "capacity" > 0);
ALTER TABLE "events" ADD CONSTRAINT "events_deadline_before_end" CHECK ("registration_deadline" IS NULL OR "registration_deadline" <= "ends_at");
-- A place has been confirmed exactly when the status is registered.
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_confirmed" CHECK (("status" = 'REGISTERED') = ("confirmed_at" IS NOT NULL));
