import { z } from 'zod';
import { AgencyRefSchema } from './auth';
import { CompetenceSchema } from './competences';
import { MunicipalityCodeSchema } from './municipalities';
import { containsPersonalIdentityNumber, PERSONAL_IDENTITY_NUMBER_MESSAGE } from './personal-identity-number';
import { SectorSchema } from './sectors';

export const EVENT_KINDS = ['TRAINING', 'NETWORK_MEETING', 'CONFERENCE', 'WEBINAR', 'OTHER'] as const;
export const EventKindSchema = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof EventKindSchema>;

export const EVENT_KIND_NAMES: Record<EventKind, { sv: string; en: string }> = {
  TRAINING: { sv: 'Utbildning', en: 'Training' },
  NETWORK_MEETING: { sv: 'Nätverksträff', en: 'Network meeting' },
  CONFERENCE: { sv: 'Konferens', en: 'Conference' },
  WEBINAR: { sv: 'Webbinarium', en: 'Webinar' },
  OTHER: { sv: 'Övrigt', en: 'Other' },
};

/** NETWORK: every member. INVITED_AGENCIES: the organising agency and the agencies it invites. */
export const EventVisibilitySchema = z.enum(['NETWORK', 'INVITED_AGENCIES']);
export type EventVisibility = z.infer<typeof EventVisibilitySchema>;

export const RegistrationStatusSchema = z.enum(['REGISTERED', 'WAITLISTED']);
export type RegistrationStatus = z.infer<typeof RegistrationStatusSchema>;

/** The events calendar's time zone: times are stored in UTC and shown and entered in Swedish time. */
export const EVENT_TIME_ZONE = 'Europe/Stockholm';

/** The signed-in user's place at an event: a seat, or a place in the waitlist (1 = next in line). */
export const MyRegistrationSchema = z.object({
  status: RegistrationStatusSchema,
  waitlistPosition: z.number().int().min(1).nullable(),
});
export type MyRegistration = z.infer<typeof MyRegistrationSchema>;

/** An event as lists and calendars show it. */
export const EventSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  kind: EventKindSchema,
  startsAt: z.iso.datetime().describe('UTC. An all-day event starts at midnight Swedish time of its first day.'),
  endsAt: z.iso.datetime().describe('UTC. An all-day event ends at midnight Swedish time after its last day (exclusive).'),
  allDay: z.boolean(),
  place: z.string().nullable(),
  isOnline: z.boolean().describe('Has an online meeting link (shown on the event itself).'),
  organiserAgency: AgencyRefSchema,
  targetMunicipalities: z.array(z.object({ code: MunicipalityCodeSchema, name: z.string() })).describe('Empty: the whole region.'),
  targetSectors: z.array(SectorSchema).describe('Empty: every sector.'),
  capacity: z.number().int().nullable().describe('Places; null when there is no limit.'),
  registeredCount: z.number().int().min(0),
  waitlistCount: z.number().int().min(0),
  visibility: EventVisibilitySchema,
  cancelledAt: z.iso.datetime().nullable().describe('Cancelled events stay visible, marked as cancelled.'),
  myRegistration: MyRegistrationSchema.nullable(),
});
export type EventSummary = z.infer<typeof EventSummarySchema>;

export const EventContactSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});

/** One event in full. */
export const EventSchema = EventSummarySchema.extend({
  description: z.string().describe('Markdown; rendered without raw HTML.'),
  onlineUrl: z.string().nullable(),
  contact: EventContactSchema.nullable(),
  createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  targetCompetences: z.array(CompetenceSchema),
  invitedAgencies: z.array(AgencyRefSchema),
  registrationDeadline: z.iso.datetime().nullable(),
  registrationOpen: z.boolean().describe('Not cancelled, not started, and the deadline (if any) not passed.'),
  canManage: z.boolean().describe('The signed-in user may edit or cancel it and see its participants.'),
  version: z.number().int().describe('Raised on every change; also the iCalendar SEQUENCE (version - 1).'),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Event = z.infer<typeof EventSchema>;

export const EVENT_PAGE_SIZE_MAX = 500;

const flag = z.enum(['true', 'false']).optional();

export const EventListQuerySchema = z.strictObject({
  from: z.iso.datetime({ offset: true }).optional().describe('Events that end after this instant.'),
  to: z.iso.datetime({ offset: true }).optional().describe('Events that start before this instant.'),
  kind: EventKindSchema.optional(),
  municipality: MunicipalityCodeSchema.optional().describe('Events for this municipality, and those for the whole region.'),
  sector: SectorSchema.optional().describe('Events for this sector, and those for every sector.'),
  competence: z.string().max(100).optional().describe('Competence slug, e.g. "avhopparstod".'),
  mine: flag.describe('Only events I registered for (or wait for), posted, or am the contact person of.'),
  myAgency: flag.describe('Only events my agency organises.'),
  relevant: flag.describe("Only events for my agency's municipalities and sector (or for everyone): the start page."),
  includeCancelled: flag.describe('Cancelled events are listed unless this is false.'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(EVENT_PAGE_SIZE_MAX).default(100),
});
export type EventListQuery = z.infer<typeof EventListQuerySchema>;

export const EventPageSchema = z.object({
  items: z.array(EventSummarySchema),
  total: z.number().int().min(0),
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
});
export type EventPage = z.infer<typeof EventPageSchema>;

/** When an event takes place: times in any offset (the web sends Swedish time), or whole days. */
export const EventWhenSchema = z.discriminatedUnion('allDay', [
  z.strictObject({
    allDay: z.literal(false),
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
  }),
  z.strictObject({
    allDay: z.literal(true),
    startDate: z.iso.date().describe('First day, in Sweden.'),
    endDate: z.iso.date().describe('Last day (inclusive); the same as startDate for a one-day event.'),
  }),
]);
export type EventWhen = z.infer<typeof EventWhenSchema>;

const description = z
  .string()
  .max(10_000)
  .refine((text) => !containsPersonalIdentityNumber(text), { error: PERSONAL_IDENTITY_NUMBER_MESSAGE, abort: true });
const title = z
  .string()
  .trim()
  .min(3)
  .max(200)
  .refine((text) => !containsPersonalIdentityNumber(text), { error: PERSONAL_IDENTITY_NUMBER_MESSAGE, abort: true });
const onlineUrl = z.url({ protocol: /^https$/, error: 'must be an https:// address' }).max(1000);

const eventFields = {
  title,
  description: description.optional(),
  kind: EventKindSchema,
  when: EventWhenSchema,
  place: z.string().trim().min(1).max(300).nullable().optional(),
  onlineUrl: onlineUrl.nullable().optional(),
  organiserAgencyId: z.uuid().optional().describe("The poster's own agency when left out; only coordinators post for others."),
  contactId: z.uuid().nullable().optional().describe("The poster's own contact entry when left out."),
  targetSectors: z.array(SectorSchema).max(20).optional(),
  targetMunicipalityCodes: z.array(MunicipalityCodeSchema).max(300).optional(),
  targetCompetenceIds: z.array(z.uuid()).max(50).optional(),
  capacity: z.number().int().min(1).max(100_000).nullable().optional(),
  registrationDeadline: z.iso.datetime({ offset: true }).nullable().optional(),
  visibility: EventVisibilitySchema.optional(),
  invitedAgencyIds: z.array(z.uuid()).max(200).optional(),
};

/** A place, an online link, or both. The deadline falls before the end (checked by the API). */
export const CreateEventInputSchema = z.strictObject(eventFields);
export type CreateEventInput = z.infer<typeof CreateEventInputSchema>;

export const UpdateEventInputSchema = CreateEventInputSchema.partial().extend({ version: z.number().int().min(1) });
export type UpdateEventInput = z.infer<typeof UpdateEventInputSchema>;

export const CancelEventInputSchema = z.strictObject({
  version: z.number().int().min(1),
  reason: z
    .string()
    .trim()
    .max(1000)
    .refine((text) => !containsPersonalIdentityNumber(text), { error: PERSONAL_IDENTITY_NUMBER_MESSAGE, abort: true })
    .optional()
    .describe('Sent to the registered in the cancellation mail.'),
});
export type CancelEventInput = z.infer<typeof CancelEventInputSchema>;

/** The answer to registering: a seat, or a place in the waitlist. */
export const RegistrationResultSchema = MyRegistrationSchema.extend({
  registeredCount: z.number().int().min(0),
  capacity: z.number().int().nullable(),
});
export type RegistrationResult = z.infer<typeof RegistrationResultSchema>;

export const ParticipantSchema = z.object({
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  agency: AgencyRefSchema,
  queuedAt: z.iso.datetime().describe('When they asked for a place.'),
  confirmedAt: z.iso.datetime().nullable().describe('When they got it; null in the waitlist.'),
});
export type Participant = z.infer<typeof ParticipantSchema>;

export const ParticipantListSchema = z.object({
  registered: z.array(ParticipantSchema),
  waitlist: z.array(ParticipantSchema).describe('In order: the first is moved up when a place comes free.'),
});
export type ParticipantList = z.infer<typeof ParticipantListSchema>;

/** The signed-in user's secret calendar addresses, for Outlook, Thunderbird or a phone. */
export const CalendarFeedsSchema = z.object({
  createdAt: z.iso.datetime().nullable().describe('When the current address was made; null when there is none.'),
  personalUrl: z.string().nullable().describe('Events I registered for (or wait for) or organise.'),
  networkUrl: z
    .string()
    .nullable()
    .describe('Every event I may see; add ?municipality=1784 or ?sector=SCHOOL to narrow it.'),
});
export type CalendarFeeds = z.infer<typeof CalendarFeedsSchema>;

export const NetworkFeedQuerySchema = z.strictObject({
  municipality: MunicipalityCodeSchema.optional(),
  sector: SectorSchema.optional(),
});
export type NetworkFeedQuery = z.infer<typeof NetworkFeedQuerySchema>;
