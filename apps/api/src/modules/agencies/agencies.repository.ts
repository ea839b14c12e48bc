import { Injectable } from '@nestjs/common';
import type { AgencyListQuery } from '@repo/contracts';
import { Prisma } from '@repo/db';
import { searchTerms, toPrefixTsQuery } from '../../common/text/search-terms';
import { PrismaService } from '../../prisma/prisma.service';

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
  version: true,
  createdAt: true,
  updatedAt: true,
  municipalities: { select: { municipality: { select: { code: true, name: true } } } },
} satisfies Prisma.AgencySelect;

export type AgencyRow = Prisma.AgencyGetPayload<{ select: typeof agencySelect }>;

@Injectable()
export class AgenciesRepository {
  constructor(private readonly prisma: PrismaService) {}

  listNames(): Promise<{ id: string; name: string }[]> {
    return this.prisma.client.$queryRaw`SELECT id, name FROM agencies ORDER BY name COLLATE "sv-SE-x-icu", id`;
  }

  /** Applies the changes only if the row still has the version the client read; null otherwise. */
  async updateIfVersion(id: string, version: number, changes: Prisma.AgencyUpdateInput, tx: Prisma.TransactionClient): Promise<AgencyRow | null> {
    const { count } = await tx.agency.updateMany({ where: { id, version }, data: { ...changes, version: { increment: 1 } } });
    return count === 1 ? tx.agency.findUniqueOrThrow({ where: { id }, select: agencySelect }) : null;
  }

  findById(id: string): Promise<AgencyRow | null> {
    return this.prisma.client.agency.findUnique({ where: { id }, select: agencySelect });
  }

  /**
   * One page of agencies matching the filters. Free text is matched in PostgreSQL: Swedish
   * full-text search over name and description with accents folded, plus trigram word
   * similarity on the name for small typos; best matches first, then Swedish alphabetical order.
   */
  async search(query: AgencyListQuery): Promise<{ rows: AgencyRow[]; total: number }> {
    const terms = searchTerms(query.q);
    const text = terms.join(' ');
    const tsQuery = Prisma.sql`to_tsquery('swedish', immutable_unaccent(${toPrefixTsQuery(terms)}))`;
    const normalized = Prisma.sql`lower(immutable_unaccent(${text}))`;

    const conditions: Prisma.Sql[] = [];
    if (query.sector) conditions.push(Prisma.sql`a.sector = ${query.sector}::"Sector"`);
    if (query.municipality) {
      conditions.push(Prisma.sql`EXISTS (
        SELECT 1 FROM agency_municipalities am
        WHERE am.agency_id = a.id AND am.municipality_code = ${query.municipality})`);
    }
    if (terms.length > 0) {
      conditions.push(Prisma.sql`(a.search @@ ${tsQuery} OR ${normalized} <% a.search_name)`);
    }
    const where = conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
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
