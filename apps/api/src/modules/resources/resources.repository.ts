import { Injectable } from '@nestjs/common';
import type { ResourceKind, ResourceStatus, Sector } from '@repo/contracts';
import { Prisma } from '@repo/db';
import { PrismaService } from '../../prisma/prisma.service';
import { currentCompetenceIds, knownMunicipalityCodes } from '../../prisma/reference-lookups';
import { visibleResourcesSql, type ResourceAccessFacts, type ResourceActor } from './resource-access';
import { resourceFilterSql, resourceTextQuery } from './resource-search-sql';
import { RESOURCE_DETAIL_SELECT, type ResourceDetailRow, type ResourceSummaryRow } from './resources.mapper';

type Db = Prisma.TransactionClient;

/** A resource row under its lock: what the rights, the version check, the content rule and the audit need. */
export interface LockedResource extends ResourceAccessFacts {
  id: string;
  title: string;
  linkUrl: string | null;
  version: number;
}

/** The filters of GET /api/resources, with the defaults resolved. */
export interface ResourceListFilters {
  q?: string;
  kind?: ResourceKind;
  competence?: string;
  municipality?: string;
  sector?: Sector;
  language?: string;
  /** Only the reader's agency's resources. */
  mine: boolean;
  /** Null: any status. */
  status: ResourceStatus | null;
  sort: 'newest' | 'relevance';
  page: number;
  pageSize: number;
}

@Injectable()
export class ResourcesRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
    return this.prisma.client.$transaction(work, { maxWait: 10_000, timeout: 20_000 });
  }

  /** One page of the resources the reader may see that match the filters, with the total. */
  async list(reader: ResourceActor, filters: ResourceListFilters): Promise<{ rows: ResourceSummaryRow[]; total: number }> {
    const text = resourceTextQuery(filters.q);
    const where = conditions(reader, filters, text);
    const rank = text ? Prisma.sql`ts_rank(r.search, ${text})` : Prisma.sql`0::real`;
    const rows = await this.prisma.client.$queryRaw<(ResourceSummaryRow & { total: number })[]>(
      summariesSql(where, rank, filters.sort, { limit: filters.pageSize, offset: (filters.page - 1) * filters.pageSize }),
    );
    // The total rides along with the page; only a page past the end, which has no rows to carry it, counts on its own.
    const total = rows[0]?.total ?? (filters.page > 1 ? await this.count(where) : 0);
    return { rows: rows.map(({ total: _total, ...row }) => row), total };
  }

  findDetail(id: string, db: Db = this.prisma.client): Promise<ResourceDetailRow | null> {
    return db.resource.findUnique({ where: { id }, select: RESOURCE_DETAIL_SELECT });
  }

  /** The reader's own current entry in the roster if it belongs to the agency: the default contact of what they share. */
  async ownContactId(userId: string, agencyId: string): Promise<string | null> {
    const contact = await this.prisma.client.contact.findFirst({ where: { userId, agencyId, archivedAt: null }, select: { id: true } });
    return contact?.id ?? null;
  }

  findContact(id: string): Promise<{ agencyId: string; archivedAt: Date | null } | null> {
    return this.prisma.client.contact.findUnique({ where: { id }, select: { agencyId: true, archivedAt: true } });
  }

  async isCurrentAgency(id: string): Promise<boolean> {
    return (await this.prisma.client.agency.count({ where: { id, archivedAt: null } })) === 1;
  }

  knownMunicipalityCodes(codes: readonly string[]): Promise<Set<string>> {
    return knownMunicipalityCodes(this.prisma.client, codes);
  }

  currentCompetenceIds(ids: readonly string[]): Promise<Set<string>> {
    return currentCompetenceIds(this.prisma.client, ids);
  }

  async create(data: Prisma.ResourceUncheckedCreateInput, competenceIds: string[], tx: Db): Promise<{ id: string; title: string }> {
    return tx.resource.create({
      data: { ...data, competences: { create: competenceIds.map((competenceId) => ({ competenceId })) } },
      select: { id: true, title: true },
    });
  }

  /** Applies the change and raises the version; the caller holds the row lock (lock) and has compared the version. */
  async update(id: string, data: Prisma.ResourceUncheckedUpdateInput, competenceIds: string[] | undefined, tx: Db): Promise<void> {
    await tx.resource.update({ where: { id }, data: { ...data, version: { increment: 1 } }, select: { id: true } });
    if (competenceIds) {
      await tx.resourceCompetence.deleteMany({ where: { resourceId: id } });
      await tx.resourceCompetence.createMany({ data: competenceIds.map((competenceId) => ({ resourceId: id, competenceId })) });
    }
  }

  countFiles(resourceId: string, tx: Db): Promise<number> {
    return tx.resourceFile.count({ where: { resourceId } });
  }

  /**
   * Locks the resource row until the transaction ends (null when there is none). Edits, deletion,
   * uploads and file deletions all take this lock first, so they happen one at a time and what it
   * returns holds until the commit.
   */
  async lock(id: string, tx: Db): Promise<LockedResource | null> {
    const [row] = await tx.$queryRaw<LockedResource[]>`
      SELECT id, title, visibility::text AS visibility, status::text AS status, owner_agency_id AS "ownerAgencyId", link_url AS "linkUrl", version
      FROM resources WHERE id = ${id}::uuid FOR UPDATE`;
    return row ?? null;
  }

  /** The storage key of every version of every file of the resource. */
  async storageKeys(id: string, tx: Db): Promise<string[]> {
    const versions = await tx.resourceFileVersion.findMany({ where: { file: { resourceId: id } }, select: { storageKey: true } });
    return versions.map((version) => version.storageKey);
  }

  /** Its competences, files and versions go with it (ON DELETE CASCADE). */
  async delete(id: string, tx: Db): Promise<void> {
    await tx.resource.delete({ where: { id }, select: { id: true } });
  }

  private async count(where: Prisma.Sql): Promise<number> {
    const [row] = await this.prisma.client.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM resources r ${where}`;
    return row?.total ?? 0;
  }
}

function conditions(reader: ResourceActor, filters: ResourceListFilters, text: Prisma.Sql | null): Prisma.Sql {
  const all: Prisma.Sql[] = [visibleResourcesSql(reader)];
  if (filters.status) all.push(Prisma.sql`r.status = ${filters.status}::"ResourceStatus"`);
  if (filters.mine) all.push(Prisma.sql`r.owner_agency_id = ${reader.agencyId}::uuid`);
  if (text) all.push(Prisma.sql`r.search @@ ${text}`);
  if (filters.kind) all.push(Prisma.sql`r.kind = ${filters.kind}::"ResourceKind"`);
  if (filters.municipality) all.push(resourceFilterSql.municipality(filters.municipality));
  if (filters.sector) all.push(resourceFilterSql.sector(filters.sector));
  if (filters.competence) all.push(resourceFilterSql.competence(filters.competence));
  if (filters.language) all.push(resourceFilterSql.language(filters.language));
  return Prisma.sql`WHERE ${Prisma.join(all, ' AND ')}`;
}

/**
 * Newest first by when they were first published (drafts never published lead, as the index
 * orders them), then by the latest change; by relevance the best full-text rank comes first.
 */
function orderOf(sort: ResourceListFilters['sort'], alias: 'm' | 'p'): Prisma.Sql {
  const column = (name: string) => Prisma.raw(`${alias}.${name}`);
  const newest = Prisma.sql`${column('published_at')} DESC, ${column('updated_at')} DESC, ${column('id')}`;
  return sort === 'relevance' ? Prisma.sql`${column('rank')} DESC, ${newest}` : newest;
}

/**
 * One statement for a page of summaries: the matching resources sorted (only the page in full,
 * top-N), the total riding along on each row, each with its owner's name, its competences and
 * its number of files.
 */
function summariesSql(where: Prisma.Sql, rank: Prisma.Sql, sort: ResourceListFilters['sort'], { limit, offset }: { limit: number; offset: number }): Prisma.Sql {
  return Prisma.sql`
    WITH matched AS (
      SELECT r.id, r.title, r.summary, r.kind, r.language, r.owner_agency_id, r.link_url, r.visibility, r.status,
        r.municipality_codes, r.sectors, r.published_at, r.updated_at, ${rank} AS rank
      FROM resources r
      ${where}
    ),
    page AS (
      SELECT m.*, count(*) OVER ()::int AS total FROM matched m
      ORDER BY ${orderOf(sort, 'm')}
      LIMIT ${limit} OFFSET ${offset}
    )
    SELECT p.id, p.title, p.summary, p.kind::text AS kind, p.language,
      json_build_object('id', a.id, 'name', a.name) AS "ownerAgency",
      p.link_url IS NOT NULL AS "hasLink",
      (SELECT count(*)::int FROM resource_files f WHERE f.resource_id = p.id) AS "fileCount",
      p.visibility::text AS visibility, p.status::text AS status,
      COALESCE(p.municipality_codes, '{}')::text[] AS "municipalityCodes",
      COALESCE(p.sectors::text[], '{}') AS sectors,
      COALESCE((
        SELECT json_agg(json_build_object('id', c.id, 'slug', c.slug, 'nameSv', c.name_sv, 'nameEn', c.name_en)
          ORDER BY c.sort_order, c.name_sv COLLATE "sv-SE-x-icu")
        FROM resource_competences rc JOIN competences c ON c.id = rc.competence_id WHERE rc.resource_id = p.id), '[]'::json) AS competences,
      p.published_at AS "publishedAt", p.updated_at AS "updatedAt", p.total
    FROM page p
    JOIN agencies a ON a.id = p.owner_agency_id
    ORDER BY ${orderOf(sort, 'p')}`;
}
