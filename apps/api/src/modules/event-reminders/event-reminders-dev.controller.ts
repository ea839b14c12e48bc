import { Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ZodResponse } from 'nestjs-zod';
import { Public } from '../../common/access/public.decorator';
import { AppError } from '../../common/errors/app-error';
import { JobQueue } from '../../common/jobs/job-queue.service';
import { MailService } from '../../common/mail/mail.service';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { JobRunDto } from '../freshness/freshness.dto';
import { EVENT_REMINDERS_JOB } from './event-reminders.service';

const RUN_WAIT_MS = 20_000;

/**
 * Runs the reminder sweep now instead of at the next quarter, for development and the browser
 * tests: its mails then land in the local outbox (/dev/mail). Like the outbox, it does not exist
 * in production or when mail goes out over SMTP, where it would mail real people.
 */
@Controller('dev/jobs')
export class EventRemindersDevController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly jobs: JobQueue,
  ) {}

  /** Answers when the run has ended, or after 20 seconds with the state it is in then. */
  @Public()
  @Post(EVENT_REMINDERS_JOB)
  @HttpCode(200)
  @ZodResponse({ status: 200, type: JobRunDto })
  async runReminders() {
    if (this.config.NODE_ENV === 'production' || !this.mail.usesOutbox) throw new AppError('NOT_FOUND', 'There is no such route here.');
    const run = await this.jobs.runNow(EVENT_REMINDERS_JOB, RUN_WAIT_MS);
    return { jobId: run.id, state: run.state, output: run.output };
  }
}
