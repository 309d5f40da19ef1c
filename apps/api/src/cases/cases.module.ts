import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { EvaluationsModule } from '../evaluations/evaluations.module';
import { DecisionsController } from '../decisions/decisions.controller';
import { DocumentsService } from '../documents/documents.service';
import { NoticesService } from '../documents/notices.service';
import { InteragencySimulatorController } from '../interagency/interagency.controller';
import { InteragencyGateway } from '../interagency/interagency.gateway';
import { InteragencySimulator } from '../interagency/interagency.simulator';
import { CasesController } from './cases.controller';
import { CaseTransitionHooks } from './case-transition-hooks';
import { CasesService } from './cases.service';

@Module({
  imports: [CalendarModule, EvaluationsModule],
  controllers: [CasesController, DecisionsController, InteragencySimulatorController],
  providers: [CasesService, CaseTransitionHooks, DocumentsService, NoticesService, InteragencySimulator, { provide: InteragencyGateway, useExisting: InteragencySimulator }],
  exports: [CasesService, CaseTransitionHooks, DocumentsService],
})
export class CasesModule {}
