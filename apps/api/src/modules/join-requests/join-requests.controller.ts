import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ZodResponse } from 'nestjs-zod';
import { CurrentActor, type Actor } from '../../common/access/actor';
import { Public } from '../../common/access/public.decorator';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import { Client, type ClientInfo } from '../../common/http/client-info';
import { CreateJoinRequestInputDto, JoinRequestDto, JoinRequestIdParamDto, JoinRequestListDto, JoinRequestListQueryDto } from './join-requests.dto';
import { JoinRequestsService } from './join-requests.service';

@Controller('join-requests')
export class JoinRequestsController {
  constructor(private readonly joinRequests: JoinRequestsService) {}

  /** From the login page: anyone may ask to join; the coordinators are notified. */
  @Public()
  @Post()
  @HttpCode(202)
  create(@Body() body: CreateJoinRequestInputDto, @Client() client: ClientInfo) {
    return this.joinRequests.create(body, client);
  }

  @RequirePermission('joinRequests:decide')
  @Get()
  @ZodResponse({ status: 200, type: JoinRequestListDto })
  list(@CurrentActor() actor: Actor, @Query() query: JoinRequestListQueryDto) {
    return this.joinRequests.list(actor, query.status);
  }

  @RequirePermission('joinRequests:decide')
  @Post(':id/approve')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: JoinRequestDto })
  approve(@CurrentActor() actor: Actor, @Param() params: JoinRequestIdParamDto, @Client() client: ClientInfo) {
    return this.joinRequests.approve(actor, params.id, client);
  }

  @RequirePermission('joinRequests:decide')
  @Post(':id/decline')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: JoinRequestDto })
  decline(@CurrentActor() actor: Actor, @Param() params: JoinRequestIdParamDto, @Client() client: ClientInfo) {
    return this.joinRequests.decline(actor, params.id, client);
  }
}
