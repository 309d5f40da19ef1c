import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { CasesModule } from '../cases/cases.module';
import { PaymentsModule } from '../payments/payments.module';
import { JobsService } from './jobs.service';
import { SlaController } from './sla.controller';
import { SlaService } from './sla.service';
import { TermsSweepService } from './terms-sweep.service';

// Background jobs on pg-boss (the terms sweep) and the SLA views built on the clocks it marks.
@Module({
  imports: [CalendarModule, CasesModule, PaymentsModule],
  controllers: [SlaController],
  providers: [JobsService, TermsSweepService, SlaService],
  exports: [JobsService, TermsSweepService],
})
export class JobsModule {}
