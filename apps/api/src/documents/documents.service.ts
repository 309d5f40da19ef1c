import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { decisionDocument, receiptDocument, type Authority as DocAuthority, type DecisionData, type Official } from '@casework/documents';
import { getService, type ServiceDefinition } from '@casework/domain';
import { notFound } from '../common/api.exception';
import { AppUser } from '../auth/user.entity';
import { Authority } from '../authorities/authority.entity';
import { CaseDocumentRow, CaseRow, CaseTermRow, DecisionRow } from '../cases/case.entity';
import { Person } from '../persons/person.entity';
import { decisionSubject, paymentMethodOf, personName } from './document-data';
import { renderPdf, sha256Hex } from './pdf-renderer';

const official = (user: AppUser | null, fallbackPosition: string): Official => ({ position: user?.position ?? fallbackPosition, name: personName(user?.fullName ?? '—') });

const docAuthority = (a: Authority): DocAuthority => ({ name: a.name, ...(a.address ? { address: a.address } : {}) });

// Builds the documents of a case from its data (libs/documents definitions) and renders them with pdfmake.
@Injectable()
export class DocumentsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async decisionPdf(
    em: EntityManager,
    args: { decision: DecisionRow; caseRow: CaseRow; authority: Authority; service: ServiceDefinition; signerName?: string },
  ): Promise<{ bytes: Buffer; sha256: string }> {
    const data = await this.decisionData(em, args);
    const bytes = await renderPdf(decisionDocument(data));
    return { bytes, sha256: sha256Hex(bytes) };
  }

  // A signed decision is served from its stored bytes; a draft is rendered as a preview marked «проект».
  async decisionPdfFor(decisionId: string): Promise<Buffer> {
    const decision = await this.db.getRepository(DecisionRow).createQueryBuilder('d').addSelect('d.pdf').where('d.id = :id', { id: decisionId }).getOne();
    if (!decision) throw notFound('Решение');
    if (decision.status === 'signed' && decision.pdf) return decision.pdf;
    const caseRow = await this.db.getRepository(CaseRow).findOneOrFail({ where: { id: decision.caseId } });
    const authority = await this.db.getRepository(Authority).findOneOrFail({ where: { id: decision.authorityId } });
    const service = getService(caseRow.serviceSlug);
    if (!service) throw notFound('Услуга');
    const data = await this.decisionData(this.db.manager, { decision, caseRow, authority, service });
    return renderPdf(decisionDocument({ ...data, draft: true }));
  }

  private async decisionData(em: EntityManager, { decision, caseRow, authority, service }: { decision: DecisionRow; caseRow: CaseRow; authority: Authority; service: ServiceDefinition }): Promise<DecisionData> {
    const applicant = await em.getRepository(Person).findOneOrFail({ where: { id: caseRow.applicantId } });
    const users = em.getRepository(AppUser);
    const [drafter, deputy, head] = await Promise.all([
      users.findOne({ where: { id: decision.draftedBy } }),
      decision.initialledBy ? users.findOne({ where: { id: decision.initialledBy } }) : Promise.resolve(null),
      decision.signedBy ? users.findOne({ where: { id: decision.signedBy } }) : Promise.resolve(null),
    ]);
    const categoryCodes = Array.isArray(caseRow.payload.categories) ? (caseRow.payload.categories as string[]) : [];
    const base = {
      authority: docAuthority(authority),
      number: decision.number ?? 'проект',
      date: decision.decisionDate ?? caseRow.submittedOn,
      application: { registrationNumber: caseRow.number ?? '—', date: caseRow.acceptedOn ?? caseRow.submittedOn },
      applicant: {
        lastName: applicant.lastName,
        firstName: applicant.firstName,
        ...(applicant.middleName ? { middleName: applicant.middleName } : {}),
        sex: applicant.sex,
        ...(applicant.snils ? { snils: applicant.snils } : {}),
        birthDate: applicant.birthDate,
        address: applicant.registrationAddress ?? applicant.actualAddress ?? '—',
      },
      categories: categoryCodes.map((code) => {
        const c = service.categories.find((x) => x.code === code);
        return { code, title: c?.title ?? code, ...(c ? { clause: c.clause } : {}) };
      }),
      legalBasis: service.legalBasis.map((l) => (l.clause ? `${l.act}, ${l.clause}` : l.act)),
      checkedBy: { official: official(deputy, authority.deputyHeadName ?? 'Заместитель руководителя'), ...(decision.initialledAt ? { date: decision.initialledAt.toISOString().slice(0, 10) } : {}) },
      approvedBy: { official: official(head, authority.headName ?? 'Руководитель'), ...(decision.decisionDate ? { date: decision.decisionDate } : {}) },
      ...(drafter ? { draftedBy: official(drafter, 'Специалист') } : {}),
      subject: decisionSubject(service),
    };
    if (decision.kind === 'grant') {
      const month = decision.paymentStartMonth ?? service.paymentStartMonth?.({ submittedOn: caseRow.submittedOn }) ?? caseRow.submittedOn.slice(0, 7);
      return { ...base, outcome: 'grant', paymentStart: `${month}-01`, paymentMethod: paymentMethodOf(caseRow.payload), ...(decision.amountKopecks !== null ? { amount: { kopecks: decision.amountKopecks, per: 'в месяц' } } : {}) };
    }
    return { ...base, outcome: 'refuse', grounds: decision.grounds.map((g) => ({ code: g.code, title: g.title, clause: g.clause })) };
  }

  async receiptPdf(caseRow: CaseRow): Promise<Buffer> {
    const em = this.db.manager;
    const [authority, applicant, documents, t20, registration] = await Promise.all([
      em.getRepository(Authority).findOneOrFail({ where: { id: caseRow.authorityId } }),
      em.getRepository(Person).findOneOrFail({ where: { id: caseRow.applicantId } }),
      em.getRepository(CaseDocumentRow).find({ where: { caseId: caseRow.id }, order: { createdAt: 'ASC' } }),
      em.getRepository(CaseTermRow).findOne({ where: { caseId: caseRow.id, termId: 'T20' } }),
      em.query(`SELECT u.full_name AS "fullName", u.position FROM case_event e JOIN app_user u ON u.id = e.actor_id WHERE e.case_id = $1 AND e.data ? 'number' ORDER BY e.seq LIMIT 1`, [caseRow.id]) as Promise<{ fullName: string; position: string | null }[]>,
    ]);
    if (!caseRow.number) throw notFound('Расписка (заявление ещё не зарегистрировано)');
    const service = getService(caseRow.serviceSlug);
    const clerk = registration[0];
    return renderPdf(
      receiptDocument({
        authority: docAuthority(authority),
        registrationNumber: caseRow.number,
        registrationDate: caseRow.acceptedOn ?? caseRow.submittedOn,
        applicant: { lastName: applicant.lastName, firstName: applicant.firstName, ...(applicant.middleName ? { middleName: applicant.middleName } : {}), sex: applicant.sex },
        serviceTitle: service?.title ?? caseRow.serviceSlug,
        documents: documents.filter((d) => d.providedBy === 'applicant').map((d) => ({ title: d.title })),
        acceptedBy: { position: clerk?.position ?? 'Специалист', name: personName(clerk?.fullName ?? '—') },
        ...(t20 ? { decisionDue: { date: t20.dueDate, basis: t20.explanation } } : {}),
      }),
    );
  }
}
