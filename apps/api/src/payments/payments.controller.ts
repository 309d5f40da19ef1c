import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  pagingQueryFields,
  recalculateSchema,
  reconciliationImportSchema,
  reconciliationTemplate,
  refundSchema,
  registerListQuerySchema,
  registerQuerySchema,
  registerRequestSchema,
  resumeSchema,
  suspendSchema,
  terminateSchema,
  versionOnlySchema,
  type RecalculateRequest,
  type ReconciliationImport,
  type RefundRequest,
  type RegisterListQuery,
  type RegisterQuery,
  type RegisterRequest,
  type ResumeRequest,
  type SuspendRequest,
  type TerminateRequest,
} from '@casework/domain';
import { CurrentUser, Roles, type CurrentUserInfo } from '../auth/current-user';
import { Clock } from '../common/clock';
import { jsonSchema } from '../common/openapi';
import { UuidPipe } from '../common/uuid.pipe';
import { ZodPipe } from '../common/zod.pipe';
import { PaymentAssignmentsService } from './payment-assignments.service';
import { PaymentRegistersService } from './payment-registers.service';

const viewQuerySchema = z.object({ ...pagingQueryFields(500), status: z.enum(['included', 'paid', 'returned'], { error: 'status: included, paid или returned' }).optional() });
const exportQuerySchema = z.object({ format: z.enum(['csv', 'xlsx'], { error: 'format: csv или xlsx' }).default('csv') });
// the bank simulator: which lines come back returned, e.g. ?returned=2,5
const simulatorQuerySchema = z.object({
  returned: z
    .string()
    .regex(/^\d+(,\d+)*$/, { error: 'returned: номера строк через запятую' })
    .transform((s) => s.split(',').map(Number))
    .optional(),
  reason: z.string().max(200).optional(),
});

@ApiTags('payments')
@Controller()
export class PaymentsController {
  constructor(
    private readonly registers: PaymentRegistersService,
    private readonly assignments: PaymentAssignmentsService,
    private readonly clock: Clock,
  ) {}

  @Get('payment-registers')
  @Roles('clerk', 'head', 'auditor', 'admin')
  listRegisters(@Query(new ZodPipe(registerQuerySchema)) query: RegisterQuery, @CurrentUser() user: CurrentUserInfo) {
    return this.registers.list(query, user);
  }

  // Starts (or resumes) the background generation; the console follows its progress on the register.
  @Post('payment-registers')
  @HttpCode(202)
  @Roles('clerk')
  @ApiBody({ schema: jsonSchema(registerRequestSchema) })
  createRegister(@Body(new ZodPipe(registerRequestSchema)) body: RegisterRequest, @CurrentUser() user: CurrentUserInfo) {
    return this.registers.create(body, user);
  }

  @Get('payment-registers/:id')
  @Roles('clerk', 'head', 'auditor', 'admin')
  register(@Param('id', new UuidPipe()) id: string, @Query(new ZodPipe(viewQuerySchema)) query: z.infer<typeof viewQuerySchema>, @CurrentUser() user: CurrentUserInfo) {
    return this.registers.view(id, { offset: query.offset ?? 0, limit: query.limit ?? 100, ...(query.status ? { status: query.status } : {}) }, user);
  }

  @Post('payment-registers/:id/resume')
  @HttpCode(202)
  @Roles('clerk')
  resumeRegister(@Param('id', new UuidPipe()) id: string, @CurrentUser() user: CurrentUserInfo) {
    return this.registers.resume(id, user);
  }

  @Post('payment-registers/:id/approve')
  @HttpCode(200)
  @Roles('head')
  @ApiBody({ schema: jsonSchema(versionOnlySchema) })
  approveRegister(@Param('id', new UuidPipe()) id: string, @Body(new ZodPipe(versionOnlySchema)) body: { expectedVersion: number }, @CurrentUser() user: CurrentUserInfo) {
    return this.registers.approve(id, body.expectedVersion, user);
  }

  @Get('payment-registers/:id/export')
  @Roles('clerk', 'head')
  async exportRegister(
    @Param('id', new UuidPipe()) id: string,
    @Query(new ZodPipe(exportQuerySchema)) query: z.infer<typeof exportQuerySchema>,
    @CurrentUser() user: CurrentUserInfo,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const file = await this.registers.exportFile(id, query.format, user);
    void reply.header('Content-Type', file.contentType).header('Content-Disposition', `attachment; filename="${encodeURIComponent(file.filename)}"`);
    return file.body;
  }

  // The payment document itself: the list of recipients (capital repair 3.2.6) or the register of compensations (housing cl. 67).
  @Get('payment-registers/:id/list.pdf')
  @Roles('clerk', 'head', 'auditor', 'admin')
  async registerListPdf(
    @Param('id', new UuidPipe()) id: string,
    @Query(new ZodPipe(registerListQuerySchema)) query: RegisterListQuery,
    @CurrentUser() user: CurrentUserInfo,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const file = await this.registers.listPdf(id, query.serviceSlug, user);
    void reply.header('Content-Type', 'application/pdf').header('Content-Disposition', `inline; filename="spisok-${encodeURIComponent(file.number)}.pdf"`);
    return file.pdf;
  }

  // The bank (post) is outside our walls: this simulator answers a register as a real reconciliation file would.
  @Get('payment-registers/:id/bank-simulator/reconciliation')
  @Roles('clerk', 'head')
  async simulatedReconciliation(
    @Param('id', new UuidPipe()) id: string,
    @Query(new ZodPipe(simulatorQuerySchema)) query: z.infer<typeof simulatorQuerySchema>,
    @CurrentUser() user: CurrentUserInfo,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const view = await this.registers.view(id, { offset: 0, limit: 100_000 }, user);
    const returned = new Set(query.returned ?? []);
    const on = this.clock.now().toISOString().slice(0, 10);
    const csv = reconciliationTemplate(view.lines.items as { lineNo: number; totalKopecks: number }[], on)
      .split('\r\n')
      .map((row, i) => {
        const lineNo = Number(row.split(';')[0]);
        return i > 0 && returned.has(lineNo) ? row.replace(';выплачено;', ';возврат;').replace(/;$/, `;${query.reason ?? 'Счет получателя закрыт'}`) : row;
      })
      .join('\r\n');
    void reply.header('Content-Type', 'text/csv; charset=utf-8').header('Content-Disposition', `attachment; filename="sverka-${encodeURIComponent(view.register.number)}.csv"`);
    return csv;
  }

  @Post('payment-registers/:id/reconciliation')
  @HttpCode(200)
  @Roles('clerk')
  @ApiBody({ schema: jsonSchema(reconciliationImportSchema) })
  reconcile(@Param('id', new UuidPipe()) id: string, @Body(new ZodPipe(reconciliationImportSchema)) body: ReconciliationImport, @CurrentUser() user: CurrentUserInfo) {
    return this.registers.reconcile(id, body, user);
  }

  @Get('payment-assignments/:id')
  @Roles('clerk', 'head', 'auditor', 'admin')
  assignment(@Param('id', new UuidPipe()) id: string, @CurrentUser() user: CurrentUserInfo) {
    return this.assignments.assignment(id, user);
  }

  @Post('payment-assignments/:id/suspend')
  @HttpCode(200)
  @Roles('clerk')
  @ApiBody({ schema: jsonSchema(suspendSchema) })
  suspend(@Param('id', new UuidPipe()) id: string, @Body(new ZodPipe(suspendSchema)) body: SuspendRequest, @CurrentUser() user: CurrentUserInfo) {
    return this.assignments.suspend(id, body, user);
  }

  @Post('payment-assignments/:id/resume')
  @HttpCode(200)
  @Roles('clerk')
  @ApiBody({ schema: jsonSchema(resumeSchema) })
  resume(@Param('id', new UuidPipe()) id: string, @Body(new ZodPipe(resumeSchema)) body: ResumeRequest, @CurrentUser() user: CurrentUserInfo) {
    return this.assignments.resume(id, body, user);
  }

  @Post('payment-assignments/:id/terminate')
  @HttpCode(200)
  @Roles('clerk')
  @ApiBody({ schema: jsonSchema(terminateSchema) })
  terminate(@Param('id', new UuidPipe()) id: string, @Body(new ZodPipe(terminateSchema)) body: TerminateRequest, @CurrentUser() user: CurrentUserInfo) {
    return this.assignments.terminate(id, body, user);
  }

  @Post('payment-assignments/:id/recalculate')
  @HttpCode(200)
  @Roles('clerk')
  @ApiBody({ schema: jsonSchema(recalculateSchema) })
  recalculate(@Param('id', new UuidPipe()) id: string, @Body(new ZodPipe(recalculateSchema)) body: RecalculateRequest, @CurrentUser() user: CurrentUserInfo) {
    return this.assignments.recalculate(id, body, user);
  }

  @Post('payment-assignments/:id/adjustments/:adjustmentId/refunds')
  @HttpCode(200)
  @Roles('clerk')
  @ApiBody({ schema: jsonSchema(refundSchema) })
  refund(@Param('id', new UuidPipe()) id: string, @Param('adjustmentId') adjustmentId: string, @Body(new ZodPipe(refundSchema)) body: RefundRequest, @CurrentUser() user: CurrentUserInfo) {
    return this.assignments.refund(id, /^\d{1,18}$/.test(adjustmentId) ? adjustmentId : '0', body, user);
  }

  @Get('persons/:id/payments')
  @Roles('clerk', 'head', 'auditor', 'admin')
  personPayments(@Param('id', new UuidPipe()) id: string, @CurrentUser() user: CurrentUserInfo) {
    return this.assignments.personPayments(id, user);
  }
}
