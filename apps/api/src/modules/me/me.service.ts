import { Inject, Injectable } from '@nestjs/common';
import { isMfaRequired, type CurrentUser, type MfaSetup, type PersonalData, type SessionList } from '@repo/contracts';
import { hashPassword, verifyPassword } from '@repo/db';
import type { Actor } from '../../common/access/actor';
import { AuditService, type AuditEntry } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { AppError, fieldError } from '../../common/errors/app-error';
import type { ClientInfo } from '../../common/http/client-info';
import { mailTemplates } from '../../common/mail/mail-templates';
import { MailService } from '../../common/mail/mail.service';
import { RateLimiter } from '../../common/rate-limit/rate-limiter.service';
import { RATE_LIMITS } from '../../common/rate-limit/rate-limits';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { PrismaService } from '../../prisma/prisma.service';
import { AUDIT_EVENT_SELECT, toAuditEvent } from '../audit-events/audit-events.mapper';
import { MfaService } from '../auth/mfa.service';
import { assertStrongPassword } from '../auth/password-policy';
import { SessionService } from '../auth/session.service';
import { INVITATION_SELECT, toInvitation } from '../invitations/invitations.mapper';
import { toCurrentUser, USER_SELECT } from '../users/users.mapper';
import { UsersRepository } from '../users/users.repository';

/** What users do for themselves: profile, password, second factor, sessions, their data, leaving. */
@Injectable()
export class MeService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly sessions: SessionService,
    private readonly mfa: MfaService,
    private readonly audit: AuditService,
    private readonly rateLimiter: RateLimiter,
    private readonly clock: Clock,
    private readonly mail: MailService,
    private readonly users: UsersRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async updateProfile(actor: Actor, name: string, client: ClientInfo): Promise<CurrentUser> {
    const row = await this.prisma.client.$transaction(async (tx) => {
      const row = await tx.user.update({ where: { id: actor.id }, data: { name, version: { increment: 1 } }, select: USER_SELECT });
      await this.audit.record({ ...this.self(actor, client), action: 'user.profile_updated', details: { name } }, tx);
      return row;
    });
    return toCurrentUser(row, actor);
  }

  /** Needs the current password; ends every other session. */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string, client: ClientInfo): Promise<void> {
    await this.confirmPassword(actor, currentPassword, 'currentPassword');
    assertStrongPassword(newPassword, 'newPassword', [actor.email, actor.name]);
    const passwordHash = await hashPassword(newPassword);
    await this.prisma.client.$transaction(async (tx) => {
      await tx.user.update({ where: { id: actor.id }, data: { passwordHash } });
      await this.sessions.endAllForUser(actor.id, { except: actor.sessionId }, tx);
      await this.audit.record({ ...this.self(actor, client), action: 'auth.password.changed' }, tx);
    });
  }

  async listSessions(actor: Actor): Promise<SessionList> {
    const rows = await this.sessions.listForUser(actor.id);
    return {
      items: rows.map((row) => ({
        id: row.id,
        createdAt: row.createdAt.toISOString(),
        lastSeenAt: row.lastSeenAt.toISOString(),
        ip: row.ip,
        userAgent: row.userAgent,
        isCurrent: row.id === actor.sessionId,
      })),
    };
  }

  /** Only the user's own sessions: another user's id is as unknown as a made-up one. */
  async endSession(actor: Actor, sessionId: string, client: ClientInfo): Promise<void> {
    await this.prisma.client.$transaction(async (tx) => {
      const { count } = await tx.session.deleteMany({ where: { id: sessionId, userId: actor.id } });
      if (count !== 1) throw new AppError('NOT_FOUND', 'There is no such session.');
      await this.audit.record({ ...this.self(actor, client), action: 'session.ended', details: { sessionId } }, tx);
    });
  }

  async startMfaSetup(actor: Actor): Promise<MfaSetup> {
    const user = await this.prisma.client.user.findUniqueOrThrow({ where: { id: actor.id }, select: { mfaSecret: true } });
    if (user.mfaSecret) throw new AppError('CONFLICT', 'The second factor is already set up.');
    const setup = await this.mfa.newSetup(actor.email);
    await this.prisma.client.user.update({ where: { id: actor.id }, data: { mfaPendingSecret: setup.secret } });
    return setup;
  }

  /** The first code from the app proves the set-up; the answer holds the recovery codes, shown once. */
  async enableMfa(actor: Actor, code: string, client: ClientInfo): Promise<{ recoveryCodes: string[] }> {
    const user = await this.prisma.client.user.findUniqueOrThrow({ where: { id: actor.id }, select: { mfaSecret: true, mfaPendingSecret: true } });
    if (user.mfaSecret) throw new AppError('CONFLICT', 'The second factor is already set up.');
    if (!user.mfaPendingSecret) throw new AppError('CONFLICT', 'Start the set-up first (POST /api/me/mfa/setup).');
    const pendingSecret = user.mfaPendingSecret;
    await this.rateLimiter.consume(`mfa:${actor.id}`, RATE_LIMITS.loginPerAccount);
    const recoveryCodes = await this.prisma.client.$transaction(async (tx) => {
      if (!(await this.mfa.acceptTotp(actor.id, pendingSecret, code, tx))) return null;
      await tx.user.update({ where: { id: actor.id }, data: { mfaSecret: pendingSecret, mfaPendingSecret: null } });
      await this.audit.record({ ...this.self(actor, client), action: 'mfa.enabled' }, tx);
      return this.mfa.renewRecoveryCodes(actor.id, tx);
    });
    if (!recoveryCodes) throw new AppError('INVALID_MFA_CODE', 'The code is wrong; check the time on your phone and try again.');
    return { recoveryCodes };
  }

  /** Members may turn MFA off; coordinators and administrators must keep it. */
  async disableMfa(actor: Actor, password: string, client: ClientInfo): Promise<void> {
    if (isMfaRequired(actor.role)) throw new AppError('FORBIDDEN', 'Your role requires a second factor.');
    await this.confirmPassword(actor, password, 'password');
    await this.prisma.client.$transaction(async (tx) => {
      await tx.user.update({ where: { id: actor.id }, data: { mfaSecret: null, mfaPendingSecret: null, mfaLastTimeStep: null } });
      await tx.mfaRecoveryCode.deleteMany({ where: { userId: actor.id } });
      await this.audit.record({ ...this.self(actor, client), action: 'mfa.disabled' }, tx);
    });
  }

  async renewRecoveryCodes(actor: Actor, password: string, client: ClientInfo): Promise<{ recoveryCodes: string[] }> {
    await this.confirmPassword(actor, password, 'password');
    const recoveryCodes = await this.prisma.client.$transaction(async (tx) => {
      const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { mfaSecret: true } });
      if (!user.mfaSecret) throw new AppError('CONFLICT', 'Set up the second factor first.');
      await this.audit.record({ ...this.self(actor, client), action: 'mfa.recovery_codes.renewed' }, tx);
      return this.mfa.renewRecoveryCodes(actor.id, tx);
    });
    return { recoveryCodes };
  }

  /** Everything held about the user (GDPR art. 15 and 20). Secrets and hashes are not data about them. */
  async personalData(actor: Actor, client: ClientInfo): Promise<PersonalData> {
    const now = this.clock.now();
    const [row, sessions, invitations, activity] = await Promise.all([
      this.prisma.client.user.findUniqueOrThrow({ where: { id: actor.id }, select: USER_SELECT }),
      this.listSessions(actor),
      this.prisma.client.invitation.findMany({ where: { invitedById: actor.id }, select: INVITATION_SELECT, orderBy: { createdAt: 'desc' } }),
      this.prisma.client.auditEvent.findMany({
        where: { OR: [{ actorId: actor.id }, { targetId: actor.id }] },
        select: AUDIT_EVENT_SELECT,
        orderBy: { at: 'desc' },
      }),
    ]);
    await this.audit.record({ ...this.self(actor, client), action: 'user.data_exported' });
    const { permissions: _permissions, session: _session, ...user } = toCurrentUser(row, actor);
    return {
      exportedAt: now.toISOString(),
      user: { ...user, createdAt: row.createdAt.toISOString(), lastLoginAt: row.lastLoginAt?.toISOString() ?? null },
      sessions: sessions.items,
      invitationsSent: invitations.map((invitation) => toInvitation(invitation, now)),
      // Where others acted from is their data, not this user's (GDPR art. 15(4)).
      activity: activity.map((row) => ({ ...toAuditEvent(row), ip: row.actorId === actor.id ? row.ip : null })),
    };
  }

  /**
   * Deletes the account. What others rely on is kept: the person's contact entry and the functions
   * it holds stay in the roster and are handed to the coordinators (mailed, and unverified so they
   * come up for review); invitations and join decisions lose only the link to the person; the
   * audit log keeps its entries. The last administrator cannot leave.
   */
  async deleteAccount(actor: Actor, password: string, client: ClientInfo): Promise<void> {
    await this.confirmPassword(actor, password, 'password');
    const handedOver = await this.prisma.client.$transaction(async (tx) => {
      // Serialises concurrent deletions, so two administrators cannot both leave as "not the last".
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('users.delete'))`;
      if (actor.role === 'ADMIN') {
        const otherAdmins = await tx.user.count({ where: { role: 'ADMIN', disabledAt: null, id: { not: actor.id } } });
        if (otherAdmins === 0) throw new AppError('CONFLICT', 'You are the last administrator; appoint another one first.');
      }
      const contact = await tx.contact.findUnique({
        where: { userId: actor.id },
        select: { id: true, name: true, agency: { select: { id: true, name: true, municipalities: { select: { municipalityCode: true } } } }, _count: { select: { holds: true, deputises: true } } },
      });
      if (contact) {
        // The entry and the seats it holds stay in the roster; unverified, they go to the coordinators' queue.
        await tx.contact.update({ where: { id: contact.id }, data: { userId: null, lastVerifiedAt: null, lastVerifiedById: null, version: { increment: 1 } } });
        await this.audit.record(
          { ...this.self(actor, client), action: 'contact.updated', target: { type: 'contact', id: contact.id, label: contact.name }, details: { handedOverFrom: actor.email } },
          tx,
        );
      }
      await tx.user.delete({ where: { id: actor.id } });
      await this.audit.record({ ...this.self(actor, client), action: 'user.deleted' }, tx);
      return contact;
    });
    if (handedOver) {
      const link = `${this.config.PUBLIC_URL}/agencies/${handedOver.agency.id}`;
      const seats = handedOver._count.holds + handedOver._count.deputises;
      for (const to of await this.users.coordinatorEmails(handedOver.agency.municipalities.map((row) => row.municipalityCode))) {
        await this.mail.send(mailTemplates.contactHandedOver(to, { name: handedOver.name, agencyName: handedOver.agency.name, seats, link }));
      }
    }
  }

  private self(actor: Actor, client: ClientInfo): Pick<AuditEntry, 'actor' | 'target' | 'client'> {
    return { actor: { id: actor.id, email: actor.email }, target: { type: 'user', id: actor.id, label: actor.email }, client };
  }

  /** Sensitive changes ask for the password again; wrong guesses count towards the login limit. */
  private async confirmPassword(actor: Actor, password: string, field: string): Promise<void> {
    await this.rateLimiter.consume(`login:account:${actor.email}`, RATE_LIMITS.loginPerAccount);
    const user = await this.prisma.client.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
    if (!(await verifyPassword(user.passwordHash, password))) {
      throw fieldError(field, 'wrong_password', 'The password is wrong.');
    }
  }
}
