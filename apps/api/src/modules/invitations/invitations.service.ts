import { Inject, Injectable } from '@nestjs/common';
import {
  canAssignRole,
  INVITATION_VALID_DAYS,
  type CoordinatorScope,
  type Invitation,
  type InvitationList,
  type InvitationPreview,
  type Role,
} from '@repo/contracts';
import { hashPassword, type Prisma } from '@repo/db';
import type { Actor } from '../../common/access/actor';
import { assertScopeWithin, invalidScope } from '../../common/access/coordinator-scope';
import { isInScope, scopeFilter } from '../../common/access/scope';
import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { hashToken, randomToken } from '../../common/crypto/tokens';
import { AppError } from '../../common/errors/app-error';
import type { ClientInfo } from '../../common/http/client-info';
import { mailTemplates } from '../../common/mail/mail-templates';
import { MailService } from '../../common/mail/mail.service';
import { RateLimiter } from '../../common/rate-limit/rate-limiter.service';
import { RATE_LIMITS } from '../../common/rate-limit/rate-limits';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { PrismaService } from '../../prisma/prisma.service';
import { findNamedAgency } from '../agencies/agency-lookup';
import { assertStrongPassword } from '../auth/password-policy';
import { agencyInMunicipalities } from '../users/users.repository';
import { INVITATION_SELECT, invitationStatus, toInvitation } from './invitations.mapper';

export interface NewInvitation {
  email: string;
  role: Role;
  agencyId: string;
  coordinatorScope?: CoordinatorScope;
  joinRequestId?: string;
}

const LINK_INVALID = 'The invitation has expired, has been withdrawn or has already been used.';

/** Membership is by invitation only: a random single-use link, valid seven days. */
@Injectable()
export class InvitationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly rateLimiter: RateLimiter,
  ) {}

  async create(actor: Actor, input: NewInvitation, client: ClientInfo): Promise<Invitation> {
    const { invitation, mail } = await this.prisma.client.$transaction((tx) => this.createIn(tx, actor, input, client));
    await this.mail.send(mail);
    return invitation;
  }

  /** Writes the invitation inside the caller's transaction; the caller sends the mail after commit. */
  async createIn(tx: Prisma.TransactionClient, actor: Actor, input: NewInvitation, client: ClientInfo) {
    if (!canAssignRole(actor.role, input.role)) throw new AppError('FORBIDDEN', 'You cannot invite someone to a role above your own.');
    const agency = await findNamedAgency(tx, input.agencyId);
    if (!isInScope(actor, agency.municipalityCodes)) {
      throw new AppError('FORBIDDEN', 'The organisation is outside the municipalities you coordinate.');
    }
    if (input.role === 'COORDINATOR') {
      if (!input.coordinatorScope) throw invalidScope('Inviting a coordinator needs a scope: the whole region or some municipalities.');
      assertScopeWithin(actor, input.coordinatorScope);
    } else if (input.coordinatorScope) {
      throw invalidScope('Only coordinators have a scope.');
    }
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new AppError('CONFLICT', 'This address already has an account.');
    }
    await this.rateLimiter.consume(`mail:${input.email}`, RATE_LIMITS.mailPerAddress);

    const token = randomToken();
    const now = this.clock.now();
    const row = await tx.invitation.create({
      data: {
        tokenHash: hashToken(token),
        email: input.email,
        role: input.role,
        agencyId: agency.id,
        coordinatesWholeRegion: input.coordinatorScope?.wholeRegion ?? false,
        scopeMunicipalityCodes: input.coordinatorScope?.wholeRegion ? [] : (input.coordinatorScope?.municipalityCodes ?? []),
        invitedById: actor.id,
        joinRequestId: input.joinRequestId ?? null,
        createdAt: now,
        expiresAt: new Date(now.getTime() + INVITATION_VALID_DAYS * 24 * 60 * 60_000),
      },
      select: INVITATION_SELECT,
    });
    await this.audit.record(
      {
        action: 'invitation.created',
        actor: { id: actor.id, email: actor.email },
        target: { type: 'invitation', id: row.id, label: row.email },
        client,
        details: { role: row.role, agency: agency.name },
      },
      tx,
    );
    const link = `${this.config.PUBLIC_URL}/invitation#token=${token}`;
    const mail = mailTemplates.invitation(row.email, {
      link,
      role: row.role,
      agencyName: agency.name,
      inviterName: actor.name,
      validDays: INVITATION_VALID_DAYS,
    });
    return { invitation: toInvitation(row, now), mail };
  }

  /** Pending invitations to the agencies in the actor's scope, newest first. */
  async listPending(actor: Actor): Promise<InvitationList> {
    const now = this.clock.now();
    const rows = await this.prisma.client.invitation.findMany({
      where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: now }, agency: agencyInMunicipalities(scopeFilter(actor)) },
      select: INVITATION_SELECT,
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    });
    return { items: rows.map((row) => toInvitation(row, now)) };
  }

  async revoke(actor: Actor, id: string, client: ClientInfo): Promise<void> {
    const row = await this.prisma.client.invitation.findFirst({
      where: { id, agency: agencyInMunicipalities(scopeFilter(actor)) },
      select: { id: true, email: true, acceptedAt: true, revokedAt: true, expiresAt: true },
    });
    if (!row) throw new AppError('NOT_FOUND', 'There is no such invitation.');
    if (invitationStatus(row, this.clock.now()) !== 'PENDING') throw new AppError('CONFLICT', 'The invitation is no longer pending.');
    await this.prisma.client.$transaction(async (tx) => {
      await tx.invitation.update({ where: { id }, data: { revokedAt: this.clock.now() } });
      await this.audit.record(
        { action: 'invitation.revoked', actor: { id: actor.id, email: actor.email }, target: { type: 'invitation', id, label: row.email }, client },
        tx,
      );
    });
  }

  /** What the link's holder is invited to, before they accept. */
  async preview(token: string): Promise<InvitationPreview> {
    const row = await this.findUsable(token);
    return { email: row.email, role: row.role, agencyName: row.agency.name, expiresAt: row.expiresAt.toISOString() };
  }

  /** Creates the account. The link works once: two accepts at the same moment make one account. */
  async accept(token: string, name: string, password: string, client: ClientInfo): Promise<void> {
    const invitation = await this.findUsable(token);
    assertStrongPassword(password, 'password', [invitation.email, name]);
    const passwordHash = await hashPassword(password);
    const now = this.clock.now();
    await this.prisma.client.$transaction(async (tx) => {
      const { count } = await tx.invitation.updateMany({
        where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { acceptedAt: now },
      });
      if (count !== 1) throw new AppError('LINK_INVALID', LINK_INVALID);
      if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) {
        throw new AppError('CONFLICT', 'This address already has an account; sign in instead.');
      }
      const user = await tx.user.create({
        data: {
          email: invitation.email,
          name,
          role: invitation.role,
          agencyId: invitation.agency.id,
          passwordHash,
          coordinatesWholeRegion: invitation.role === 'COORDINATOR' && invitation.coordinatesWholeRegion,
          scopeMunicipalities:
            invitation.role === 'COORDINATOR'
              ? { create: invitation.scopeMunicipalityCodes.map((municipalityCode) => ({ municipalityCode })) }
              : undefined,
        },
        select: { id: true, email: true },
      });
      await this.audit.record(
        { action: 'invitation.accepted', actor: user, target: { type: 'invitation', id: invitation.id, label: invitation.email }, client },
        tx,
      );
    });
  }

  private async findUsable(token: string) {
    const row = await this.prisma.client.invitation.findUnique({
      where: { tokenHash: hashToken(token) },
      select: {
        id: true,
        email: true,
        role: true,
        expiresAt: true,
        acceptedAt: true,
        revokedAt: true,
        coordinatesWholeRegion: true,
        scopeMunicipalityCodes: true,
        agency: { select: { id: true, name: true } },
      },
    });
    if (!row || invitationStatus(row, this.clock.now()) !== 'PENDING') throw new AppError('LINK_INVALID', LINK_INVALID);
    return row;
  }
}
