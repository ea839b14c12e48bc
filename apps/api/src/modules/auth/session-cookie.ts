import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';

/**
 * The session cookie: HttpOnly, SameSite=Lax, and outside plain-http localhost Secure with the
 * __Host- prefix (bound to this exact host, path /, never sent over http).
 */
@Injectable()
export class SessionCookie {
  private readonly secure: boolean;
  readonly name: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.secure = config.PUBLIC_URL.startsWith('https:');
    this.name = this.secure ? '__Host-samverkan_session' : 'samverkan_session';
  }

  read(request: FastifyRequest): string | undefined {
    return request.cookies[this.name] || undefined;
  }

  write(reply: FastifyReply, token: string): void {
    void reply.setCookie(this.name, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: this.secure });
  }

  clear(reply: FastifyReply): void {
    void reply.clearCookie(this.name, { path: '/', httpOnly: true, sameSite: 'lax', secure: this.secure });
  }
}
