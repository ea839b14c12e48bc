import { Injectable } from '@nestjs/common';
import type { AgencyFunction, AgencyFunctionList, CreateFunctionInput, FunctionListQuery, HandoverInput, UpdateFunctionInput } from '@repo/contracts';
import type { Actor } from '../../common/access/actor';
import { canEditAgencyRoster } from '../../common/access/roster-access';
import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { AppError, fieldError } from '../../common/errors/app-error';
import type { ClientInfo } from '../../common/http/client-info';
import { PrismaService } from '../../prisma/prisma.service';
import { findNamedAgency } from '../agencies/agency-lookup';
import { fieldChanges } from '../history/field-changes';
import { FUNCTION_SELECT, FUNCTION_WITH_HISTORY_SELECT, toFunction, toFunctionSummary, type FunctionRow } from './functions.mapper';

const STALE = 'Someone changed this function since you loaded it; reload and redo your change.';

/** Seats that outlive people: a holder, a deputy, a functional mailbox, and the history of handovers. */
@Injectable()
export class FunctionsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(query: FunctionListQuery): Promise<AgencyFunctionList> {
    const rows = await this.prisma.client.agencyFunction.findMany({
      where: {
        archivedAt: null,
        ...(query.agencyId ? { agencyId: query.agencyId } : {}),
        ...(query.vacant ? { holderId: query.vacant === 'true' ? null : { not: null } } : {}),
        ...(query.contactId ? { OR: [{ holderId: query.contactId }, { deputyId: query.contactId }] } : {}),
      },
      select: FUNCTION_SELECT,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      take: 500,
    });
    const now = this.clock.now();
    return { items: rows.map((row) => toFunctionSummary(row, now)) };
  }

  async get(id: string): Promise<AgencyFunction> {
    const row = await this.prisma.client.agencyFunction.findFirst({ where: { id, archivedAt: null }, select: FUNCTION_WITH_HISTORY_SELECT });
    if (!row) throw new AppError('NOT_FOUND', 'There is no such function.');
    return toFunction(row, this.clock.now());
  }

  async create(actor: Actor, input: CreateFunctionInput, client: ClientInfo): Promise<AgencyFunction> {
    this.assertMayEdit(actor, await findNamedAgency(this.prisma.client, input.agencyId));
    const id = await this.prisma.client.$transaction(async (tx) => {
      const created = await tx.agencyFunction.create({ data: input, select: { id: true, name: true } });
      await this.audit.record({ action: 'function.created', ...this.who(actor, client, created) }, tx);
      return created.id;
    });
    return this.get(id);
  }

  async update(actor: Actor, id: string, input: UpdateFunctionInput, client: ClientInfo): Promise<AgencyFunction> {
    const current = await this.findEditable(actor, id);
    const { version, ...changes } = input;
    await this.prisma.client.$transaction(async (tx) => {
      const { count } = await tx.agencyFunction.updateMany({ where: { id, version }, data: { ...changes, version: { increment: 1 } } });
      if (count !== 1) throw new AppError('VERSION_CONFLICT', STALE, { currentVersion: current.version });
      // Field by field, old and new, for the function's history; the input's fields are the row's columns.
      await this.audit.record({ action: 'function.updated', ...this.who(actor, client, current), details: { changes: fieldChanges(current, changes) } }, tx);
    });
    return this.get(id);
  }

  /** One action: the new holder (and deputy) take over, and the change goes into the history. */
  async handOver(actor: Actor, id: string, input: HandoverInput, client: ClientInfo): Promise<AgencyFunction> {
    const current = await this.findEditable(actor, id);
    const holder = await this.contactName(input.holderId, 'holderId');
    const deputy = input.deputyId === undefined ? undefined : await this.contactName(input.deputyId, 'deputyId');
    await this.prisma.client.$transaction(async (tx) => {
      const { count } = await tx.agencyFunction.updateMany({
        where: { id, version: input.version },
        data: { holderId: input.holderId, ...(deputy === undefined ? {} : { deputyId: input.deputyId }), version: { increment: 1 } },
      });
      if (count !== 1) throw new AppError('VERSION_CONFLICT', STALE, { currentVersion: current.version });
      const entry = {
        fromHolder: current.holder?.name ?? null,
        toHolder: holder,
        fromDeputy: current.deputy?.name ?? null,
        toDeputy: deputy === undefined ? (current.deputy?.name ?? null) : deputy,
      };
      await tx.functionHandover.create({ data: { functionId: id, at: this.clock.now(), ...entry, byLabel: actor.name, note: input.note ?? null } });
      await this.audit.record({ action: 'function.handed_over', ...this.who(actor, client, current), details: entry }, tx);
    });
    return this.get(id);
  }

  private async findEditable(actor: Actor, id: string): Promise<FunctionRow> {
    const row = await this.prisma.client.agencyFunction.findFirst({ where: { id, archivedAt: null }, select: FUNCTION_SELECT });
    if (!row) throw new AppError('NOT_FOUND', 'There is no such function.');
    this.assertMayEdit(actor, { id: row.agency.id, municipalityCodes: row.agency.municipalities.map((m) => m.municipalityCode) });
    return row;
  }

  private assertMayEdit(actor: Actor, agency: { id: string; municipalityCodes: string[] }): void {
    if (!canEditAgencyRoster(actor, agency)) {
      throw new AppError('FORBIDDEN', 'Only the agency’s editors and the coordinators of its municipalities may change its functions.');
    }
  }

  /** The name of a current contact, for the history; null for "nobody". */
  private async contactName(contactId: string | null, field: string): Promise<string | null> {
    if (contactId === null) return null;
    const contact = await this.prisma.client.contact.findFirst({ where: { id: contactId, archivedAt: null }, select: { name: true } });
    if (!contact) throw fieldError(field, 'not_found', 'There is no such contact.');
    return contact.name;
  }

  private who(actor: Actor, client: ClientInfo, target: { id: string; name: string }): Pick<Parameters<AuditService['record']>[0], 'actor' | 'target' | 'client'> {
    return { actor: { id: actor.id, email: actor.email }, target: { type: 'function', id: target.id, label: target.name }, client };
  }
}

