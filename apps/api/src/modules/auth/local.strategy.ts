import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-local';
import { clientInfoOf } from '../../common/http/client-info';
import { AuthService, type VerifiedUser } from './auth.service';

/** Email and password, checked by AuthService (rate limits, generic error, audit). */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  validate(request: FastifyRequest, email: string, password: string): Promise<VerifiedUser> {
    return this.auth.verifyCredentials(email, password, clientInfoOf(request));
  }
}
