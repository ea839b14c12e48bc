import { Controller, Get, Param, Query } from '@nestjs/common';
import { ZodResponse } from 'nestjs-zod';
import { Public } from '../../common/access/public.decorator';
import { AgencyDto, AgencyIdParamDto, AgencyListQueryDto, AgencyPageDto } from './agencies.dto';
import { AgenciesService } from './agencies.service';

/** Reads are open until sign-in exists; then they require login like the rest of the directory. */
@Controller('agencies')
export class AgenciesController {
  constructor(private readonly agencies: AgenciesService) {}

  @Public()
  @Get()
  @ZodResponse({ status: 200, type: AgencyPageDto })
  list(@Query() query: AgencyListQueryDto) {
    return this.agencies.list(query);
  }

  @Public()
  @Get(':id')
  @ZodResponse({ status: 200, type: AgencyDto })
  get(@Param() params: AgencyIdParamDto) {
    return this.agencies.get(params.id);
  }
}
