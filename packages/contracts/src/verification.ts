import { z } from 'zod';
import { AgencyRefSchema } from './auth';
import { CompetenceSchema } from './competences';
import { LanguageCodeSchema, UpdateContactInputSchema } from './contacts';
import { LinkTokenSchema } from './credentials';
import { pageOf, pageQueryShape } from './pagination';

/**
 * The freshness loop (DOMAIN.md, rule 4): a stale contact is mailed a "still correct?" link, is
 * reminded after VERIFICATION_REMINDER_AFTER_DAYS, and lands in the coordinators' verification
 * queue VERIFICATION_QUEUE_AFTER_DAYS after the reminder.
 */
export const VERIFICATION_REMINDER_AFTER_DAYS = 14;
export const VERIFICATION_QUEUE_AFTER_DAYS = 14;
/** How long a mailed "still correct?" link works. */
export const CONTACT_VERIFICATION_VALID_DAYS = 30;

export const ContactVerificationTokenInputSchema = z.strictObject({ token: LinkTokenSchema });
export type ContactVerificationTokenInput = z.infer<typeof ContactVerificationTokenInputSchema>;

/** What the holder of a mailed link sees: that one contact's own entry, and the competences to choose from. */
export const ContactVerificationSchema = z.object({
  name: z.string(),
  agencyName: z.string(),
  title: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  askMeAbout: z.string().nullable(),
  languages: z.array(LanguageCodeSchema),
  awayUntil: z.iso.date().nullable(),
  competences: z.array(CompetenceSchema),
  lastVerifiedAt: z.iso.datetime().nullable(),
  version: z.number().int().describe('Send it back with an update; a stale one is refused with VERSION_CONFLICT (412).'),
  expiresAt: z.iso.datetime().describe('The link works until then, once.'),
  availableCompetences: z.array(CompetenceSchema).describe('The coordinators’ list of competence areas, to choose from.'),
});
export type ContactVerification = z.infer<typeof ContactVerificationSchema>;

/**
 * What a contact may change about themselves through the link. Name, email, agency and
 * municipalities stay with the coordinators and the agency's editors.
 */
export const ContactSelfUpdateInputSchema = UpdateContactInputSchema.pick({
  version: true,
  title: true,
  phone: true,
  askMeAbout: true,
  languages: true,
  awayUntil: true,
  competenceSlugs: true,
}).extend({ token: LinkTokenSchema });
export type ContactSelfUpdateInput = z.infer<typeof ContactSelfUpdateInputSchema>;

export const VerificationQueueQuerySchema = z.strictObject({ ...pageQueryShape });
export type VerificationQueueQuery = z.infer<typeof VerificationQueueQuerySchema>;

/** A stale contact that did not answer the mail and its reminder: the coordinators verify, update or archive it. */
export const VerificationQueueItemSchema = z.object({
  id: z.uuid().describe('The contact.'),
  name: z.string(),
  title: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  agency: AgencyRefSchema,
  lastVerifiedAt: z.iso.datetime().nullable(),
  verificationRequestedAt: z.iso.datetime().nullable().describe('When the "still correct?" mail went out; null when there was no address to mail.'),
  verificationRemindedAt: z.iso.datetime().nullable(),
  verificationQueuedAt: z.iso.datetime(),
});
export type VerificationQueueItem = z.infer<typeof VerificationQueueItemSchema>;

export const VerificationQueuePageSchema = pageOf(VerificationQueueItemSchema);
export type VerificationQueuePage = z.infer<typeof VerificationQueuePageSchema>;

/** A run of a background job, asked for outside its schedule (development only). */
export const JobRunSchema = z.object({
  jobId: z.string(),
  state: z.enum(['created', 'retry', 'active', 'completed', 'cancelled', 'failed']).describe('As pg-boss has it when the answer is sent.'),
  output: z.record(z.string(), z.unknown()).nullable().describe('What the job reported, once it has completed.'),
});
export type JobRun = z.infer<typeof JobRunSchema>;
