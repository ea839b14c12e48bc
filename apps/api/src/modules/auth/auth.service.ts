import { Injectable } from '@nestjs/common';
import { isMfaRequired, type CurrentUser, type LoginResult, type MfaLoginResult, type MfaSetup, type Role } from '@repo/contracts';
import { hashPassword, verifyPassword } from '@repo/db';
import type { Actor } from '../../common/access/actor';
import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { randomToken } from '../../common/crypto/tokens';
import { AppError } from '../../common/errors/app-error';
import type { ClientInfo } from '../../common/http/client-info';
import { RateLimiter } from '../../common/rate-limit/rate-limiter.service';
import { RATE_LIMITS } from '../../common/rate-limit/rate-limits';
import { PrismaService } from '../../prisma/prisma.service';
import { toCurrentUser, USER_SELECT } from '../users/users.mapper';
import { MfaService } from './mfa.service';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from './session.constants';
import { SessionService, type PendingLogin } from './session.service';

/** What the local strategy hands the login route once the password is right. */
export interface VerifiedUser {
  id: string;
  email: string;
  role: Role;
  mfaSecret: string | null;
}

export interface SignedIn<T> {
  /** For the session cookie. */
  token: string;
  result: T;
}

const INVALID_CREDENTIALS = 'The email address or the password is wrong.';

@Injectable()
export class AuthService {
  /** Verified against when the address is unknown, so both cases take the same time. */
  private readonly decoyHash = hashPassword(randomToken());

  constructor(
    private readonly prisma: PrismaService,
    private readonly sessions: SessionService,
    private readonly mfa: MfaService,
    private readonly audit: AuditService,
    private readonly rateLimiter: RateLimiter,
    private readonly clock: Clock,
  ) {}

  /** The password step. One generic error for an unknown address, a wrong password or a disabled account. */
  async verifyCredentials(email: string, password: string, client: ClientInfo): Promise<VerifiedUser> {
    await this.rateLimiter.consume(`login:ip:${client.ip}`, RATE_LIMITS.loginPerIp);
    await this.rateLimiter.consume(`login:account:${email}`, RATE_LIMITS.loginPerAccount);
    const user = await this.prisma.client.user.findUnique({
      where: { email },
      select: { id: true, email: true, role: true, passwordHash: true, mfaSecret: true, disabledAt: true },
    });
    const isRight = await verifyPassword(user?.passwordHash ?? (await this.decoyHash), password);
    if (!user || !isRight || user.disabledAt) {
      const reason = !user ? 'unknown_email' : !isRight ? 'wrong_password' : 'disabled';
      await this.audit.record({ action: 'auth.login.failed', actor: { id: user?.id ?? null, email }, client, details: { reason } });
      throw new AppError('INVALID_CREDENTIALS', INVALID_CREDENTIALS);
    }
    return { id: user.id, email: user.email, role: user.role, mfaSecret: user.mfaSecret };
  }

  /** After a right password: signed in, or a pending login that waits for the second factor. */
  async afterPassword(user: VerifiedUser, client: ClientInfo, previousToken: string | undefined): Promise<SignedIn<LoginResult>> {
    if (previousToken) await this.sessions.endByToken(previousToken);
    await this.rateLimiter.reset(`login:account:${user.email}`);
    if (isMfaRequired(user.role) || user.mfaSecret) {
      const token = await this.sessions.start(user.id, 'PENDING_MFA', client);
      return { token, result: { mfaRequired: true, setupRequired: user.mfaSecret === null } };
    }
    return this.signIn(user.id, client, 'password');
  }

  /** A role that requires MFA signs in for the first time: the secret to scan. */
  async startMfaSetup(pending: PendingLogin): Promise<MfaSetup> {
    const user = await this.prisma.client.user.findUniqueOrThrow({ where: { id: pending.userId }, select: { email: true, mfaSecret: true } });
    if (user.mfaSecret) throw new AppError('CONFLICT', 'The second factor is already set up; enter a code from the app.');
    const setup = await this.mfa.newSetup(user.email);
    await this.prisma.client.user.update({ where: { id: pending.userId }, data: { mfaPendingSecret: setup.secret } });
    return setup;
  }

  /** The second step: a TOTP or recovery code (or the first code of a new set-up) completes the login. */
  async completeMfa(pending: PendingLogin, code: string, client: ClientInfo): Promise<SignedIn<MfaLoginResult>> {
    await this.rateLimiter.consume(`mfa:${pending.userId}`, RATE_LIMITS.loginPerAccount);
    const user = await this.prisma.client.user.findUniqueOrThrow({
      where: { id: pending.userId },
      select: { id: true, email: true, mfaSecret: true, mfaPendingSecret: true },
    });
    const actor = { id: user.id, email: user.email };
    let recoveryCodes: string[] | undefined;
    if (user.mfaSecret) {
      if (!(await this.mfa.accept(user.id, user.mfaSecret, code))) await this.refuseCode(actor, client);
    } else if (user.mfaPendingSecret) {
      const pendingSecret = user.mfaPendingSecret;
      recoveryCodes = await this.prisma.client.$transaction(async (tx) => {
        if (!(await this.mfa.acceptTotp(user.id, pendingSecret, code, tx))) return undefined;
        await tx.user.update({ where: { id: user.id }, data: { mfaSecret: pendingSecret, mfaPendingSecret: null } });
        await this.audit.record({ action: 'mfa.enabled', actor, target: { type: 'user', id: user.id, label: user.email }, client }, tx);
        return this.mfa.renewRecoveryCodes(user.id, tx);
      });
      if (!recoveryCodes) await this.refuseCode(actor, client);
    } else {
      throw new AppError('CONFLICT', 'Set up the second factor first (POST /api/auth/login/mfa/setup).');
    }
    await this.sessions.end(pending.sessionId);
    await this.rateLimiter.reset(`mfa:${user.id}`);
    const signedIn = await this.signIn(user.id, client, recoveryCodes ? 'mfa_setup' : 'mfa');
    return { token: signedIn.token, result: { ...signedIn.result, ...(recoveryCodes ? { recoveryCodes } : {}) } };
  }

  async logout(token: string | undefined, client: ClientInfo): Promise<void> {
    if (!token) return;
    const ended = await this.sessions.endByToken(token);
    if (ended) await this.audit.record({ action: 'auth.logout', actor: { id: ended.userId, email: ended.email }, client });
  }

  async currentUser(actor: Actor): Promise<CurrentUser> {
    const row = await this.prisma.client.user.findUniqueOrThrow({ where: { id: actor.id }, select: USER_SELECT });
    return toCurrentUser(row, actor);
  }

  private async signIn(userId: string, client: ClientInfo, method: string): Promise<SignedIn<CurrentUser>> {
    const now = this.clock.now();
    const { token, row } = await this.prisma.client.$transaction(async (tx) => {
      const token = await this.sessions.start(userId, 'ACTIVE', client, tx);
      const row = await tx.user.update({ where: { id: userId }, data: { lastLoginAt: now }, select: USER_SELECT });
      await this.audit.record({ action: 'auth.login.succeeded', actor: { id: row.id, email: row.email }, client, details: { method } }, tx);
      return { token, row };
    });
    // Housekeeping rides on logins: each sweep is one indexed delete.
    await this.sessions.sweepExpired();
    await this.rateLimiter.sweepExpired();
    const session = { idleExpiresAt: new Date(now.getTime() + SESSION_IDLE_MS), absoluteExpiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS) };
    return { token, result: toCurrentUser(row, session) };
  }

  private async refuseCode(actor: { id: string; email: string }, client: ClientInfo): Promise<never> {
    await this.audit.record({ action: 'auth.mfa.failed', actor, client });
    throw new AppError('INVALID_MFA_CODE', 'The code is wrong or has already been used.');
  }
}
