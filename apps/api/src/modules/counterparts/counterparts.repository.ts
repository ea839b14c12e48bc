import { Injectable } from '@nestjs/common';
import type { CounterpartReason } from '@repo/contracts';
import { PrismaService } from '../../prisma/prisma.service';
import type { PersonJson } from '../search/search.mapper';
import { counterpartsSql, type CounterpartSqlInput } from './counterparts.sql';

export interface CounterpartRow extends PersonJson {
  jobTitle: string | null;
  lastVerifiedAt: Date | null;
  reason: CounterpartReason;
  agency: { id: string; name: string };
  seat: { id: string; name: string } | null;
  standIn: (PersonJson & { functionId: string; functionName: string }) | null;
}

@Injectable()
export class CounterpartsRepository {
  constructor(private readonly prisma: PrismaService) {}

  find(input: CounterpartSqlInput): Promise<CounterpartRow[]> {
    return this.prisma.client.$queryRaw<CounterpartRow[]>(counterpartsSql(input));
  }
}
