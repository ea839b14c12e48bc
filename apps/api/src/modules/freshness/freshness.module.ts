import { Module } from '@nestjs/common';
import { JobsModule } from '../../common/jobs/jobs.module';
import { ContactsModule } from '../contacts/contacts.module';
import { ContactVerificationsController } from './contact-verifications.controller';
import { ContactVerificationsRepository } from './contact-verifications.repository';
import { ContactVerificationsService } from './contact-verifications.service';
import { DevJobsController } from './dev-jobs.controller';
import { FreshnessRepository } from './freshness.repository';
import { FreshnessService } from './freshness.service';
import { RosterFreshnessJob } from './roster-freshness.job';
import { VerificationQueueController } from './verification-queue.controller';
import { VerificationQueueService } from './verification-queue.service';

/** The freshness loop: the daily sweep and its mails, the mailed links, and the coordinators' queue. */
@Module({
  imports: [JobsModule, ContactsModule],
  controllers: [ContactVerificationsController, VerificationQueueController, DevJobsController],
  providers: [
    FreshnessService,
    FreshnessRepository,
    RosterFreshnessJob,
    ContactVerificationsService,
    ContactVerificationsRepository,
    VerificationQueueService,
  ],
})
export class FreshnessModule {}
