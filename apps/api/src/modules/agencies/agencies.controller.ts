import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ZodResponse } from 'nestjs-zod';
import { CurrentActor, type Actor } from '../../common/access/actor';
import { Public } from '../../common/access/public.decorator';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import { Client, type ClientInfo } from '../../common/http/client-info';
import { AgencyDto, AgencyIdParamDto, AgencyListQueryDto, AgencyNameListDto, AgencyPageDto, UpdateAgencyInputDto } from './agencies.dto';
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

  /** The agency's own editors and the coordinators of its municipalities; a stale version gets 412. */
  @RequirePermission('agencies:update')
  @Patch(':id')
  @ZodResponse({ status: 200, type: AgencyDto })
  update(@CurrentActor() actor: Actor, @Param() params: AgencyIdParamDto, @Body() body: UpdateAgencyInputDto, @Client() client: ClientInfo) {
    return this.agencies.update(actor, params.id, body, client);
  }
}
