import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { AppError } from '../errors/app-error';

/** A job the app runs in the background, on a schedule and on demand. */
export interface JobDefinition {
  /** The pg-boss queue, e.g. "roster-freshness". */
  name: string;
  /** Cron expression in `timeZone`, e.g. "0 7 * * *" for 07:00 every day. */
  cron: string;
  timeZone: string;
  /** Runs the job; what it returns is kept as the job's output. A throw fails the job (pg-boss retries it). */
  run: () => Promise<object>;
}

/** How a job went, as pg-boss keeps it. */
export type JobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';

/** pg-boss's own connections beside Prisma's pool: polling, the scheduler and one running job. */
const POOL_SIZE = 3;
/** The daily jobs are small; one that runs longer than this is taken to have died and is retried. */
const EXPIRE_IN_SECONDS = 30 * 60;

/**
 * Background jobs on pg-boss, in the schema "pgboss" of the app's own database: no other service
 * to run. Every API process may run them; pg-boss hands each job to one worker and each schedule
 * fires once, whichever process sees it first. Off when JOBS_ENABLED is false (most e2e tests).
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private readonly boss: PgBoss | null;
  /** This process's worker of each job, to wake when a run is asked for. */
  private readonly workers = new Map<string, string>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.boss = config.JOBS_ENABLED
      ? new PgBoss({ connectionString: config.DATABASE_URL, max: POOL_SIZE, application_name: 'samverkan-jobs' })
      : null;
    this.boss?.on('error', (error) => this.logger.error({ err: error }, 'Job queue error'));
  }

  get isEnabled(): boolean {
    return this.boss !== null;
  }

  async onModuleInit(): Promise<void> {
    // Creates or migrates the pgboss schema on the first start.
    await this.boss?.start();
  }

  /**
   * Lets the running job finish within the shutdown grace (the database pool closes after this);
   * a job cut short is retried once it expires, so every job must be safe to run again.
   */
  async onModuleDestroy(): Promise<void> {
    await this.boss?.stop({ graceful: true, timeout: Math.max(1_000, this.config.SHUTDOWN_GRACE_MS - 1_000) });
  }

  /** Creates the job's queue, (re)sets its schedule and starts working it in this process. */
  async register(job: JobDefinition): Promise<void> {
    if (!this.boss) return;
    // "singleton": one run at a time, across all processes; a second request waits its turn.
    await this.boss.createQueue(job.name, { name: job.name, policy: 'singleton', expireInSeconds: EXPIRE_IN_SECONDS, retryLimit: 2, retryDelay: 300 });
    await this.boss.schedule(job.name, job.cron, {}, { tz: job.timeZone });
    const workerId = await this.boss.work(job.name, async ([entry]) => {
      const started = Date.now();
      const output = await job.run();
      this.logger.log({ job: job.name, id: entry?.id, ms: Date.now() - started, ...output }, 'Job completed');
      return output;
    });
    this.workers.set(job.name, workerId);
  }

  /** Asks for a run now, outside the schedule, and waits up to `waitMs` for it to end. */
  async runNow(name: string, waitMs: number): Promise<{ id: string; state: JobState; output: Record<string, unknown> | null }> {
    if (!this.boss) throw new AppError('SERVICE_UNAVAILABLE', 'Scheduled jobs are switched off in this process (JOBS_ENABLED).');
    const id = await this.boss.send(name, {});
    if (!id) throw new AppError('CONFLICT', 'A run of this job is already waiting.');
    // Starts it now rather than at the worker's next poll.
    const workerId = this.workers.get(name);
    if (workerId) this.boss.notifyWorker(workerId);
    const deadline = Date.now() + waitMs;
    let job = await this.stateOf(name, id);
    while (job && !['completed', 'cancelled', 'failed'].includes(job.state) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      job = await this.stateOf(name, id);
    }
    const output = job?.state === 'completed' && job.output && typeof job.output === 'object' ? (job.output as Record<string, unknown>) : null;
    return { id, state: job?.state ?? 'created', output };
  }

  /** The state of a job, or null when pg-boss has none by that id (any more). */
  async stateOf(name: string, id: string): Promise<{ state: JobState; output: unknown } | null> {
    const job = await this.boss?.getJobById(name, id, { includeArchive: true });
    return job ? { state: job.state, output: job.output } : null;
  }

  /** The schedules pg-boss holds: name, cron expression and time zone. */
  async schedules(): Promise<{ name: string; cron: string; timeZone: string }[]> {
    if (!this.boss) return [];
    // pg-boss's typings leave out the time zone it stores with each schedule.
    const rows = (await this.boss.getSchedules()) as (PgBoss.Schedule & { timezone: string })[];
    return rows.map((row) => ({ name: row.name, cron: row.cron, timeZone: row.timezone }));
  }
}
