import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit/audit.service';
import { Clock } from './clock/clock';
import { MailService } from './mail/mail.service';
import { RateLimiter } from './rate-limit/rate-limiter.service';

/** Services every domain module uses. */
@Global()
@Module({
  providers: [Clock, AuditService, MailService, RateLimiter],
  exports: [Clock, AuditService, MailService, RateLimiter],
})
export class CommonModule {}
