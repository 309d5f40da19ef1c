import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { DecisionsController } from '../decisions/decisions.controller';
import { DocumentsService } from '../documents/documents.service';
import { InteragencyGateway } from '../interagency/interagency.gateway';
import { InteragencySimulator } from '../interagency/interagency.simulator';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';

@Module({
  imports: [CalendarModule],
  controllers: [CasesController, DecisionsController],
  providers: [CasesService, DocumentsService, InteragencySimulator, { provide: InteragencyGateway, useExisting: InteragencySimulator }],
  exports: [CasesService],
})
export class CasesModule {}
