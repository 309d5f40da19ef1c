import { applyDecorators, Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { auditActivityQuerySchema, auditLogQuerySchema, type AuditActivityQuery, type AuditLogQuery } from '@casework/domain';
import { CurrentUser, Roles, type CurrentUserInfo } from '../auth/current-user';
import { UuidPipe } from '../common/uuid.pipe';
import { ZodPipe } from '../common/zod.pipe';
import { AuditLogService } from './audit-log.service';

const PERIOD_QUERY = [
  { name: 'from', description: 'Начало периода, ГГГГ-ММ-ДД (включительно)', example: '2025-10-01' },
  { name: 'to', description: 'Конец периода, ГГГГ-ММ-ДД (включительно)', example: '2025-10-31' },
  { name: 'timeZone', description: 'Часовой пояс дней периода (IANA); по умолчанию пояс органа из authorityId, иначе Europe/Moscow', example: 'Asia/Yekaterinburg' },
  { name: 'limit', description: 'Записей на странице, 1–200 (по умолчанию 50)' },
  { name: 'offset', description: 'Сдвиг от начала выборки' },
];

const PeriodQuery = () => applyDecorators(...PERIOD_QUERY.map((q) => ApiQuery({ ...q, required: false })));

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly auditLog: AuditLogService) {}

  @Get('verify')
  @Roles('auditor', 'admin')
  @ApiOperation({ summary: 'Проверка целостности журнала аудита: пересчёт хеш-цепочки целиком; сама проверка записывается в журнал (audit.verify)' })
  verify(@CurrentUser() user: CurrentUserInfo) {
    return this.auditLog.verify(user);
  }

  @Get('log')
  @Roles('auditor', 'admin')
  @ApiOperation({ summary: 'Журнал аудита по органам пользователя, новые записи первыми; записи без органа видит только администратор' })
  @ApiQuery({ name: 'id', required: false, description: 'Номер записи журнала' })
  @ApiQuery({ name: 'actorId', required: false, description: 'Пользователь (uuid)' })
  @ApiQuery({ name: 'authorityId', required: false, description: 'Орган (uuid)' })
  @ApiQuery({ name: 'entity', required: false, description: 'Вид объекта: case, person, app_user…' })
  @ApiQuery({ name: 'entityId', required: false, description: 'Идентификатор объекта' })
  @ApiQuery({ name: 'action', required: false, description: 'Код действия; * в конце — по началу кода (case.*)', example: 'case.register' })
  @PeriodQuery()
  log(@Query(new ZodPipe(auditLogQuerySchema)) query: AuditLogQuery, @CurrentUser() user: CurrentUserInfo) {
    return this.auditLog.log(query, user);
  }

  @Get('users')
  @Roles('auditor', 'admin')
  @ApiOperation({ summary: 'Сотрудники, чьи действия доступны для контроля: с ролью в органах пользователя (администратору — все)' })
  users(@CurrentUser() user: CurrentUserInfo) {
    return this.auditLog.users(user);
  }

  @Get('users/:userId/activity')
  @Roles('auditor', 'admin')
  @ApiOperation({ summary: 'Действия пользователя за период: записи журнала и их число по видам действий' })
  @ApiParam({ name: 'userId', description: 'Пользователь (uuid)' })
  @PeriodQuery()
  activity(@Param('userId', new UuidPipe('userId')) userId: string, @Query(new ZodPipe(auditActivityQuerySchema)) query: AuditActivityQuery, @CurrentUser() user: CurrentUserInfo) {
    return this.auditLog.activity(userId, query, user);
  }
}
