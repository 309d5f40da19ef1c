import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { journalQuerySchema, type JournalQuery } from '@casework/domain';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Roles, type CurrentUserInfo } from '../auth/current-user';
import { ZodPipe } from '../common/zod.pipe';
import { JournalService } from './journal.service';

@ApiTags('journal')
@Controller()
export class JournalController {
  constructor(private readonly journals: JournalService) {}

  @Get('journal')
  @Roles('clerk', 'head', 'auditor', 'admin')
  @ApiOperation({ summary: 'Журнал регистрации заявлений органа по услуге за период' })
  journal(@Query(new ZodPipe(journalQuerySchema)) query: JournalQuery, @CurrentUser() user: CurrentUserInfo) {
    return this.journals.journal(query, user);
  }

  @Get('journal.pdf')
  @Roles('clerk', 'head', 'auditor', 'admin')
  @ApiOperation({ summary: 'Журнал регистрации заявлений за период (PDF)' })
  async journalPdf(@Query(new ZodPipe(journalQuerySchema)) query: JournalQuery, @CurrentUser() user: CurrentUserInfo, @Res({ passthrough: true }) reply: FastifyReply) {
    const pdf = await this.journals.journalPdf(query, user);
    void reply.header('Content-Type', 'application/pdf').header('Content-Disposition', `inline; filename="journal-${query.from}-${query.to}.pdf"`);
    return pdf;
  }
}
