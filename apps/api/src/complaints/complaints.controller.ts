import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  complaintDecisionSchema,
  complaintListQuerySchema,
  complaintRegistrationSchema,
  complaintReplySentSchema,
  type ComplaintDecision,
  type ComplaintListQuery,
  type ComplaintRegistration,
  type ComplaintReplySent,
} from '@casework/domain';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Roles, type CurrentUserInfo } from '../auth/current-user';
import { jsonSchema } from '../common/openapi';
import { UuidPipe } from '../common/uuid.pipe';
import { ZodPipe } from '../common/zod.pipe';
import { ComplaintsService } from './complaints.service';

@ApiTags('complaints')
@Controller('complaints')
export class ComplaintsController {
  constructor(private readonly complaints: ComplaintsService) {}

  @Get()
  @Roles('clerk', 'head', 'auditor')
  @ApiOperation({ summary: 'Журнал жалоб: фильтры, срок рассмотрения или ответа в рабочих днях' })
  list(@Query(new ZodPipe(complaintListQuerySchema)) query: ComplaintListQuery, @CurrentUser() user: CurrentUserInfo) {
    return this.complaints.list(query, user);
  }

  @Get('options')
  @Roles('clerk', 'head', 'auditor')
  @ApiOperation({ summary: 'Справочники жалоб: предметы, способы поступления, меры, сроки и органы по услугам' })
  options() {
    return this.complaints.options();
  }

  @Post()
  @Roles('clerk')
  @ApiOperation({ summary: 'Регистрация досудебной жалобы: номер по журналу органа, срок рассмотрения (ст. 11.2 210-ФЗ)' })
  @ApiBody({ schema: jsonSchema(complaintRegistrationSchema) })
  async register(@Body(new ZodPipe(complaintRegistrationSchema)) body: ComplaintRegistration, @CurrentUser() user: CurrentUserInfo) {
    const id = await this.complaints.register(body, user);
    return this.complaints.detail(id, user);
  }

  @Get(':id')
  @Roles('clerk', 'head', 'auditor')
  detail(@Param('id', new UuidPipe()) id: string, @CurrentUser() user: CurrentUserInfo) {
    return this.complaints.detail(id, user);
  }

  @Post(':id/decision')
  @Roles('head')
  @ApiOperation({ summary: 'Решение по жалобе и мотивированный ответ (PDF с SHA-256); 409 при устаревшей версии, 422 если решение уже принято' })
  @ApiBody({ schema: jsonSchema(complaintDecisionSchema) })
  async decide(@Param('id', new UuidPipe()) id: string, @Body(new ZodPipe(complaintDecisionSchema)) body: ComplaintDecision, @CurrentUser() user: CurrentUserInfo) {
    await this.complaints.decide(id, body, user);
    return this.complaints.detail(id, user);
  }

  @Post(':id/reply-sent')
  @Roles('clerk')
  @ApiOperation({ summary: 'Отметка о направлении ответа заявителю и соблюдении срока ответа' })
  @ApiBody({ schema: jsonSchema(complaintReplySentSchema) })
  async replySent(@Param('id', new UuidPipe()) id: string, @Body(new ZodPipe(complaintReplySentSchema)) body: ComplaintReplySent, @CurrentUser() user: CurrentUserInfo) {
    await this.complaints.replySent(id, body, user);
    return this.complaints.detail(id, user);
  }

  @Get(':id/reply.pdf')
  @Roles('clerk', 'head', 'auditor')
  async replyPdf(@Param('id', new UuidPipe()) id: string, @CurrentUser() user: CurrentUserInfo, @Res({ passthrough: true }) reply: FastifyReply) {
    const pdf = await this.complaints.replyPdf(id, user);
    // set here, not with @Header: Nest sets decorator headers before the handler runs, so a 404 would go out as a «PDF»
    void reply.header('Content-Type', 'application/pdf');
    void reply.header('Content-Disposition', `inline; filename="complaint-reply-${encodeURIComponent(pdf.number)}.pdf"`);
    void reply.header('X-Content-SHA256', pdf.sha256);
    return pdf.bytes;
  }
}
