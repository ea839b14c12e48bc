import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ZodResponse } from 'nestjs-zod';
import { CurrentActor, type Actor } from '../../common/access/actor';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import { Client, type ClientInfo } from '../../common/http/client-info';
import {
  AgencyFunctionDto,
  AgencyFunctionListDto,
  CreateFunctionInputDto,
  FunctionIdParamDto,
  FunctionListQueryDto,
  HandoverInputDto,
  UpdateFunctionInputDto,
} from './functions.dto';
import { FunctionsService } from './functions.service';

@Controller('functions')
export class FunctionsController {
  constructor(private readonly functions: FunctionsService) {}

  @RequirePermission('directory:read')
  @Get()
  @ZodResponse({ status: 200, type: AgencyFunctionListDto })
  list(@Query() query: FunctionListQueryDto) {
    return this.functions.list(query);
  }

  @RequirePermission('directory:read')
  @Get(':id')
  @ZodResponse({ status: 200, type: AgencyFunctionDto })
  get(@Param() params: FunctionIdParamDto) {
    return this.functions.get(params.id);
  }

  @RequirePermission('roster:edit')
  @Post()
  @ZodResponse({ status: 201, type: AgencyFunctionDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateFunctionInputDto, @Client() client: ClientInfo) {
    return this.functions.create(actor, body, client);
  }

  @RequirePermission('roster:edit')
  @Patch(':id')
  @ZodResponse({ status: 200, type: AgencyFunctionDto })
  update(@CurrentActor() actor: Actor, @Param() params: FunctionIdParamDto, @Body() body: UpdateFunctionInputDto, @Client() client: ClientInfo) {
    return this.functions.update(actor, params.id, body, client);
  }

  /** Hands the seat to a new holder (and deputy) in one action, recorded in its history. */
  @RequirePermission('roster:edit')
  @Post(':id/handover')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: AgencyFunctionDto })
  handOver(@CurrentActor() actor: Actor, @Param() params: FunctionIdParamDto, @Body() body: HandoverInputDto, @Client() client: ClientInfo) {
    return this.functions.handOver(actor, params.id, body, client);
  }
}
