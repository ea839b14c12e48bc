import { Global, Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LocalStrategy } from './local.strategy';
import { MfaService } from './mfa.service';
import { PasswordResetController } from './password-reset.controller';
import { PasswordResetService } from './password-reset.service';
import { SessionCookie } from './session-cookie';
import { SessionService } from './session.service';

/** Sign-in, sessions, MFA and password reset. Global: the AccessGuard and other modules use sessions. */
@Global()
@Module({
  imports: [PassportModule],
  controllers: [AuthController, PasswordResetController],
  providers: [AuthService, LocalStrategy, MfaService, PasswordResetService, SessionCookie, SessionService],
  exports: [MfaService, SessionService, SessionCookie],
})
export class AuthModule {}
