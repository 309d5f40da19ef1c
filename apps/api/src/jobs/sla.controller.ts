import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { slaDashboardQuerySchema, type SlaDashboardQuery } from '@casework/domain';
import { CurrentUser, Roles, type CurrentUserInfo } from '../auth/current-user';
import { ZodPipe } from '../common/zod.pipe';
import { SlaService } from './sla.service';

@ApiTags('sla')
@Controller('sla')
export class SlaController {
  constructor(private readonly sla: SlaService) {}

  @Get('my-terms')
  @Roles('clerk')
  @ApiOperation({ summary: 'Мои сроки: идущие сроки моих дел, сначала просроченные и сегодняшние' })
  myTerms(@CurrentUser() user: CurrentUserInfo) {
    return this.sla.myTerms(user);
  }

  @Get('dashboard')
  @Roles('head', 'auditor', 'admin')
  @ApiOperation({ summary: 'Соблюдение сроков по органам, услугам и специалистам за период; открытые сроки по оставшимся рабочим дням' })
  dashboard(@Query(new ZodPipe(slaDashboardQuerySchema)) query: SlaDashboardQuery, @CurrentUser() user: CurrentUserInfo) {
    return this.sla.dashboard(query, user);
  }

  @Post('sweep')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Проверить сроки сейчас (через очередь pg-boss, если она запущена)' })
  sweep(@CurrentUser() user: CurrentUserInfo) {
    return this.sla.sweepNow(user);
  }
}
