import { Injectable } from '@nestjs/common';
import type { AgencyListQuery } from '@repo/contracts';
import { Prisma } from '@repo/db';
import { searchTerms, toPrefixTsQuery } from '../../common/text/search-terms';
import { PrismaService } from '../../prisma/prisma.service';
import { knownMunicipalityCodes } from '../../prisma/reference-lookups';

type Db = Prisma.TransactionClient;

export const agencySelect = {
  id: true,
  name: true,
  sector: true,
  streetAddress: true,
  postalCode: true,
  city: true,
  phone: true,
  email: true,
  website: true,
  description: true,
  parentId: true,
  parent: { select: { id: true, name: true } },
  children: { where: { archivedAt: null }, select: { id: true, name: true } },
  archivedAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  municipalities: { select: { municipality: { select: { code: true, name: true } } } },
} satisfies Prisma.AgencySelect;

export type AgencyRow = Prisma.AgencyGetPayload<{ select: typeof agencySelect }>;

/** The plain columns a create or update writes; coverage goes to the link table. */
export type AgencyColumns = Omit<Prisma.AgencyUncheckedCreateInput, 'id' | 'municipalities' | 'version' | 'createdAt' | 'updatedAt'>;

@Injectable()
export class AgenciesRepository {
  constructor(private readonly prisma: PrismaService) {}

  listNames(): Promise<{ id: string; name: string }[]> {
    return this.prisma.client.$queryRaw`
      SELECT id, name FROM agencies WHERE archived_at IS NULL ORDER BY name COLLATE "sv-SE-x-icu", id`;
  }

  findById(id: string, db: Db = this.prisma.client): Promise<AgencyRow | null> {
    return db.agency.findUnique({ where: { id }, select: agencySelect });
  }

  /** Which of the codes name a known municipality. */
  knownMunicipalityCodes(codes: readonly string[]): Promise<Set<string>> {
    return knownMunicipalityCodes(this.prisma.client, codes);
  }

  /**
   * Serialises changes to the tree of organisations (a new parent, an archiving), so that two
   * concurrent edits can neither close a cycle nor hang a new child under an agency being archived.
   */
  async lockTree(tx: Db): Promise<void> {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('agencies.tree'))`;
  }

  findParentCandidate(id: string, tx: Db): Promise<{ id: string; archivedAt: Date | null } | null> {
    return tx.agency.findUnique({ where: { id }, select: { id: true, archivedAt: true } });
  }

  /** The agency and every organisation above it, following parent links upwards. */
  async lineage(id: string, tx: Db): Promise<string[]> {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      WITH RECURSIVE up(id, parent_id) AS (
        SELECT id, parent_id FROM agencies WHERE id = ${id}::uuid
        UNION
        SELECT a.id, a.parent_id FROM agencies a JOIN up ON a.id = up.parent_id
      )
      SELECT id::text AS id FROM up`;
    return rows.map((row) => row.id);
  }

  activeChildren(id: string, tx: Db): Promise<{ id: string; name: string }[]> {
    return tx.agency.findMany({ where: { parentId: id, archivedAt: null }, select: { id: true, name: true }, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
  }

  async create(columns: AgencyColumns, municipalityCodes: readonly string[], tx: Db): Promise<AgencyRow> {
    return tx.agency.create({
      data: { ...columns, municipalities: { create: municipalityCodes.map((municipalityCode) => ({ municipalityCode })) } },
      select: agencySelect,
    });
  }

  /**
   * Applies the changes only if the row still has the version the client read; null otherwise.
   * Coverage, when given, replaces the agency's municipalities as a whole.
   */
  async updateIfVersion(
    id: string,
    version: number,
    changes: Prisma.AgencyUncheckedUpdateManyInput,
    municipalityCodes: readonly string[] | undefined,
    tx: Db,
  ): Promise<AgencyRow | null> {
    const { count } = await tx.agency.updateMany({ where: { id, version }, data: { ...changes, version: { increment: 1 } } });
    if (count !== 1) return null;
    if (municipalityCodes) {
      await tx.agencyMunicipality.deleteMany({ where: { agencyId: id } });
      await tx.agencyMunicipality.createMany({ data: municipalityCodes.map((municipalityCode) => ({ agencyId: id, municipalityCode })) });
    }
    return tx.agency.findUniqueOrThrow({ where: { id }, select: agencySelect });
  }

  /** Null when it was archived already (by someone a moment earlier). */
  async archive(id: string, at: Date, tx: Db): Promise<AgencyRow | null> {
    const { count } = await tx.agency.updateMany({ where: { id, archivedAt: null }, data: { archivedAt: at, version: { increment: 1 } } });
    return count === 1 ? tx.agency.findUniqueOrThrow({ where: { id }, select: agencySelect }) : null;
  }

  /**
   * One page of agencies matching the filters, archived ones left out. Free text is matched in
   * PostgreSQL: Swedish full-text search over name and description with accents folded, plus
   * trigram word similarity on the name for small typos, every word required; best matches first, then Swedish
   * alphabetical order.
   */
  async search(query: AgencyListQuery): Promise<{ rows: AgencyRow[]; total: number }> {
    const terms = searchTerms(query.q);
    const text = terms.join(' ');
    const tsQuery = Prisma.sql`to_tsquery('swedish', immutable_unaccent(${toPrefixTsQuery(terms)}))`;
    const normalized = Prisma.sql`lower(immutable_unaccent(${text}))`;

    const conditions: Prisma.Sql[] = [Prisma.sql`a.archived_at IS NULL`];
    if (query.sector) conditions.push(Prisma.sql`a.sector = ${query.sector}::"Sector"`);
    if (query.municipality) {
      conditions.push(Prisma.sql`EXISTS (
        SELECT 1 FROM agency_municipalities am
        WHERE am.agency_id = a.id AND am.municipality_code = ${query.municipality})`);
    }
    // Every word must be found: as a word prefix in the text or, when it is spelt in letters only
    // (numbers and codes are never guessed at), as a slip of a word of the name.
    for (const term of terms) {
      const prefix = Prisma.sql`a.search @@ to_tsquery('swedish', immutable_unaccent(${toPrefixTsQuery([term])}))`;
      conditions.push(
        /^\p{L}+$/u.test(term) ? Prisma.sql`(${prefix} OR lower(immutable_unaccent(${term})) <% a.search_name)` : prefix,
      );
    }
    const where = Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}`;
    const relevance =
      terms.length > 0
        ? Prisma.sql`ts_rank(a.search, ${tsQuery}) + word_similarity(${normalized}, a.search_name) DESC,`
        : Prisma.empty;

    // The total rides along with the page (one scan instead of two); only a page past the end,
    // which has no rows to carry it, needs a count of its own.
    const page = await this.prisma.client.$queryRaw<{ id: string; total: number }[]>`
      SELECT a.id, count(*) OVER ()::int AS total FROM agencies a ${where}
      ORDER BY ${relevance} a.name COLLATE "sv-SE-x-icu", a.id
      LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`;
    const total = page[0]?.total ?? (query.page > 1 ? await this.count(where) : 0);
    const ids = page.map(({ id }) => id);

    const rows = await this.prisma.client.agency.findMany({
      where: { id: { in: ids } },
      select: agencySelect,
    });
    const position = new Map(ids.map((id, index) => [id, index]));
    rows.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
    return { rows, total };
  }

  private async count(where: Prisma.Sql): Promise<number> {
    const [row] = await this.prisma.client.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM agencies a ${where}`;
    return row?.total ?? 0;
  }
}
