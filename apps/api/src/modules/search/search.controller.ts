import { Controller, Get, Query } from '@nestjs/common';
import { SearchQuerySchema, SearchResultSchema } from '@repo/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { CurrentActor, type Actor } from '../../common/access/actor';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import { SearchService } from './search.service';

class SearchQueryDto extends createZodDto(SearchQuerySchema) {}
class SearchResultDto extends createZodDto(SearchResultSchema) {}

@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  /** Contacts, agencies and functions in one ranked list, with facet counts; matching resources as a group of their own. */
  @RequirePermission('directory:read')
  @Get()
  @ZodResponse({ status: 200, type: SearchResultDto })
  find(@CurrentActor() actor: Actor, @Query() query: SearchQueryDto) {
    return this.search.search(actor, query);
  }
}
