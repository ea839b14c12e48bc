import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/** Where a request came from, for the audit log and the session list. */
export interface ClientInfo {
  /** The socket address, or X-Forwarded-For's when a trusted proxy is configured (TRUST_PROXY). */
  ip: string | null;
  userAgent: string | null;
}

export function clientInfoOf(request: FastifyRequest): ClientInfo {
  const userAgent = request.headers['user-agent'];
  return { ip: request.ip || null, userAgent: userAgent ? userAgent.slice(0, 500) : null };
}

export const Client = createParamDecorator((_data: unknown, context: ExecutionContext): ClientInfo =>
  clientInfoOf(context.switchToHttp().getRequest<FastifyRequest>()),
);
