import { Module } from '@nestjs/common';
import { JobQueue } from './job-queue.service';

/**
 * Not global on purpose: a module that registers jobs imports this one, so Nest stops the queue
 * (letting a running job finish) before the global database module closes its pool.
 */
@Module({ providers: [JobQueue], exports: [JobQueue] })
export class JobsModule {}
