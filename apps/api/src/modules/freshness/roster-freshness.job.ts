import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '../../common/jobs/job-queue.service';
import { FreshnessService, ROSTER_FRESHNESS_JOB } from './freshness.service';

/** Every morning at seven, Swedish time: people read the mail at the start of the working day. */
export const ROSTER_FRESHNESS_SCHEDULE = { cron: '0 7 * * *', timeZone: 'Europe/Stockholm' } as const;

/** Puts the daily freshness sweep on the job queue. */
@Injectable()
export class RosterFreshnessJob implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobQueue,
    private readonly freshness: FreshnessService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.register({
      name: ROSTER_FRESHNESS_JOB,
      ...ROSTER_FRESHNESS_SCHEDULE,
      run: async () => {
        const result = await this.freshness.sweep();
        // pg-boss retries a failed job: a contact whose mail could not be sent gets another try soon.
        if (result.failed > 0) throw new Error(`Freshness sweep: ${result.failed} contact(s) could not be handled (${JSON.stringify(result)})`);
        return result;
      },
    });
  }
}
