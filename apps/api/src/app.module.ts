import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { AuthoritiesModule } from './authorities/authorities.module';
import { CalendarModule } from './calendar/calendar.module';
import { CasesModule } from './cases/cases.module';
import { ApiExceptionFilter } from './common/api-exception.filter';
import type { Clock } from './common/clock';
import { CommonModule } from './common/common.module';
import { ComplaintsModule } from './complaints/complaints.module';
import { dataSourceOptions } from './database/data-source-options';
import { EvaluationsModule } from './evaluations/evaluations.module';
import { HealthModule } from './health/health.module';
import { IntakeChannelsModule } from './intake-channels/intake-channels.module';
import { JobsModule } from './jobs/jobs.module';
import { JournalModule } from './journal/journal.module';
import { PaymentsModule } from './payments/payments.module';
import { PersonsModule } from './persons/persons.module';
import { ServicesModule } from './services/services.module';

export type AppOptions = { databaseUrl: string; clock?: Clock };

export const createAppModule = ({ databaseUrl, clock }: AppOptions) => {
  @Module({
    imports: [
      CommonModule.forRoot(clock),
      TypeOrmModule.forRootAsync({
        useFactory: () => dataSourceOptions(databaseUrl),
        dataSourceFactory: async (options) => new DataSource(options!).initialize(),
      }),
      AuditModule,
      AuthModule,
      HealthModule,
      AuthoritiesModule,
      CalendarModule,
      ServicesModule,
      EvaluationsModule,
      PersonsModule,
      CasesModule,
      JournalModule,
      ComplaintsModule,
      IntakeChannelsModule,
      PaymentsModule,
      JobsModule,
    ],
    providers: [{ provide: APP_FILTER, useClass: ApiExceptionFilter }],
  })
  class AppModule {}
  return AppModule;
};
