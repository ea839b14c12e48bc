import { z } from 'zod';
import { AuditEventSchema } from './audit';
import { CurrentUserSchema } from './auth';
import { InvitationSchema } from './invitations';
import { SessionSchema } from './sessions';

/** Everything the portal holds about the signed-in user (GDPR art. 15 and 20). */
export const PersonalDataSchema = z.object({
  exportedAt: z.iso.datetime(),
  user: CurrentUserSchema.omit({ permissions: true, session: true }).extend({
    createdAt: z.iso.datetime(),
    lastLoginAt: z.iso.datetime().nullable(),
  }),
  sessions: z.array(SessionSchema),
  invitationsSent: z.array(InvitationSchema),
  activity: z.array(AuditEventSchema).describe('The audit log entries where the user acted or was acted upon.'),
});
export type PersonalData = z.infer<typeof PersonalDataSchema>;

export const OutboxMailSchema = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  createdAt: z.iso.datetime(),
});
export type OutboxMail = z.infer<typeof OutboxMailSchema>;

export const OutboxMailListSchema = z.object({ items: z.array(OutboxMailSchema) });
