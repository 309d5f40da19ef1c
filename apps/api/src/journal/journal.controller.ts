import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { journalQuerySchema, type JournalQuery } from '@casework/domain';
import { CurrentUser, Roles, type CurrentUserInfo } from '../auth/current-user';
import { ZodPipe } from '../common/zod.pipe';
import { JournalService } from './journal.service';

@ApiTags('journal')
@Controller('journal')
export class JournalController {
  constructor(private readonly journals: JournalService) {}

  @Get()
  @Roles('clerk', 'head', 'auditor', 'admin')
  @ApiOperation({ summary: 'Журнал регистрации заявлений органа по услуге за период' })
  journal(@Query(new ZodPipe(journalQuerySchema)) query: JournalQuery, @CurrentUser() user: CurrentUserInfo) {
    return this.journals.journal(query, user);
  }
}
