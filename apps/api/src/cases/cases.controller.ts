import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { caseEvaluateRequestSchema, caseFormQuerySchema, type CaseFormQuery, caseEventRequestSchema, caseQueueQuerySchema, intakeRequestSchema, type CaseEvaluateRequest, type CaseEventRequest, type CaseQueueQuery, type IntakeRequest } from '@casework/domain';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Roles, type CurrentUserInfo } from '../auth/current-user';
import { jsonSchema } from '../common/openapi';
import { UuidPipe } from '../common/uuid.pipe';
import { ZodPipe } from '../common/zod.pipe';
import { DocumentsService } from '../documents/documents.service';
import { CasesService } from './cases.service';

const pdfReply = (reply: FastifyReply, name: string): void => {
  void reply.header('Content-Type', 'application/pdf').header('Content-Disposition', `inline; filename="${encodeURIComponent(name)}.pdf"`);
};

@ApiTags('cases')
@Controller('cases')
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly documents: DocumentsService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Очередь дел: фильтры, ближайший срок в рабочих днях' })
  queue(@Query(new ZodPipe(caseQueueQuerySchema)) query: CaseQueueQuery, @CurrentUser() user: CurrentUserInfo) {
    return this.cases.queue(query, user);
  }

  @Post()
  @Roles('clerk')
  @ApiOperation({ summary: 'Приём заявления; с заголовком Prefer: return=minimal ответ — только { id }' })
  @ApiBody({ schema: jsonSchema(intakeRequestSchema) })
  async intake(@Body(new ZodPipe(intakeRequestSchema)) body: IntakeRequest, @CurrentUser() user: CurrentUserInfo, @Headers('prefer') prefer?: string) {
    const id = await this.cases.intake(body, user);
    // RFC 7240: a client that opens the case page next (the console) asks for the id alone
    if (prefer && /\breturn=minimal\b/i.test(prefer)) return { id };
    return this.cases.detail(id, user);
  }

  @Get(':id')
  detail(@Param('id', new UuidPipe()) id: string, @CurrentUser() user: CurrentUserInfo) {
    return this.cases.detail(id, user);
  }

  @Post(':id/events')
  @ApiOperation({ summary: 'Действие по делу: одно событие рабочего процесса услуги в одной транзакции; 409 при устаревшей версии' })
  @ApiBody({ schema: jsonSchema(caseEventRequestSchema) })
  async fire(@Param('id', new UuidPipe()) id: string, @Body(new ZodPipe(caseEventRequestSchema)) body: CaseEventRequest, @CurrentUser() user: CurrentUserInfo) {
    await this.cases.fire(id, body, user);
    return this.cases.detail(id, user);
  }

  @Post(':id/evaluate')
  @HttpCode(200)
  @Roles('clerk', 'head', 'auditor', 'admin')
  @ApiOperation({ summary: 'Расчет по правилам услуги для дела: основания с пунктами, сумма, пояснение; сведения межведомственных ответов дополняет специалист' })
  @ApiBody({ schema: jsonSchema(caseEvaluateRequestSchema) })
  evaluate(@Param('id', new UuidPipe()) id: string, @Body(new ZodPipe(caseEvaluateRequestSchema)) body: CaseEvaluateRequest, @CurrentUser() user: CurrentUserInfo) {
    return this.cases.evaluateCase(id, body, user);
  }

  @Post(':id/interagency/poll')
  @Roles('clerk')
  @ApiOperation({ summary: 'Получить ответы на межведомственные запросы' })
  async poll(@Param('id', new UuidPipe()) id: string, @CurrentUser() user: CurrentUserInfo) {
    await this.cases.pollInteragency(id, user);
    return this.cases.detail(id, user);
  }

  @Get(':id/receipt.pdf')
  async receipt(@Param('id', new UuidPipe()) id: string, @CurrentUser() user: CurrentUserInfo, @Res({ passthrough: true }) reply: FastifyReply) {
    const row = await this.cases.caseFor(id, user);
    const pdf = await this.documents.receiptPdf(row);
    void reply.header('Content-Type', 'application/pdf').header('Content-Disposition', `inline; filename="receipt-${encodeURIComponent(row.number ?? row.id)}.pdf"`);
    return pdf;
  }

  @Get(':id/application.pdf')
  @ApiOperation({ summary: 'Заявление, как принято (приложение 1 для капитального ремонта; заявление о компенсации ЖКУ), PDF' })
  async application(@Param('id', new UuidPipe()) id: string, @CurrentUser() user: CurrentUserInfo, @Res({ passthrough: true }) reply: FastifyReply) {
    const file = await this.cases.applicationPdf(id, user);
    pdfReply(reply, `application-${file.name}`);
    return file.pdf;
  }

  @Get(':id/forms/:form.pdf')
  @ApiOperation({ summary: 'Бланк заявления для подписи заявителя: withdrawal (прил. 9), delivery-change (прил. 10), correction (прил. 11), PDF' })
  async form(
    @Param('id', new UuidPipe()) id: string,
    @Param('form') form: string,
    @Query(new ZodPipe(caseFormQuerySchema)) query: CaseFormQuery,
    @CurrentUser() user: CurrentUserInfo,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const file = await this.cases.formPdf(id, form, query, user);
    pdfReply(reply, file.name);
    return file.pdf;
  }

  @Get(':id/notices/:noticeId/pdf')
  @ApiOperation({ summary: 'Уведомление заявителю (PDF, как направлено)' })
  async notice(@Param('id', new UuidPipe()) id: string, @Param('noticeId', new UuidPipe()) noticeId: string, @CurrentUser() user: CurrentUserInfo, @Res({ passthrough: true }) reply: FastifyReply) {
    const notice = await this.cases.noticePdf(id, noticeId, user);
    void reply.header('Content-Type', 'application/pdf').header('Content-Disposition', `inline; filename="notice-${encodeURIComponent(notice.number)}.pdf"`);
    return notice.pdf;
  }
}
