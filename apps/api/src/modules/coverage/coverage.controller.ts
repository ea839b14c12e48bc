import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiProduces } from '@nestjs/swagger';
import { CoverageQuerySchema, CoverageSchema } from '@repo/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { CurrentActor, type Actor } from '../../common/access/actor';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import { Client, type ClientInfo } from '../../common/http/client-info';
import { CoverageService } from './coverage.service';

class CoverageQueryDto extends createZodDto(CoverageQuerySchema) {}
class CoverageDto extends createZodDto(CoverageSchema) {}

@Controller('coverage')
export class CoverageController {
  constructor(private readonly coverage: CoverageService) {}

  /** One cell per municipality × sector and per municipality × key function: verified, stale or vacant, with the names behind it. */
  @RequirePermission('directory:read')
  @Get()
  @ZodResponse({ status: 200, type: CoverageDto })
  matrix(@Query() query: CoverageQueryDto) {
    return this.coverage.matrix(query);
  }

  /** The same as CSV for Excel (semicolons, UTF-8 with BOM). Coordinators only, and audited. */
  @RequirePermission('roster:export')
  @Get('export')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="tackning.csv"')
  @ApiProduces('text/csv')
  export(@CurrentActor() actor: Actor, @Query() query: CoverageQueryDto, @Client() client: ClientInfo) {
    return this.coverage.exportCsv(actor, query, client);
  }
}
