import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { hasPermission, type Permission } from '@repo/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SessionService } from '../../modules/auth/session.service';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { AppError } from '../errors/app-error';
import { assertNotCrossSite } from '../http/csrf';
import { RateLimiter, type RateLimitRule } from '../rate-limit/rate-limiter.service';
import { directoryReadsRule } from '../rate-limit/rate-limits';
import { IS_PUBLIC, IS_SESSIONLESS } from './public.decorator';
import { REQUIRED_PERMISSION } from './require-permission.decorator';

export const IDLE_EXPIRY_HEADER = 'X-Session-Idle-Expires-At';

/**
 * Global guard. Refuses cross-site unsafe requests (CSRF); then denies by default: a route is open only when marked @Public() or when the
 * signed-in user's role has the permission the route declares. Anything else is refused.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly publicOrigin: string;
  private readonly directoryReads: RateLimitRule;

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly rateLimiter: RateLimiter,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.publicOrigin = new URL(config.PUBLIC_URL).origin;
    this.directoryReads = directoryReadsRule(config.DIRECTORY_READS_PER_10_MIN);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) ?? false;
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(REQUIRED_PERMISSION, targets);
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    // Before anything else, public routes included: a forged cross-site request changes nothing.
    assertNotCrossSite(request, this.publicOrigin);
    if (this.reflector.getAllAndOverride<boolean>(IS_SESSIONLESS, targets)) return true;

    const actor = await this.sessions.authenticate(request);
    if (actor) {
      request.actor = actor;
      // Personal data is never kept by browsers or proxies; the web app tracks the idle deadline.
      void reply.header('cache-control', 'no-store').header(IDLE_EXPIRY_HEADER, actor.idleExpiresAt.toISOString());
    }
    if (isPublic) return true;
    if (!actor) throw new AppError('UNAUTHENTICATED', 'Sign in to use this part of the portal.');
    if (!permission || !hasPermission(actor.role, permission)) {
      throw new AppError('FORBIDDEN', 'Your role does not allow this.');
    }
    // Reading the roster is limited per person, so that nobody can harvest it with a script.
    if (permission === 'directory:read') await this.rateLimiter.consumeBatched(`directory:${actor.id}`, this.directoryReads);
    return true;
  }
}
