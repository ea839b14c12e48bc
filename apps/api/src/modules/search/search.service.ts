import { Injectable } from '@nestjs/common';
import { splitPlaces, type SearchQuery, type SearchResult } from '@repo/contracts';
import { Clock } from '../../common/clock/clock';
import { searchTerms } from '../../common/text/search-terms';
import { toFacets, toSearchItem } from './search.mapper';
import { SearchRepository } from './search.repository';

/** One search across contacts, agencies and functions. */
@Injectable()
export class SearchService {
  constructor(
    private readonly repository: SearchRepository,
    private readonly clock: Clock,
  ) {}

  async search(query: SearchQuery): Promise<SearchResult> {
    const { codes, rest } = splitPlaces(searchTerms(query.q), await this.repository.municipalities());
    const row = await this.repository.search({ query, terms: rest, placeCodes: codes });
    const now = this.clock.now();
    return {
      items: row.items.map((item) => toSearchItem(item, now)),
      total: row.total,
      page: query.page,
      pageSize: query.pageSize,
      facets: toFacets(row.facets),
      places: codes,
    };
  }
}
