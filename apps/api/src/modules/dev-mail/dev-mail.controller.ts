import { Controller, Get, Inject } from '@nestjs/common';
import { OutboxMailListSchema } from '@repo/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { Public } from '../../common/access/public.decorator';
import { AppError } from '../../common/errors/app-error';
import { MailService } from '../../common/mail/mail.service';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { PrismaService } from '../../prisma/prisma.service';

class OutboxMailListDto extends createZodDto(OutboxMailListSchema) {}

/**
 * The local outbox, for development and the browser tests: the mail that SMTP would have sent.
 * It does not exist in production or when SMTP is configured.
 */
@Controller('dev/mail')
export class DevMailController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly prisma: PrismaService,
  ) {}

  @Public()
  @Get()
  @ZodResponse({ status: 200, type: OutboxMailListDto })
  async list() {
    if (this.config.NODE_ENV === 'production' || !this.mail.usesOutbox) throw new AppError('NOT_FOUND', 'There is no local outbox here.');
    const rows = await this.prisma.client.outboxMail.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 100 });
    return { items: rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })) };
  }
}
