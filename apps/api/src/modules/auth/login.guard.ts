import { type ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { LoginInputSchema } from '@repo/contracts';
import type { FastifyRequest } from 'fastify';
import { ZodValidationException } from 'nestjs-zod';

/**
 * Runs the local strategy. Guards run before pipes, so the body is validated here first: a
 * malformed login is a 400 with the field, not a failed login.
 */
@Injectable()
export class LoginGuard extends AuthGuard('local') {
  override canActivate(context: ExecutionContext) {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const parsed = LoginInputSchema.safeParse(request.body);
    if (!parsed.success) throw new ZodValidationException(parsed.error);
    request.body = parsed.data;
    return super.canActivate(context);
  }
}
