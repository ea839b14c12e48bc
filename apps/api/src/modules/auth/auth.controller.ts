import { Body, Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBody, ApiOkResponse } from '@nestjs/swagger';
import { LoginResultSchema } from '@repo/contracts';
import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ZodResponse } from 'nestjs-zod';
import { CurrentActor, type Actor } from '../../common/access/actor';
import { Public } from '../../common/access/public.decorator';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import { AppError } from '../../common/errors/app-error';
import { Client, type ClientInfo } from '../../common/http/client-info';
import { AuthService, type VerifiedUser } from './auth.service';
import { CurrentUserDto, LoginInputDto, MfaCodeInputDto, MfaLoginResultDto, MfaSetupDto } from './auth.dto';
import { LoginGuard } from './login.guard';
import { SessionCookie } from './session-cookie';
import { SessionService } from './session.service';

@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly cookie: SessionCookie,
  ) {}

  /** Email and password. Answers the user, or `{ mfaRequired: true }` when a second factor follows. */
  @Public()
  @Post('login')
  @HttpCode(200)
  @UseGuards(LoginGuard)
  @ApiBody({ type: LoginInputDto })
  // A union has no DTO class: the schema is documented and applied by hand.
  @ApiOkResponse({ schema: z.toJSONSchema(LoginResultSchema) as object })
  async login(@Req() request: FastifyRequest & { user: VerifiedUser }, @Res({ passthrough: true }) reply: FastifyReply, @Client() client: ClientInfo) {
    const { token, result } = await this.auth.afterPassword(request.user, client, this.cookie.read(request));
    this.cookie.write(reply, token);
    return LoginResultSchema.parse(result);
  }

  /** For a role that requires MFA and has none yet: the secret and QR code to scan. */
  @Public()
  @Post('login/mfa/setup')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: MfaSetupDto })
  async startMfaSetup(@Req() request: FastifyRequest) {
    return this.auth.startMfaSetup(await this.pendingLogin(request));
  }

  /** The code from the authenticator app (or a recovery code) completes the login. */
  @Public()
  @Post('login/mfa')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: MfaLoginResultDto })
  async completeMfa(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Body() body: MfaCodeInputDto,
    @Client() client: ClientInfo,
  ) {
    const { token, result } = await this.auth.completeMfa(await this.pendingLogin(request), body.code, client);
    this.cookie.write(reply, token);
    return result;
  }

  /** Ends the session server-side. Succeeds also when there is none, so it can always be called. */
  @Public()
  @Post('logout')
  @HttpCode(204)
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply, @Client() client: ClientInfo) {
    await this.auth.logout(this.cookie.read(request), client);
    this.cookie.clear(reply);
  }

  /** The signed-in user. Calling it counts as activity, so "stay signed in" calls it. */
  @RequirePermission('profile:manage')
  @Get('me')
  @ZodResponse({ status: 200, type: CurrentUserDto })
  me(@CurrentActor() actor: Actor) {
    return this.auth.currentUser(actor);
  }

  private async pendingLogin(request: FastifyRequest) {
    const pending = await this.sessions.pendingLogin(request);
    if (!pending) throw new AppError('UNAUTHENTICATED', 'Sign in with your password first; the login may have expired.');
    return pending;
  }
}
