import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { authoritiesWithRole, CurrentUser, rolesIn, type CurrentUserInfo } from '../auth/current-user';
import { notFound } from '../common/api.exception';
import { UuidPipe } from '../common/uuid.pipe';
import { ZodPipe } from '../common/zod.pipe';
import { DecisionRow } from '../cases/case.entity';
import { DocumentsService } from '../documents/documents.service';

const listQuerySchema = z.object({ status: z.enum(['draft', 'initialled', 'signed', 'returned'], { error: 'status: draft, initialled, signed или returned' }).optional() });

@ApiTags('decisions')
@Controller('decisions')
export class DecisionsController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly documents: DocumentsService,
  ) {}

  // The head's signing queue: drafts wait for the deputy's check, initialled ones for the head's approval.
  @Get()
  list(@Query(new ZodPipe(listQuerySchema)) query: z.infer<typeof listQuerySchema>, @CurrentUser() user: CurrentUserInfo) {
    const authorityIds = authoritiesWithRole(user, ['clerk', 'head', 'auditor', 'admin']);
    return this.db.query(
      `SELECT d.id, d.case_id AS "caseId", c.number AS "caseNumber", c.version AS "caseVersion", c.service_slug AS "serviceSlug", d.kind, d.status, d.number, d.decision_date AS "decisionDate",
              d.drafted_at AS "draftedAt", d.grounds, concat_ws(' ', p.last_name, p.first_name, p.middle_name) AS "applicantName", a.short_name AS "authorityName"
         FROM decision d JOIN "case" c ON c.id = d.case_id JOIN person p ON p.id = c.applicant_id JOIN authority a ON a.id = d.authority_id
        WHERE d.authority_id = ANY($1) AND ($2::text IS NULL OR d.status = $2) ORDER BY d.drafted_at LIMIT 200`,
      [authorityIds, query.status ?? null],
    );
  }

  // The stored PDF of a signed decision (never regenerated); a preview for a draft.
  @Get(':id/pdf')
  async pdf(@Param('id', new UuidPipe()) id: string, @CurrentUser() user: CurrentUserInfo, @Res({ passthrough: true }) reply: FastifyReply) {
    const decision = await this.db.getRepository(DecisionRow).findOne({ where: { id }, select: { id: true, authorityId: true, status: true, number: true, pdfSha256: true } });
    if (!decision || rolesIn(user, decision.authorityId).length === 0) throw notFound('Решение');
    const bytes = await this.documents.decisionPdfFor(id);
    void reply.header('Content-Type', 'application/pdf').header('Content-Disposition', `inline; filename="decision-${encodeURIComponent(decision.number ?? 'draft')}.pdf"`);
    if (decision.pdfSha256) void reply.header('X-Content-SHA256', decision.pdfSha256);
    return bytes;
  }
}
