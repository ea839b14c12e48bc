import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { PrismaService } from '../../prisma/prisma.service';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends mail over SMTP when SMTP_URL is set; otherwise keeps it in the outbox table, where
 * development (/dev/mail) and the tests read it.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
  ) {
    this.transport = config.SMTP_URL ? createTransport(config.SMTP_URL) : null;
  }

  get usesOutbox(): boolean {
    return this.transport === null;
  }

  async send(mail: Mail): Promise<void> {
    if (!this.transport) {
      await this.prisma.client.outboxMail.create({ data: mail });
      return;
    }
    await this.transport.sendMail({ from: this.config.MAIL_FROM, ...mail });
    this.logger.log({ subject: mail.subject }, 'Mail sent');
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
