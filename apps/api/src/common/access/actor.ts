import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { CoordinatorScope, Role } from '@repo/contracts';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error';

/** The signed-in user a request acts for, as the AccessGuard found them. */
export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
  agencyId: string;
  isAgencyEditor: boolean;
  coordinatorScope: CoordinatorScope | null;
  sessionId: string;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
  }
}

/** The signed-in user. Only on routes that require a permission (the guard has then set it). */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<FastifyRequest>().actor;
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Sign in to use this part of the portal.');
  return actor;
});

/** The signed-in user if there is one, on public routes. */
export const OptionalActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor | undefined => context.switchToHttp().getRequest<FastifyRequest>().actor,
);
