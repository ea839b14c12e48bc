import { Controller, Get, Param, Query } from '@nestjs/common';
import { ZodResponse } from 'nestjs-zod';
import { Public } from '../../common/access/public.decorator';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import { AgencyDto, AgencyIdParamDto, AgencyListQueryDto, AgencyNameListDto, AgencyPageDto } from './agencies.dto';
import { AgenciesService } from './agencies.service';

@Controller('agencies')
export class AgenciesController {
  constructor(private readonly agencies: AgenciesService) {}

  /** Names only, for the join-request form that people fill in before they have an account. */
  @Public()
  @Get('names')
  @ZodResponse({ status: 200, type: AgencyNameListDto })
  names() {
    return this.agencies.names();
  }

  @RequirePermission('directory:read')
  @Get()
  @ZodResponse({ status: 200, type: AgencyPageDto })
  list(@Query() query: AgencyListQueryDto) {
    return this.agencies.list(query);
  }

  @RequirePermission('directory:read')
  @Get(':id')
  @ZodResponse({ status: 200, type: AgencyDto })
  get(@Param() params: AgencyIdParamDto) {
    return this.agencies.get(params.id);
  }
}
