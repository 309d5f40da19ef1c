import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { ComplaintsController } from './complaints.controller';
import { ComplaintsService } from './complaints.service';

@Module({ imports: [CalendarModule], controllers: [ComplaintsController], providers: [ComplaintsService] })
export class ComplaintsModule {}
