import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ZodResponse } from 'nestjs-zod';
import { CurrentActor, type Actor } from '../../common/access/actor';
import { Public } from '../../common/access/public.decorator';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import { Client, type ClientInfo } from '../../common/http/client-info';
import {
  AgencyDto,
  AgencyIdParamDto,
  AgencyListQueryDto,
  AgencyNameListDto,
  AgencyPageDto,
  CreateAgencyInputDto,
  UpdateAgencyInputDto,
} from './agencies.dto';
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

  /** Coordinators, for agencies within their municipalities, and administrators. */
  @RequirePermission('agencies:manage')
  @Post()
  @ZodResponse({ status: 201, type: AgencyDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateAgencyInputDto, @Client() client: ClientInfo) {
    return this.agencies.create(actor, body, client);
  }

  /** The agency's own editors and the coordinators of its municipalities; a stale version gets 412. */
  @RequirePermission('agencies:update')
  @Patch(':id')
  @ZodResponse({ status: 200, type: AgencyDto })
  update(@CurrentActor() actor: Actor, @Param() params: AgencyIdParamDto, @Body() body: UpdateAgencyInputDto, @Client() client: ClientInfo) {
    return this.agencies.update(actor, params.id, body, client);
  }

  /** Hides the agency from lists and search; it is never deleted. 409 while it has sub-organisations. */
  @RequirePermission('agencies:manage')
  @Post(':id/archive')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: AgencyDto })
  archive(@CurrentActor() actor: Actor, @Param() params: AgencyIdParamDto, @Client() client: ClientInfo) {
    return this.agencies.archive(actor, params.id, client);
  }
}
