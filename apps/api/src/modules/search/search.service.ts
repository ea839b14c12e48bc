import { Injectable } from '@nestjs/common';
import { hasPermission, splitPlaces, type SearchQuery, type SearchResult } from '@repo/contracts';
import type { Actor } from '../../common/access/actor';
import { Clock } from '../../common/clock/clock';
import { searchTerms } from '../../common/text/search-terms';
import { resourceTextQuery } from '../resources/resource-search-sql';
import { toFacets, toSearchItem } from './search.mapper';
import { SearchRepository } from './search.repository';

/** One search across contacts, agencies and functions, with the matching resources as a group of their own. */
@Injectable()
export class SearchService {
  constructor(
    private readonly repository: SearchRepository,
    private readonly clock: Clock,
  ) {}

  async search(actor: Actor, query: SearchQuery): Promise<SearchResult> {
    const { codes, rest } = splitPlaces(searchTerms(query.q), await this.repository.municipalities());
    // Resources match the whole text, place names included (a plan named for its municipality); without text (or the right to read resources) there is no group.
    const text = hasPermission(actor.role, 'resources:read') ? resourceTextQuery(query.q) : null;
    const [row, resources] = await Promise.all([
      this.repository.search({ query, terms: rest, placeCodes: codes }),
      text ? this.repository.resources(actor, query, text) : Promise.resolve({ items: [], total: 0 }),
    ]);
    const now = this.clock.now();
    return {
      items: row.items.map((item) => toSearchItem(item, now)),
      total: row.total,
      page: query.page,
      pageSize: query.pageSize,
      facets: toFacets(row.facets),
      places: codes,
      resources,
    };
  }
}
