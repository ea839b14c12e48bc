import { z } from 'zod';
import { pageOf, pageQueryShape } from './pagination';

export const AUDIT_ACTIONS = [
  'auth.login.succeeded',
  'auth.login.failed',
  'auth.logout',
  'auth.mfa.failed',
  'auth.password.reset_requested',
  'auth.password.reset',
  'auth.password.changed',
  'mfa.enabled',
  'mfa.disabled',
  'mfa.recovery_codes.renewed',
  'session.ended',
  'invitation.created',
  'invitation.revoked',
  'invitation.accepted',
  'join_request.created',
  'join_request.approved',
  'join_request.declined',
  'user.updated',
  'user.role_changed',
  'user.disabled',
  'user.enabled',
  'user.profile_updated',
  'user.data_exported',
  'user.deleted',
  'agency.created',
  'agency.updated',
  'agency.archived',
  'contact.created',
  'contact.updated',
  'contact.archived',
  'contact.verified',
  'contact.verification_requested',
  'contact.verification_reminded',
  'contact.verification_queued',
  'coverage.exported',
  'function.created',
  'function.updated',
  'function.handed_over',
  'roster.exported',
  'roster.imported',
  'event.created',
  'event.updated',
  'event.cancelled',
  'event.registered',
  'event.waitlisted',
  'event.unregistered',
  'event.promoted',
  'event.participant_removed',
  'event.participants_exported',
  'event.reminder_sent',
  'calendar.feed_created',
  'calendar.feed_revoked',
  'resource.created',
  'resource.updated',
  'resource.deleted',
  'resource.file_uploaded',
  'resource.file_deleted',
] as const;
export const AuditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditActionSchema>;

export const AuditEventSchema = z.object({
  id: z.uuid(),
  at: z.iso.datetime(),
  action: AuditActionSchema,
  actorId: z.uuid().nullable().describe('Null for anonymous attempts (a failed login, a join request).'),
  actorLabel: z.string().nullable().describe('The actor’s email address at the time.'),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  targetLabel: z.string().nullable(),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;

export const AuditListQuerySchema = z.strictObject({
  actor: z.string().trim().max(254).optional().describe('Part of the actor’s email address.'),
  action: AuditActionSchema.optional(),
  from: z.iso.date().optional().describe('First day, Europe/Stockholm (YYYY-MM-DD).'),
  to: z.iso.date().optional().describe('Last day, inclusive.'),
  ...pageQueryShape,
});
export type AuditListQuery = z.infer<typeof AuditListQuerySchema>;

export const AuditEventPageSchema = pageOf(AuditEventSchema);
export type AuditEventPage = z.infer<typeof AuditEventPageSchema>;
