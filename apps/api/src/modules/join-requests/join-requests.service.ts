import { Inject, Injectable } from '@nestjs/common';
import type { CreateJoinRequestInput, JoinRequest, JoinRequestList, JoinRequestStatus } from '@repo/contracts';
import type { Prisma } from '@repo/db';
import type { Actor } from '../../common/access/actor';
import { scopeFilter } from '../../common/access/scope';
import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
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
import { InvitationsService } from '../invitations/invitations.service';
import { agencyInMunicipalities, UsersRepository } from '../users/users.repository';
import { JOIN_REQUEST_SELECT, toJoinRequest } from './join-requests.mapper';

type Input = Omit<CreateJoinRequestInput, 'email'> & { email: string };

/** Requests to join from the login page; coordinators of the agency's municipalities decide. */
@Injectable()
export class JoinRequestsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly rateLimiter: RateLimiter,
    private readonly invitations: InvitationsService,
    private readonly users: UsersRepository,
  ) {}

  async create(input: Input, client: ClientInfo): Promise<void> {
    await this.rateLimiter.consume(`public-form:ip:${client.ip}`, RATE_LIMITS.publicFormPerIp);
    await this.rateLimiter.consume(`mail:${input.email}`, RATE_LIMITS.mailPerAddress);
    const agency = await findNamedAgency(this.prisma.client, input.agencyId);
    const request = await this.prisma.client.$transaction(async (tx) => {
      const row = await tx.joinRequest.create({
        data: { ...input, createdAt: this.clock.now() },
        select: { id: true, name: true, email: true },
      });
      await this.audit.record(
        { action: 'join_request.created', actor: { id: null, email: row.email }, target: { type: 'join_request', id: row.id, label: row.name }, client },
        tx,
      );
      return row;
    });
    const recipients = await this.users.coordinatorEmails(agency.municipalityCodes);
    const link = `${this.config.PUBLIC_URL}/admin/join-requests`;
    for (const to of recipients) {
      await this.mail.send(mailTemplates.joinRequestReceived(to, { name: request.name, agencyName: agency.name, link }));
    }
  }

  async list(actor: Actor, status: JoinRequestStatus): Promise<JoinRequestList> {
    const rows = await this.prisma.client.joinRequest.findMany({
      where: { status, agency: agencyInMunicipalities(scopeFilter(actor)) },
      select: JOIN_REQUEST_SELECT,
      orderBy: [{ createdAt: status === 'PENDING' ? 'asc' : 'desc' }, { id: 'asc' }],
      take: 500,
    });
    return { items: rows.map(toJoinRequest) };
  }

  /** Approving mails the person an invitation as a member of the agency they named. */
  async approve(actor: Actor, id: string, client: ClientInfo): Promise<JoinRequest> {
    const pending = await this.findPending(actor, id);
    const { row, mail } = await this.prisma.client.$transaction(async (tx) => {
      await this.decide(tx, actor, id, 'APPROVED');
      const { mail } = await this.invitations.createIn(tx, actor, { email: pending.email, role: 'MEMBER', agencyId: pending.agency.id, joinRequestId: id }, client);
      await this.audit.record(
        { action: 'join_request.approved', actor: { id: actor.id, email: actor.email }, target: { type: 'join_request', id, label: pending.name }, client },
        tx,
      );
      return { row: await tx.joinRequest.findUniqueOrThrow({ where: { id }, select: JOIN_REQUEST_SELECT }), mail };
    });
    await this.mail.send(mail);
    return toJoinRequest(row);
  }

  async decline(actor: Actor, id: string, client: ClientInfo): Promise<JoinRequest> {
    const pending = await this.findPending(actor, id);
    const row = await this.prisma.client.$transaction(async (tx) => {
      await this.decide(tx, actor, id, 'DECLINED');
      await this.audit.record(
        { action: 'join_request.declined', actor: { id: actor.id, email: actor.email }, target: { type: 'join_request', id, label: pending.name }, client },
        tx,
      );
      return tx.joinRequest.findUniqueOrThrow({ where: { id }, select: JOIN_REQUEST_SELECT });
    });
    await this.mail.send(mailTemplates.joinRequestDeclined(pending.email, { name: pending.name }));
    return toJoinRequest(row);
  }

  private async findPending(actor: Actor, id: string) {
    const row = await this.prisma.client.joinRequest.findFirst({
      where: { id, agency: agencyInMunicipalities(scopeFilter(actor)) },
      select: JOIN_REQUEST_SELECT,
    });
    if (!row) throw new AppError('NOT_FOUND', 'There is no such join request.');
    if (row.status !== 'PENDING') throw new AppError('CONFLICT', 'The request has already been decided.');
    return row;
  }

  /** Two coordinators deciding at once: the second finds it decided. */
  private async decide(tx: Prisma.TransactionClient, actor: Actor, id: string, status: JoinRequestStatus) {
    const { count } = await tx.joinRequest.updateMany({
      where: { id, status: 'PENDING' },
      data: { status, decidedAt: this.clock.now(), decidedById: actor.id },
    });
    if (count !== 1) throw new AppError('CONFLICT', 'The request has already been decided.');
  }

}
