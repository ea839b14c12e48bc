import { Injectable } from '@nestjs/common';
import type { ContactListQuery } from '@repo/contracts';
import type { Prisma } from '@repo/db';
import { PrismaService } from '../../prisma/prisma.service';
import { CONTACT_SELECT, type ContactRecord, type ContactRow } from './contacts.mapper';

type Db = Prisma.TransactionClient;

/** What a create or update writes besides plain fields: the lists, replaced as a whole. */
export interface ContactLists {
  municipalityCodes?: string[];
  competenceIds?: string[];
}

@Injectable()
export class ContactsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async list(query: ContactListQuery): Promise<{ rows: ContactRow[]; total: number }> {
    const where: Prisma.ContactWhereInput = {
      archivedAt: null,
      ...(query.q ? { name: { contains: query.q, mode: 'insensitive' } } : {}),
      ...(query.agencyId ? { agencyId: query.agencyId } : {}),
      ...(query.municipality ? { municipalities: { some: { municipalityCode: query.municipality } } } : {}),
      ...(query.competence ? { competences: { some: { competence: { slug: query.competence } } } } : {}),
    };
    // The page and the count are two queries on separate pool connections, run side by side.
    const [rows, total] = await Promise.all([
      this.prisma.client.contact.findMany({
        where,
        select: CONTACT_SELECT,
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
      }),
      this.prisma.client.contact.count({ where }),
    ]);
    return { rows: await this.withVerifiers(rows), total };
  }

  async findByUser(userId: string): Promise<ContactRow | null> {
    const row = await this.prisma.client.contact.findUnique({ where: { userId }, select: CONTACT_SELECT });
    return row ? this.withVerifier(row) : null;
  }

  async findById(id: string, db: Db = this.prisma.client): Promise<ContactRow | null> {
    const row = await db.contact.findUnique({ where: { id }, select: CONTACT_SELECT });
    return row ? this.withVerifier(row, db) : null;
  }

  /** The ids of competences by slug; unknown slugs are simply absent from the answer. */
  async competenceIds(slugs: string[]): Promise<Map<string, string>> {
    const rows = await this.prisma.client.competence.findMany({ where: { slug: { in: slugs }, archivedAt: null }, select: { id: true, slug: true } });
    return new Map(rows.map((row) => [row.slug, row.id]));
  }

  async create(data: Prisma.ContactUncheckedCreateInput, lists: ContactLists, db: Db): Promise<ContactRow> {
    const { id } = await db.contact.create({ data, select: { id: true } });
    await this.replaceLists(id, lists, db);
    return this.withVerifier(await db.contact.findUniqueOrThrow({ where: { id }, select: CONTACT_SELECT }), db);
  }

  /** Applies the change only if the row still has the version the client read; null otherwise. */
  async updateIfVersion(id: string, version: number, data: Prisma.ContactUpdateManyMutationInput, lists: ContactLists, db: Db): Promise<ContactRow | null> {
    const { count } = await db.contact.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (count !== 1) return null;
    await this.replaceLists(id, lists, db);
    return this.withVerifier(await db.contact.findUniqueOrThrow({ where: { id }, select: CONTACT_SELECT }), db);
  }

  private async withVerifier(row: ContactRecord, db: Db = this.prisma.client): Promise<ContactRow> {
    const user = row.lastVerifiedById ? await db.user.findUnique({ where: { id: row.lastVerifiedById }, select: { name: true } }) : null;
    return { ...row, lastVerifiedBy: user?.name ?? null };
  }

  /** The names of the users who last verified the rows, in one query; a deleted account leaves null. */
  private async withVerifiers(rows: ContactRecord[], db: Db = this.prisma.client): Promise<ContactRow[]> {
    const ids = [...new Set(rows.map((row) => row.lastVerifiedById).filter((id): id is string => id !== null))];
    const users = ids.length > 0 ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [];
    const names = new Map(users.map((user) => [user.id, user.name]));
    return rows.map((row) => ({ ...row, lastVerifiedBy: row.lastVerifiedById ? (names.get(row.lastVerifiedById) ?? null) : null }));
  }

  private async replaceLists(contactId: string, lists: ContactLists, db: Db): Promise<void> {
    if (lists.municipalityCodes) {
      await db.contactMunicipality.deleteMany({ where: { contactId } });
      await db.contactMunicipality.createMany({ data: lists.municipalityCodes.map((municipalityCode) => ({ contactId, municipalityCode })) });
    }
    if (lists.competenceIds) {
      await db.contactCompetence.deleteMany({ where: { contactId } });
      await db.contactCompetence.createMany({ data: lists.competenceIds.map((competenceId) => ({ contactId, competenceId })) });
    }
  }
}
