import { Controller, Get, Param, Query } from '@nestjs/common';
import { HistoryPageSchema, HistoryQuerySchema, IdParamSchema } from '@repo/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import { HistoryService } from './history.service';

class HistoryQueryDto extends createZodDto(HistoryQuerySchema) {}
class HistoryPageDto extends createZodDto(HistoryPageSchema) {}
class HistoryTargetParamDto extends createZodDto(IdParamSchema) {}

/** The field-level history of the roster's records, newest first; for coordinators and administrators. */
@Controller()
export class HistoryController {
  constructor(private readonly history: HistoryService) {}

  @RequirePermission('history:read')
  @Get('agencies/:id/history')
  @ZodResponse({ status: 200, type: HistoryPageDto })
  agency(@Param() params: HistoryTargetParamDto, @Query() query: HistoryQueryDto) {
    return this.history.list('agency', params.id, query);
  }

  @RequirePermission('history:read')
  @Get('contacts/:id/history')
  @ZodResponse({ status: 200, type: HistoryPageDto })
  contact(@Param() params: HistoryTargetParamDto, @Query() query: HistoryQueryDto) {
    return this.history.list('contact', params.id, query);
  }

  @RequirePermission('history:read')
  @Get('functions/:id/history')
  @ZodResponse({ status: 200, type: HistoryPageDto })
  function(@Param() params: HistoryTargetParamDto, @Query() query: HistoryQueryDto) {
    return this.history.list('function', params.id, query);
  }
}
