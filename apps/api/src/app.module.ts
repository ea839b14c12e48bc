import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { ZodSerializerInterceptor, ZodValidationPipe } from 'nestjs-zod';
import { AccessGuard } from './common/access/access.guard';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { CommonModule } from './common/common.module';
import { LoggingModule } from './common/logging/logging.module';
import { StorageModule } from './common/storage/storage.module';
import { ConfigModule } from './config/config.module';
import { AgenciesModule } from './modules/agencies/agencies.module';
import { AuditEventsModule } from './modules/audit-events/audit-events.module';
import { AuthModule } from './modules/auth/auth.module';
import { CalendarModule } from './modules/calendar/calendar.module';
import { CompetencesModule } from './modules/competences/competences.module';
import { ContactsModule } from './modules/contacts/contacts.module';
import { CounterpartsModule } from './modules/counterparts/counterparts.module';
import { CoverageModule } from './modules/coverage/coverage.module';
import { FreshnessModule } from './modules/freshness/freshness.module';
import { FunctionsModule } from './modules/functions/functions.module';
import { HistoryModule } from './modules/history/history.module';
import { DevMailModule } from './modules/dev-mail/dev-mail.module';
import { EventRemindersModule } from './modules/event-reminders/event-reminders.module';
import { EventRegistrationsModule } from './modules/event-registrations/event-registrations.module';
import { EventsModule } from './modules/events/events.module';
import { InvitationsModule } from './modules/invitations/invitations.module';
import { JoinRequestsModule } from './modules/join-requests/join-requests.module';
import { MeModule } from './modules/me/me.module';
import { ResourceFilesModule } from './modules/resource-files/resource-files.module';
import { ResourcesModule } from './modules/resources/resources.module';
import { RosterTransferModule } from './modules/roster-transfer/roster-transfer.module';
import { SearchModule } from './modules/search/search.module';
import { UsersModule } from './modules/users/users.module';
import { HealthModule } from './modules/health/health.module';
import { MunicipalitiesModule } from './modules/municipalities/municipalities.module';
import { PrismaModule } from './prisma/prisma.module';

@Module({
  imports: [
    ConfigModule,
    LoggingModule,
    PrismaModule,
    CommonModule,
    StorageModule,
    AuthModule,
    HealthModule,
    MunicipalitiesModule,
    AgenciesModule,
    CompetencesModule,
    ContactsModule,
    CoverageModule,
    FreshnessModule,
    EventRemindersModule,
    SearchModule,
    CounterpartsModule,
    FunctionsModule,
    HistoryModule,
    RosterTransferModule,
    UsersModule,
    MeModule,
    InvitationsModule,
    JoinRequestsModule,
    AuditEventsModule,
    DevMailModule,
    EventsModule,
    EventRegistrationsModule,
    CalendarModule,
    ResourcesModule,
    ResourceFilesModule,
  ],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_PIPE, useClass: ZodValidationPipe },
    { provide: APP_INTERCEPTOR, useClass: ZodSerializerInterceptor },
    { provide: APP_FILTER, useClass: AllExceptionsFilter },
  ],
})
export class AppModule {}
