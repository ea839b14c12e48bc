import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../prisma/prisma.service';
import type { Place } from '@repo/contracts';
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

  /** The municipalities, to recognise place names in free text. Reference data: read once. */
  municipalities(): Promise<Place[]> {
    this.places ??= this.prisma.client.municipality.findMany({ select: { code: true, name: true } }).catch((error: unknown) => {
      this.places = undefined;
      throw error;
    });
    return this.places;
  }
}
