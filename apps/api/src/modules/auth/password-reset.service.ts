import { Inject, Injectable } from '@nestjs/common';
import { hashPassword } from '@repo/db';
import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { hashToken, randomToken } from '../../common/crypto/tokens';
import { AppError } from '../../common/errors/app-error';
import type { ClientInfo } from '../../common/http/client-info';
import { mailTemplates } from '../../common/mail/mail-templates';
import { MailService } from '../../common/mail/mail.service';
import { RateLimiter } from '../../common/rate-limit/rate-limiter.service';
import { RATE_LIMITS } from '../../common/rate-limit/rate-limits';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { PrismaService } from '../../prisma/prisma.service';
import { assertStrongPassword } from './password-policy';
import { SessionService } from './session.service';

const RESET_VALID_MINUTES = 60;

/** "Forgot password": a single-use link valid one hour. It never bypasses the second factor. */
@Injectable()
export class PasswordResetService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly rateLimiter: RateLimiter,
  ) {}

  /** Mails a link if the address belongs to an active account; the answer is the same either way. */
  async request(email: string, client: ClientInfo): Promise<void> {
    await this.rateLimiter.consume(`public-form:ip:${client.ip}`, RATE_LIMITS.publicFormPerIp);
    await this.rateLimiter.consume(`mail:${email}`, RATE_LIMITS.mailPerAddress);
    const user = await this.prisma.client.user.findUnique({ where: { email }, select: { id: true, email: true, disabledAt: true } });
    if (!user || user.disabledAt) return;
    const token = randomToken();
    const now = this.clock.now();
    await this.prisma.client.$transaction(async (tx) => {
      await tx.passwordReset.create({
        data: { tokenHash: hashToken(token), userId: user.id, createdAt: now, expiresAt: new Date(now.getTime() + RESET_VALID_MINUTES * 60_000) },
      });
      await this.audit.record({ action: 'auth.password.reset_requested', actor: { id: user.id, email: user.email }, client }, tx);
    });
    const link = `${this.config.PUBLIC_URL}/reset-password#token=${token}`;
    await this.mail.send(mailTemplates.passwordReset(user.email, { link, validMinutes: RESET_VALID_MINUTES }));
  }

  /** Sets the new password, uses up every outstanding link of the user and ends all their sessions. */
  async reset(token: string, password: string, client: ClientInfo): Promise<void> {
    const now = this.clock.now();
    const reset = await this.prisma.client.passwordReset.findUnique({
      where: { tokenHash: hashToken(token) },
      select: { id: true, usedAt: true, expiresAt: true, user: { select: { id: true, email: true, name: true, disabledAt: true } } },
    });
    if (!reset || reset.usedAt || reset.expiresAt <= now || reset.user.disabledAt) {
      throw new AppError('LINK_INVALID', 'The link has expired or has already been used; ask for a new one.');
    }
    const { user } = reset;
    assertStrongPassword(password, 'password', [user.email, user.name]);
    const passwordHash = await hashPassword(password);
    await this.prisma.client.$transaction(async (tx) => {
      const { count } = await tx.passwordReset.updateMany({ where: { id: reset.id, usedAt: null }, data: { usedAt: now } });
      if (count !== 1) throw new AppError('LINK_INVALID', 'The link has already been used; ask for a new one.');
      await tx.passwordReset.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
      await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
      await this.sessions.endAllForUser(user.id, {}, tx);
      await this.audit.record({ action: 'auth.password.reset', actor: { id: user.id, email: user.email }, client }, tx);
    });
    await this.rateLimiter.reset(`login:account:${user.email}`);
  }
}
