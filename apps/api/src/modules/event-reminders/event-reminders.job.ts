import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '../../common/jobs/job-queue.service';
import { EVENT_REMINDERS_JOB, EventRemindersService } from './event-reminders.service';

/**
 * Every quarter of an hour, Swedish time: a reminder goes out between 24 hours and 24 hours less
 * a quarter before the start (later only when the job could not run).
 */
export const EVENT_REMINDERS_SCHEDULE = { cron: '*/15 * * * *', timeZone: 'Europe/Stockholm' } as const;

/** Puts the reminder sweep on the job queue. */
@Injectable()
export class EventRemindersJob implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobQueue,
    private readonly reminders: EventRemindersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.register({
      name: EVENT_REMINDERS_JOB,
      ...EVENT_REMINDERS_SCHEDULE,
      run: async () => {
        const result = await this.reminders.sweep();
        // pg-boss retries a failed job: a reminder that could not be sent gets another try soon.
        if (result.failed > 0) throw new Error(`Event reminders: ${result.failed} reminder(s) could not be sent (${JSON.stringify(result)})`);
        return result;
      },
    });
  }
}
