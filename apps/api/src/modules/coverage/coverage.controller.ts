import { Controller, Get, Query } from '@nestjs/common';
import { CoverageQuerySchema, CoverageSchema } from '@repo/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import { CoverageService } from './coverage.service';

class CoverageQueryDto extends createZodDto(CoverageQuerySchema) {}
class CoverageDto extends createZodDto(CoverageSchema) {}

@Controller('coverage')
export class CoverageController {
  constructor(private readonly coverage: CoverageService) {}

  /** One cell per municipality × sector: verified, stale or vacant, with the names behind it. */
  @RequirePermission('directory:read')
  @Get()
  @ZodResponse({ status: 200, type: CoverageDto })
  matrix(@Query() query: CoverageQueryDto) {
    return this.coverage.matrix(query);
  }
}
