import { Body, Controller, Get, Header, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  calendarDayUpdateSchema,
  calendarImportSchema,
  localDateSchema,
  workingDaysQuerySchema,
  type CalendarDayUpdate,
  type CalendarImport,
  type WorkingDaysQuery,
} from '@casework/domain';
import { z } from 'zod';
import { CurrentUser, Public, Roles, type CurrentUserInfo } from '../auth/current-user';
import { jsonSchema } from '../common/openapi';
import { ZodPipe } from '../common/zod.pipe';
import { CalendarService } from './calendar.service';

const yearSchema = z.string().regex(/^\d{4}$/, 'Год — четыре цифры').transform(Number);
const dateParamSchema = z.string().pipe(localDateSchema);

@ApiTags('calendar')
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Public()
  @Get('working-days')
  @ApiOperation({ summary: 'N-й рабочий день после даты from (сама дата не считается); days=0 — from, если он рабочий, иначе следующий рабочий день' })
  @ApiQuery({ name: 'from', example: '2025-05-06' })
  @ApiQuery({ name: 'days', example: '10' })
  workingDays(@Query(new ZodPipe(workingDaysQuerySchema)) query: WorkingDaysQuery) {
    return this.calendar.workingDays(query.from, query.days);
  }

  @Get('years')
  years() {
    return this.calendar.years();
  }

  @Get('years/:year')
  year(@Param('year', new ZodPipe(yearSchema)) year: number) {
    return this.calendar.year(year);
  }

  @Get('years/:year/xml')
  @Header('Content-Type', 'application/xml; charset=utf-8')
  exportYear(@Param('year', new ZodPipe(yearSchema)) year: number) {
    return this.calendar.exportYear(year);
  }

  @Roles('admin')
  @Put('days/:date')
  @ApiBody({ schema: jsonSchema(calendarDayUpdateSchema) })
  updateDay(@Param('date', new ZodPipe(dateParamSchema)) date: string, @Body(new ZodPipe(calendarDayUpdateSchema)) body: CalendarDayUpdate, @CurrentUser() user: CurrentUserInfo) {
    return this.calendar.updateDay(date, body, user);
  }

  @Roles('admin')
  @Post('years/import')
  @ApiBody({ schema: jsonSchema(calendarImportSchema) })
  importYear(@Body(new ZodPipe(calendarImportSchema)) body: CalendarImport, @CurrentUser() user: CurrentUserInfo) {
    return this.calendar.importXml(body.xml, user, `import:${user.login}`);
  }
}
