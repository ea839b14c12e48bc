import { Injectable } from '@nestjs/common';
import type { UserListQuery } from '@repo/contracts';
import type { Prisma } from '@repo/db';
import { PrismaService } from '../../prisma/prisma.service';
import { USER_SELECT, type UserRow } from './users.mapper';

/** Users whose agency works in one of these municipalities; 'all' for no limit. */
export type MunicipalityFilter = 'all' | readonly string[];

export function agencyInMunicipalities(filter: MunicipalityFilter): Prisma.AgencyWhereInput {
  return filter === 'all' ? {} : { municipalities: { some: { municipalityCode: { in: [...filter] } } } };
}

@Injectable()
export class UsersRepository {
  constructor(private readonly prisma: PrismaService) {}

  async list(query: UserListQuery, scope: MunicipalityFilter): Promise<{ rows: UserRow[]; total: number }> {
    const where: Prisma.UserWhereInput = {
      agency: agencyInMunicipalities(scope),
      ...(query.role ? { role: query.role } : {}),
      ...(query.agencyId ? { agencyId: query.agencyId } : {}),
      ...(query.status ? { disabledAt: query.status === 'DISABLED' ? { not: null } : null } : {}),
      ...(query.q
        ? { OR: [{ name: { contains: query.q, mode: 'insensitive' } }, { email: { contains: query.q, mode: 'insensitive' } }] }
        : {}),
    };
    // The page and the count are two queries on separate pool connections, run side by side.
    const [rows, total] = await Promise.all([
      this.prisma.client.user.findMany({
        where,
        select: USER_SELECT,
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
      }),
      this.prisma.client.user.count({ where }),
    ]);
    return { rows, total };
  }

  findById(id: string, db: Pick<Prisma.TransactionClient, 'user'> = this.prisma.client): Promise<UserRow | null> {
    return db.user.findUnique({ where: { id }, select: USER_SELECT });
  }

  /** The municipalities a user's agency covers: what decides whose scope they are in. */
  async agencyMunicipalities(agencyId: string): Promise<string[] | null> {
    const agency = await this.prisma.client.agency.findUnique({
      where: { id: agencyId },
      select: { municipalities: { select: { municipalityCode: true } } },
    });
    return agency ? agency.municipalities.map((row) => row.municipalityCode) : null;
  }

  /** Who looks after a place: the coordinators whose scope covers it, else the administrators. */
  async coordinatorEmails(municipalityCodes: string[]): Promise<string[]> {
    const active = { disabledAt: null };
    const coordinators = await this.prisma.client.user.findMany({
      where: {
        ...active,
        role: 'COORDINATOR',
        OR: [{ coordinatesWholeRegion: true }, { scopeMunicipalities: { some: { municipalityCode: { in: municipalityCodes } } } }],
      },
      select: { email: true },
    });
    if (coordinators.length > 0) return coordinators.map((user) => user.email);
    const admins = await this.prisma.client.user.findMany({ where: { ...active, role: 'ADMIN' }, select: { email: true } });
    return admins.map((user) => user.email);
  }
}
