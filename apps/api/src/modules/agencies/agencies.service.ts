import { Injectable } from '@nestjs/common';
import {
  AGENCY_STRUCTURE_FIELDS,
  type Agency,
  type AgencyListQuery,
  type AgencyNameList,
  type AgencyPage,
  type CreateAgencyInput,
  type UpdateAgencyInput,
} from '@repo/contracts';
import type { Prisma } from '@repo/db';
import type { Actor } from '../../common/access/actor';
import { isScopeWithin } from '../../common/access/coordinator-scope';
import { canEditAgencyRoster } from '../../common/access/roster-access';
import { isInScope } from '../../common/access/scope';
import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { AppError, fieldError } from '../../common/errors/app-error';
import type { ClientInfo } from '../../common/http/client-info';
import { PrismaService } from '../../prisma/prisma.service';
import { type FieldChange, fieldChanges } from '../history/field-changes';
import { municipalityCodesOf, toAgency } from './agencies.mapper';
import { AgenciesRepository, type AgencyRow } from './agencies.repository';

type Db = Prisma.TransactionClient;

const NOT_FOUND = 'There is no agency with this id.';
const STALE = 'Someone changed this agency since you loaded it; reload and redo your edit.';

/** What the audit log and the change check compare: the editable fields as they are stored. */
function editableFields(row: AgencyRow): Record<string, unknown> {
  return {
    name: row.name,
    sector: row.sector,
    municipalityCodes: municipalityCodesOf(row),
    parentId: row.parentId,
    streetAddress: row.streetAddress,
    postalCode: row.postalCode,
    city: row.city,
    phone: row.phone,
    email: row.email,
    website: row.website,
    description: row.description,
  };
}

/** The agencies of the network: created and archived by coordinators, kept current by them and the agency's own editors. */
@Injectable()
export class AgenciesService {
  constructor(
    private readonly agencies: AgenciesRepository,
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(query: AgencyListQuery): Promise<AgencyPage> {
    const { rows, total } = await this.agencies.search(query);
    return { items: rows.map(toAgency), total, page: query.page, pageSize: query.pageSize };
  }

  async names(): Promise<AgencyNameList> {
    return { items: await this.agencies.listNames() };
  }

  /** Archived agencies stay readable by id (marked as archived), for what still refers to them. */
  async get(id: string): Promise<Agency> {
    const row = await this.agencies.findById(id);
    if (!row) throw new AppError('NOT_FOUND', NOT_FOUND);
    return toAgency(row);
  }

  /** A coordinator creates agencies within their own municipalities; an administrator anywhere. */
  async create(actor: Actor, input: CreateAgencyInput, client: ClientInfo): Promise<Agency> {
    const { municipalityCodes: codes, parentId = null, ...columns } = input;
    const municipalityCodes = await this.knownMunicipalityCodes(codes);
    if (!isScopeWithin(actor, { wholeRegion: false, municipalityCodes })) {
      throw new AppError('FORBIDDEN', 'You can only create agencies that work within your own municipalities.');
    }
    const row = await this.prisma.client.$transaction(async (tx) => {
      if (parentId) {
        await this.agencies.lockTree(tx);
        await this.assertUsableParent(parentId, tx);
      }
      const created = await this.agencies.create({ ...columns, parentId }, municipalityCodes, tx);
      await this.audit.record(
        {
          action: 'agency.created',
          actor: { id: actor.id, email: actor.email },
          target: { type: 'agency', id: created.id, label: created.name },
          client,
          // What it was created with, as changes from nothing: the first entry of its history.
          details: { changes: fieldChanges({}, { ...columns, municipalityCodes, parentId }) },
        },
        tx,
      );
      return created;
    });
    return toAgency(row);
  }

  /**
   * The agency's editors and the coordinators of its municipalities change its details; its
   * sector, coverage and parent organisation only coordinators (for municipalities within their
   * own) and administrators. A stale version gets 412; nothing is written unless all is valid.
   */
  async update(actor: Actor, id: string, input: UpdateAgencyInput, client: ClientInfo): Promise<Agency> {
    const current = await this.agencies.findById(id);
    if (!current) throw new AppError('NOT_FOUND', NOT_FOUND);
    const currentCodes = municipalityCodesOf(current);
    if (!canEditAgencyRoster(actor, { id, municipalityCodes: currentCodes })) {
      throw new AppError('FORBIDDEN', 'Only the agency’s editors and the coordinators of its municipalities may change it.');
    }
    if (current.archivedAt) throw new AppError('CONFLICT', 'This agency is archived; archived agencies are not changed.');

    const { version, municipalityCodes: codes, ...fields } = input;
    const municipalityCodes = codes === undefined ? undefined : await this.knownMunicipalityCodes(codes);
    const changes = fieldChanges(editableFields(current), { ...fields, municipalityCodes });
    if (AGENCY_STRUCTURE_FIELDS.some((field) => field in changes)) this.assertMayRestructure(actor, currentCodes, changes.municipalityCodes);
    const newParentId = changes.parentId?.to as string | null | undefined;
    if (newParentId === id) throw fieldError('parentId', 'self', 'An agency cannot be its own parent organisation.');

    // Nothing to change: the answer still tells a stale client so, but writes nothing.
    if (Object.keys(changes).length === 0) {
      if (version !== current.version) throw new AppError('VERSION_CONFLICT', STALE, { currentVersion: current.version });
      return toAgency(current);
    }

    const row = await this.prisma.client.$transaction(async (tx) => {
      if (newParentId) {
        await this.agencies.lockTree(tx);
        await this.assertUsableParent(newParentId, tx);
        if ((await this.agencies.lineage(newParentId, tx)).includes(id)) {
          throw fieldError('parentId', 'cycle', 'The chosen parent organisation is part of this agency; an organisation cannot be above itself.');
        }
      }
      const columns = Object.fromEntries(
        Object.entries(changes)
          .filter(([field]) => field !== 'municipalityCodes')
          .map(([field, change]) => [field, change.to]),
      ) as Prisma.AgencyUncheckedUpdateManyInput;
      const updated = await this.agencies.updateIfVersion(id, version, columns, changes.municipalityCodes ? municipalityCodes : undefined, tx);
      if (!updated) throw new AppError('VERSION_CONFLICT', STALE, { currentVersion: current.version });
      await this.audit.record(
        { action: 'agency.updated', actor: { id: actor.id, email: actor.email }, target: { type: 'agency', id, label: current.name }, client, details: { changes } },
        tx,
      );
      return updated;
    });
    return toAgency(row);
  }

  /**
   * Archives, never deletes: contacts, functions, users and the history keep pointing at it. A
   * coordinator archives agencies that work entirely within their municipalities; an agency with
   * sub-organisations that are not archived is refused, so that none is left under a hidden parent.
   */
  async archive(actor: Actor, id: string, client: ClientInfo): Promise<Agency> {
    const current = await this.agencies.findById(id);
    if (!current) throw new AppError('NOT_FOUND', NOT_FOUND);
    const codes = municipalityCodesOf(current);
    if (!isInScope(actor, codes) || !isScopeWithin(actor, { wholeRegion: false, municipalityCodes: codes })) {
      throw new AppError('FORBIDDEN', 'You can only archive agencies that work entirely within your own municipalities.');
    }
    const row = await this.prisma.client.$transaction(async (tx) => {
      await this.agencies.lockTree(tx);
      const children = await this.agencies.activeChildren(id, tx);
      if (children.length > 0) {
        throw new AppError('CONFLICT', 'This agency has sub-organisations; archive them or move them to another parent first.', {
          reason: 'HAS_SUB_AGENCIES',
          children,
        });
      }
      const archived = await this.agencies.archive(id, this.clock.now(), tx);
      if (!archived) throw new AppError('CONFLICT', 'This agency is already archived.', { reason: 'ALREADY_ARCHIVED' });
      await this.audit.record(
        { action: 'agency.archived', actor: { id: actor.id, email: actor.email }, target: { type: 'agency', id, label: current.name }, client },
        tx,
      );
      return archived;
    });
    return toAgency(row);
  }

  /** Changing sector, coverage or parent is for coordinators in scope and administrators, not for the agency's editors. */
  private assertMayRestructure(actor: Actor, currentCodes: readonly string[], coverage: FieldChange | undefined): void {
    if (!isInScope(actor, currentCodes)) {
      throw new AppError('FORBIDDEN', 'Only the coordinators of its municipalities and administrators change an agency’s sector, coverage or parent organisation.');
    }
    if (coverage) {
      const from = new Set(coverage.from as string[]);
      const to = new Set(coverage.to as string[]);
      const touched = [...from, ...to].filter((code) => from.has(code) !== to.has(code));
      if (!isScopeWithin(actor, { wholeRegion: false, municipalityCodes: touched })) {
        throw new AppError('FORBIDDEN', 'You can only add or remove municipalities within your own.');
      }
    }
  }

  private async assertUsableParent(parentId: string, tx: Db): Promise<void> {
    const parent = await this.agencies.findParentCandidate(parentId, tx);
    if (!parent) throw fieldError('parentId', 'not_found', 'There is no such organisation.');
    if (parent.archivedAt) throw fieldError('parentId', 'archived', 'That organisation is archived.');
  }

  /** The codes without repeats, sorted; an unknown code is a 400 on the field. */
  private async knownMunicipalityCodes(codes: readonly string[]): Promise<string[]> {
    const unique = [...new Set(codes)].sort();
    const known = await this.agencies.knownMunicipalityCodes(unique);
    const unknown = unique.filter((code) => !known.has(code));
    if (unknown.length > 0) throw fieldError('municipalityCodes', 'not_found', `Unknown municipality: ${unknown.join(', ')}.`);
    return unique;
  }
}
