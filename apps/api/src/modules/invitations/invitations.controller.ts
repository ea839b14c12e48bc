import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ZodResponse } from 'nestjs-zod';
import { CurrentActor, type Actor } from '../../common/access/actor';
import { Public } from '../../common/access/public.decorator';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import { Client, type ClientInfo } from '../../common/http/client-info';
import {
  AcceptInvitationInputDto,
  CreateInvitationInputDto,
  InvitationDto,
  InvitationIdParamDto,
  InvitationListDto,
  InvitationPreviewDto,
  InvitationTokenInputDto,
} from './invitations.dto';
import { InvitationsService } from './invitations.service';

@Controller('invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @RequirePermission('invitations:manage')
  @Get()
  @ZodResponse({ status: 200, type: InvitationListDto })
  list(@CurrentActor() actor: Actor) {
    return this.invitations.listPending(actor);
  }

  /** Mails a single-use link valid seven days. The role is never above the inviter's own. */
  @RequirePermission('invitations:manage')
  @Post()
  @ZodResponse({ status: 201, type: InvitationDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateInvitationInputDto, @Client() client: ClientInfo) {
    return this.invitations.create(actor, body, client);
  }

  @RequirePermission('invitations:manage')
  @Delete(':id')
  @HttpCode(204)
  revoke(@CurrentActor() actor: Actor, @Param() params: InvitationIdParamDto, @Client() client: ClientInfo) {
    return this.invitations.revoke(actor, params.id, client);
  }

  /** The token travels in the body, never in a URL that logs or referrers would keep. */
  @Public()
  @Post('preview')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: InvitationPreviewDto })
  preview(@Body() body: InvitationTokenInputDto) {
    return this.invitations.preview(body.token);
  }

  @Public()
  @Post('accept')
  @HttpCode(204)
  accept(@Body() body: AcceptInvitationInputDto, @Client() client: ClientInfo) {
    return this.invitations.accept(body.token, body.name, body.password, client);
  }
}
