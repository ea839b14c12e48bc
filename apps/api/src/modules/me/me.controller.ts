import { Body, Controller, Delete, Get, Header, HttpCode, Param, Patch, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ZodResponse } from 'nestjs-zod';
import { CurrentActor, type Actor } from '../../common/access/actor';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import { Client, type ClientInfo } from '../../common/http/client-info';
import { CurrentUserDto } from '../auth/auth.dto';
import { SessionCookie } from '../auth/session-cookie';
import {
  ChangePasswordInputDto,
  EnableMfaInputDto,
  MfaSetupResponseDto,
  PasswordConfirmationInputDto,
  PersonalDataDto,
  RecoveryCodesDto,
  SessionIdParamDto,
  SessionListDto,
  UpdateProfileInputDto,
} from './me.dto';
import { MeService } from './me.service';

/** The signed-in user's own account. Every route acts on the caller only. */
@RequirePermission('profile:manage')
@Controller('me')
export class MeController {
  constructor(
    private readonly me: MeService,
    private readonly cookie: SessionCookie,
  ) {}

  @Patch()
  @ZodResponse({ status: 200, type: CurrentUserDto })
  updateProfile(@CurrentActor() actor: Actor, @Body() body: UpdateProfileInputDto, @Client() client: ClientInfo) {
    return this.me.updateProfile(actor, body.name, client);
  }

  /** Needs the current password; the user's other sessions end. */
  @Post('password')
  @HttpCode(204)
  changePassword(@CurrentActor() actor: Actor, @Body() body: ChangePasswordInputDto, @Client() client: ClientInfo) {
    return this.me.changePassword(actor, body.currentPassword, body.newPassword, client);
  }

  @Get('sessions')
  @ZodResponse({ status: 200, type: SessionListDto })
  sessions(@CurrentActor() actor: Actor) {
    return this.me.listSessions(actor);
  }

  @Delete('sessions/:id')
  @HttpCode(204)
  endSession(@CurrentActor() actor: Actor, @Param() params: SessionIdParamDto, @Client() client: ClientInfo) {
    return this.me.endSession(actor, params.id, client);
  }

  @Post('mfa/setup')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: MfaSetupResponseDto })
  startMfaSetup(@CurrentActor() actor: Actor) {
    return this.me.startMfaSetup(actor);
  }

  @Post('mfa/enable')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: RecoveryCodesDto })
  enableMfa(@CurrentActor() actor: Actor, @Body() body: EnableMfaInputDto, @Client() client: ClientInfo) {
    return this.me.enableMfa(actor, body.code, client);
  }

  @Post('mfa/disable')
  @HttpCode(204)
  disableMfa(@CurrentActor() actor: Actor, @Body() body: PasswordConfirmationInputDto, @Client() client: ClientInfo) {
    return this.me.disableMfa(actor, body.password, client);
  }

  @Post('mfa/recovery-codes')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: RecoveryCodesDto })
  renewRecoveryCodes(@CurrentActor() actor: Actor, @Body() body: PasswordConfirmationInputDto, @Client() client: ClientInfo) {
    return this.me.renewRecoveryCodes(actor, body.password, client);
  }

  /** A JSON download of everything the portal holds about the user. */
  @Get('data')
  @Header('content-disposition', 'attachment; filename="samverkan-mina-uppgifter.json"')
  @ZodResponse({ status: 200, type: PersonalDataDto })
  personalData(@CurrentActor() actor: Actor, @Client() client: ClientInfo) {
    return this.me.personalData(actor, client);
  }

  @Delete()
  @HttpCode(204)
  async deleteAccount(
    @CurrentActor() actor: Actor,
    @Body() body: PasswordConfirmationInputDto,
    @Client() client: ClientInfo,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.me.deleteAccount(actor, body.password, client);
    this.cookie.clear(reply);
  }
}
