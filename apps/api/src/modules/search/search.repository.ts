import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../prisma/prisma.service';
import type { Place, ResourceSearchItem, SearchQuery } from '@repo/contracts';
import type { Prisma } from '@repo/db';
import type { ResourceActor } from '../resources/resource-access';
import { resourceGroupSql } from './resource-group.sql';
import type { SearchRow } from './search.mapper';
import { searchSql, type SearchSqlInput } from './search.sql';

@Injectable()
export class SearchRepository {
  private places: Promise<Place[]> | undefined;

  constructor(private readonly prisma: PrismaService) {}

  async search(input: SearchSqlInput): Promise<SearchRow> {
    const [row] = await this.prisma.client.$queryRaw<SearchRow[]>(searchSql(input));
    return row!;
  }

  async resources(reader: ResourceActor, query: SearchQuery, text: Prisma.Sql): Promise<{ items: ResourceSearchItem[]; total: number }> {
    const [row] = await this.prisma.client.$queryRaw<{ items: ResourceSearchItem[]; total: number }[]>(resourceGroupSql(reader, query, text));
    return row!;
  }

  /** The municipalities, to recognise place names in free text. Reference data: read once. */
  municipalities(): Promise<Place[]> {
    this.places ??= this.prisma.client.municipality.findMany({ select: { code: true, name: true } }).catch((error: unknown) => {
      this.places = undefined;
      throw error;
    });
    return this.places;
  }
}
