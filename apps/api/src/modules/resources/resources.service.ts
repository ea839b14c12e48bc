import { Inject, Injectable, Logger } from '@nestjs/common';
import { hasPermission, type CreateResourceInput, type Resource, type ResourceListQuery, type ResourcePage, type UpdateResourceInput } from '@repo/contracts';
import type { Prisma } from '@repo/db';
import type { FileStorage } from '@repo/file-storage';
import type { Actor } from '../../common/access/actor';
import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { definedOnly, unique } from '../../common/collections/collections';
import { AppError } from '../../common/errors/app-error';
import { type InputIssue, throwIfAny, unknownValuesIssues } from '../../common/errors/input-issues';
import type { ClientInfo } from '../../common/http/client-info';
import { FILE_STORAGE } from '../../common/storage/file-storage.token';
import { fieldChanges } from '../history/field-changes';
import { assertPublishedHasContent } from './published-content';
import { canEditResource, editableResourceOr403, visibleResourceOr404 } from './resource-access';
import { resourceAuditParties } from './resource-audit';
import { toResource, toResourceSummary, type ResourceDetailRow } from './resources.mapper';
import { ResourcesRepository, type LockedResource } from './resources.repository';

const STALE = 'Someone changed this resource since you loaded it; reload and redo your change.';

/** The references an input names, checked against what exists now. */
interface References {
  ownerAgencyId?: string;
  /** The contact to check, and the agency it must work at. */
  contact?: { id: string; agencyId: string };
  municipalityCodes?: string[];
  competenceIds?: string[];
}

/** The knowledge bank: sharing, finding, editing and removing resources (their files: resource-files). */
@Injectable()
export class ResourcesService {
  private readonly logger = new Logger('Resources');

  constructor(
    private readonly resources: ResourcesRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  /** Published resources unless the reader asks for their agency's (mine) or for drafts they may edit. */
  async list(actor: Actor, query: ResourceListQuery): Promise<ResourcePage> {
    const mine = query.mine === 'true';
    const { rows, total } = await this.resources.list(actor, {
      q: query.q,
      kind: query.kind,
      competence: query.competence,
      municipality: query.municipality,
      sector: query.sector,
      language: query.language,
      mine,
      status: query.status ?? (mine ? null : 'PUBLISHED'),
      sort: query.sort ?? (query.q ? 'relevance' : 'newest'),
      page: query.page,
      pageSize: query.pageSize,
    });
    return { items: rows.map(toResourceSummary), total, page: query.page, pageSize: query.pageSize };
  }

  async get(actor: Actor, id: string): Promise<Resource> {
    const resource = await this.visibleResource(actor, id);
    return toResource(resource, { canEdit: canEditResource(actor, resource) });
  }

  /**
   * Shared for the author's own agency unless a coordinator names another. The contact defaults to
   * the author's own roster entry when it is at the owner agency. A new resource has no files yet,
   * so it is published only with a link.
   */
  async create(actor: Actor, input: CreateResourceInput, client: ClientInfo): Promise<Resource> {
    const ownerAgencyId = input.ownerAgencyId ?? actor.agencyId;
    this.assertMayShareFor(actor, ownerAgencyId);
    throwIfAny(
      await this.referenceIssues({
        ownerAgencyId,
        contact: input.contactId ? { id: input.contactId, agencyId: ownerAgencyId } : undefined,
        municipalityCodes: input.municipalityCodes,
        competenceIds: input.competenceIds,
      }),
    );
    const status = input.status ?? 'DRAFT';
    const linkUrl = input.linkUrl ?? null;
    assertPublishedHasContent({ status, linkUrl }, 0);
    const contactId = input.contactId === undefined ? await this.resources.ownContactId(actor.id, ownerAgencyId) : input.contactId;

    const { id } = await this.resources.transaction(async (tx) => {
      const created = await this.resources.create(
        {
          title: input.title,
          summary: input.summary ?? '',
          kind: input.kind,
          language: input.language ?? 'sv',
          linkUrl,
          ownerAgencyId,
          contactId,
          createdById: actor.id,
          sectors: unique(input.sectors ?? []),
          municipalityCodes: unique(input.municipalityCodes ?? []),
          visibility: input.visibility ?? 'NETWORK',
          status,
          publishedAt: status === 'PUBLISHED' ? this.clock.now() : null,
        },
        unique(input.competenceIds ?? []),
        tx,
      );
      await this.audit.record({ action: 'resource.created', ...resourceAuditParties(actor, client, created), details: { status, visibility: input.visibility ?? 'NETWORK' } }, tx);
      return created;
    });
    return this.get(actor, id);
  }

  /**
   * The owner agency's members and the coordinators edit. A stale version is refused (412); a
   * published resource keeps a link or a file (409); the first publishing dates it.
   */
  async update(actor: Actor, id: string, input: UpdateResourceInput, client: ClientInfo): Promise<Resource> {
    const current = await this.editableResource(actor, id);
    const { version, competenceIds, ...fields } = input;
    const ownerAgencyId = fields.ownerAgencyId ?? current.ownerAgencyId;
    const ownerChanges = ownerAgencyId !== current.ownerAgencyId;
    if (ownerChanges) this.assertMayShareFor(actor, ownerAgencyId);
    const contactId = fields.contactId === undefined ? current.contactId : fields.contactId;
    const contactToCheck = contactId !== null && (ownerChanges || contactId !== current.contactId) ? contactId : null;
    const currentCompetenceIds = current.competences.map(({ competence }) => competence.id);
    // Only what the edit adds is checked: a competence archived since stays where it is.
    throwIfAny(
      await this.referenceIssues({
        ownerAgencyId: ownerChanges ? ownerAgencyId : undefined,
        contact: contactToCheck ? { id: contactToCheck, agencyId: ownerAgencyId } : undefined,
        municipalityCodes: fields.municipalityCodes,
        competenceIds: competenceIds?.filter((competenceId) => !currentCompetenceIds.includes(competenceId)),
      }),
    );

    const status = fields.status ?? current.status;
    const linkUrl = fields.linkUrl === undefined ? current.linkUrl : fields.linkUrl;
    const columns = definedOnly({
      title: fields.title,
      summary: fields.summary,
      kind: fields.kind,
      language: fields.language,
      linkUrl: fields.linkUrl,
      ownerAgencyId: fields.ownerAgencyId,
      contactId: fields.contactId,
      sectors: fields.sectors && unique(fields.sectors),
      municipalityCodes: fields.municipalityCodes && unique(fields.municipalityCodes),
      visibility: fields.visibility,
      status: fields.status,
      publishedAt: status === 'PUBLISHED' && current.publishedAt === null ? this.clock.now() : undefined,
    });
    const competences = competenceIds && unique(competenceIds);

    await this.changeLocked(actor, id, async (locked, tx) => {
      // The row as it is now, under the lock: the checks above read it before, and someone may have changed it since.
      if (locked.version !== version) throw new AppError('VERSION_CONFLICT', STALE, { currentVersion: locked.version });
      // Files are counted under the lock, which uploads and file deletions take too.
      if (fields.status !== undefined || fields.linkUrl !== undefined) {
        assertPublishedHasContent({ status, linkUrl }, await this.resources.countFiles(locked.id, tx));
      }
      await this.resources.update(locked.id, columns, competences, tx);
      await this.audit.record(
        {
          action: 'resource.updated',
          ...resourceAuditParties(actor, client, current),
          details: { changes: fieldChanges(auditable(current), auditable({ ...columns, competenceIds: competences })) },
        },
        tx,
      );
    });
    return this.get(actor, id);
  }

  /**
   * The rows go first, in one transaction; then the stored bytes of every version. A stored file
   * that cannot be removed then is logged with its key for an operator to remove: nothing points
   * at it any more, and the resource is gone as asked.
   */
  async delete(actor: Actor, id: string, client: ClientInfo): Promise<void> {
    const storageKeys = await this.changeLocked(actor, id, async (locked, tx) => {
      const keys = await this.resources.storageKeys(locked.id, tx);
      await this.resources.delete(locked.id, tx);
      await this.audit.record({ action: 'resource.deleted', ...resourceAuditParties(actor, client, locked), details: { storedFiles: keys.length } }, tx);
      return keys;
    });
    const results = await Promise.allSettled(storageKeys.map((key) => this.storage.delete(key)));
    const failed = results.flatMap((result, index) => (result.status === 'rejected' ? [{ key: storageKeys[index]!, reason: result.reason as unknown }] : []));
    if (failed.length > 0) {
      this.logger.error(
        { err: failed[0]!.reason, resourceId: id, storageKeys: failed.map(({ key }) => key) },
        'Could not remove the stored files of a deleted resource; remove them from the file storage by hand',
      );
    }
  }

  /**
   * Runs the work in a transaction holding the resource's row lock, once the actor's rights are
   * checked on the locked row: what was read before may have changed since. Every change of a
   * resource, of its files or of its version goes through here (404 when it is gone or hidden, 403
   * when the actor may only read it).
   */
  changeLocked<T>(actor: Actor, id: string, work: (resource: LockedResource, tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
    return this.resources.transaction(async (tx) => work(editableResourceOr403(actor, await this.resources.lock(id, tx)), tx));
  }

  private async visibleResource(actor: Actor, id: string): Promise<ResourceDetailRow> {
    return visibleResourceOr404(actor, await this.resources.findDetail(id));
  }

  private async editableResource(actor: Actor, id: string): Promise<ResourceDetailRow> {
    return editableResourceOr403(actor, await this.resources.findDetail(id));
  }

  private assertMayShareFor(actor: Actor, agencyId: string): void {
    if (agencyId !== actor.agencyId && !hasPermission(actor.role, 'resources:manage')) {
      throw new AppError('FORBIDDEN', 'You may share resources for your own agency only.');
    }
  }

  /** The owner agency, the contact, the municipalities and the competences must exist and be current. */
  private async referenceIssues(input: References): Promise<InputIssue[]> {
    const issues: InputIssue[] = [];
    const [agencyIsCurrent, contact, municipalities, competences] = await Promise.all([
      input.ownerAgencyId ? this.resources.isCurrentAgency(input.ownerAgencyId) : Promise.resolve(true),
      input.contact ? this.resources.findContact(input.contact.id) : Promise.resolve(null),
      this.resources.knownMunicipalityCodes(input.municipalityCodes ?? []),
      this.resources.currentCompetenceIds(input.competenceIds ?? []),
    ]);
    if (!agencyIsCurrent) issues.push({ path: ['ownerAgencyId'], code: 'not_found', message: 'There is no such organisation (or it is archived).' });
    if (input.contact) {
      if (!contact || contact.archivedAt) {
        issues.push({ path: ['contactId'], code: 'not_found', message: 'There is no such contact (or it is archived).' });
      } else if (contact.agencyId !== input.contact.agencyId) {
        issues.push({ path: ['contactId'], code: 'other_agency', message: 'The contact must work at the agency that owns the resource.' });
      }
    }
    issues.push(
      ...unknownValuesIssues('municipalityCodes', input.municipalityCodes, municipalities, 'municipality'),
      ...unknownValuesIssues('competenceIds', input.competenceIds, competences, 'competence (or archived)'),
    );
    return issues;
  }
}

/** The resource's fields as the audit log compares them: instants as ISO text, competences as ids. */
function auditable(resource: Record<string, unknown> & { competences?: ResourceDetailRow['competences'] }): Record<string, unknown> {
  const { competences, ...fields } = resource;
  const record: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(fields)) record[field] = value instanceof Date ? value.toISOString() : value;
  if (competences) record.competenceIds = competences.map(({ competence }) => competence.id);
  return record;
}
