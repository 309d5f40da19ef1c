import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  acceptanceRefusalDocument,
  decisionNoticeDocument,
  extensionNoticeDocument,
  missingDocumentsNoticeDocument,
  noErrorNoticeDocument,
  paymentDetailsChangeNoticeDocument,
  reworkReturnNoticeDocument,
  withdrawalDocument,
  type Delivery,
  type LetterData,
  type NoticeGround,
  type PaymentDetails,
} from '@casework/documents';
import type { LocalDate, NoticeDelivery, ServiceDefinition } from '@casework/domain';
import { AppUser } from '../auth/user.entity';
import { Authority } from '../authorities/authority.entity';
import { CaseDocumentRow, NoticeRow, type CaseRow, type DecisionRow } from '../cases/case.entity';
import { Person } from '../persons/person.entity';
import { renderPdf, sha256Hex } from './pdf-renderer';
import { decisionSubject, paymentMethodOf, personName } from './document-data';

// The notices of the generic procedures; each kind carries what its document needs, the rest is the case's.
export type NoticeContent =
  | { kind: 'acceptance_refusal'; grounds: NoticeGround[] }
  | { kind: 'missing_documents'; documents: { title: string; issue: 'missing' | 'invalid'; details?: string }[]; deadline: LocalDate; deadlineBasis: string; consequence: NoticeGround; termRestartsOnSubmission: boolean }
  | { kind: 'rework_return'; items: { document: string; correction: string }[]; returnWithinWorkingDays: number; ground?: NoticeGround }
  | { kind: 'extension'; workingDays: number; reason: NoticeGround; previousDueDate: LocalDate; newDueDate: LocalDate }
  | { kind: 'decision'; decision: DecisionRow }
  | { kind: 'withdrawal'; withdrawnOn: LocalDate }
  | { kind: 'no_error'; decision: { number: string; date: LocalDate }; correctionRequestedOn: LocalDate; finding?: string }
  | { kind: 'payment_details_change'; requestedOn: LocalDate; previous: PaymentDetails; next: PaymentDetails; fromMonth: string };

export type NoticeKind = NoticeContent['kind'];

export const NOTICE_TITLES: Record<NoticeKind, string> = {
  acceptance_refusal: 'Уведомление об отказе в приеме документов',
  missing_documents: 'Уведомление о недостающих документах',
  rework_return: 'Уведомление о возврате документов на доработку',
  extension: 'Уведомление о продлении срока',
  decision: 'Уведомление о принятом решении',
  withdrawal: 'Уведомление о прекращении рассмотрения заявления',
  no_error: 'Уведомление об отсутствии опечаток и ошибок',
  payment_details_change: 'Уведомление об изменении реквизитов для выплаты',
};

@Injectable()
export class NoticesService {
  // Makes the notice once, as it is sent: number in the authority's notice journal, PDF rendered, hashed and stored with the case.
  async prepare(
    em: EntityManager,
    args: { caseRow: CaseRow; authority: Authority; service: ServiceDefinition; content: NoticeContent; delivery: NoticeDelivery; user: AppUser; at: Date; legalDate: LocalDate; number: string },
  ): Promise<{ id: string; number: string; kind: NoticeKind }> {
    const { caseRow, authority, service, content, delivery, user, legalDate, number } = args;
    const applicant = await em.getRepository(Person).findOneOrFail({ where: { id: caseRow.applicantId } });
    const letter: LetterData = {
      authority: { name: authority.name, ...(authority.address ? { address: authority.address } : {}) },
      number,
      date: legalDate,
      applicant: {
        lastName: applicant.lastName,
        firstName: applicant.firstName,
        ...(applicant.middleName ? { middleName: applicant.middleName } : {}),
        sex: applicant.sex,
        ...((applicant.registrationAddress ?? applicant.actualAddress) ? { address: (applicant.registrationAddress ?? applicant.actualAddress)! } : {}),
      },
      signedBy: { position: 'Руководитель', name: personName(authority.headName ?? '—') },
      executor: { name: personName(user.fullName) },
    };
    const application = { date: caseRow.acceptedOn ?? caseRow.receivedOn, ...(caseRow.number ? { registrationNumber: caseRow.number } : {}) };
    const deliveryInfo: Delivery = { channel: delivery };
    const definition = await this.definition(em, { content, letter, application, service, caseRow, delivery: deliveryInfo });
    const pdf = await renderPdf(definition);
    const { kind: _kind, ...data } = content;
    const stored = content.kind === 'decision' ? { decisionId: content.decision.id, number: content.decision.number, outcome: content.decision.kind } : data;
    const result = await em.getRepository(NoticeRow).insert({
      caseId: caseRow.id,
      authorityId: caseRow.authorityId,
      kind: content.kind,
      number,
      noticeDate: legalDate,
      delivery,
      // the event that makes a notice is its sending (the clerk fires it when the letter leaves)
      status: 'sent',
      sentAt: args.at,
      sentBy: user.id,
      decisionId: content.kind === 'decision' ? content.decision.id : null,
      data: stored,
      pdf,
      pdfSha256: sha256Hex(pdf),
      createdBy: user.id,
      createdAt: args.at,
    });
    return { id: String(result.identifiers[0].id), number, kind: content.kind };
  }

  private async definition(
    em: EntityManager,
    { content, letter, application, service, caseRow, delivery }: { content: NoticeContent; letter: LetterData; application: { date: LocalDate; registrationNumber?: string }; service: ServiceDefinition; caseRow: CaseRow; delivery: Delivery },
  ): Promise<TDocumentDefinitions> {
    const serviceTitle = service.title;
    switch (content.kind) {
      case 'acceptance_refusal': {
        const documents = await em.getRepository(CaseDocumentRow).find({ where: { caseId: caseRow.id, providedBy: 'applicant' }, order: { createdAt: 'ASC' } });
        return acceptanceRefusalDocument({ ...letter, serviceTitle, application, grounds: content.grounds, returned: { documents: documents.map((d) => ({ title: d.title })), delivery } });
      }
      case 'missing_documents':
        return missingDocumentsNoticeDocument({ ...letter, serviceTitle, application, documents: content.documents, deadline: content.deadline, deadlineBasis: content.deadlineBasis, consequence: content.consequence, termRestartsOnSubmission: content.termRestartsOnSubmission });
      case 'rework_return':
        return reworkReturnNoticeDocument({ ...letter, serviceTitle, application, items: content.items, returnWithinWorkingDays: content.returnWithinWorkingDays, delivery, ...(content.ground ? { ground: content.ground } : {}) });
      case 'extension':
        return extensionNoticeDocument({
          ...letter,
          serviceTitle,
          application: { acceptedOn: application.date, ...(application.registrationNumber ? { registrationNumber: application.registrationNumber } : {}) },
          workingDays: content.workingDays,
          reason: content.reason,
          previousDueDate: content.previousDueDate,
          newDueDate: content.newDueDate,
        });
      case 'decision': {
        const d = content.decision;
        const common = { ...letter, subject: decisionSubject(service), application, decision: { number: d.number ?? '—', date: d.decisionDate ?? letter.date }, delivery };
        if (d.kind === 'grant') {
          const month = d.paymentStartMonth ?? service.paymentStartMonth?.({ submittedOn: caseRow.submittedOn }) ?? caseRow.submittedOn.slice(0, 7);
          return decisionNoticeDocument({ ...common, outcome: 'grant', firstPaymentMonth: month, paymentMethod: paymentMethodOf(caseRow.payload), ...(d.amountKopecks !== null ? { amount: { kopecks: d.amountKopecks, per: 'в месяц' } } : {}) });
        }
        return decisionNoticeDocument({ ...common, outcome: 'refuse', grounds: d.grounds.map((g) => ({ code: g.code, title: g.title, clause: g.clause })) });
      }
      case 'withdrawal': {
        const documents = await em.getRepository(CaseDocumentRow).find({ where: { caseId: caseRow.id, providedBy: 'applicant' }, order: { createdAt: 'ASC' } });
        return withdrawalDocument({ ...letter, serviceTitle, application, withdrawal: { date: content.withdrawnOn }, returned: { documents: documents.map((d) => ({ title: d.title })), delivery } });
      }
      case 'no_error':
        return noErrorNoticeDocument({
          ...letter,
          correctionApplication: { date: content.correctionRequestedOn },
          document: { ...content.decision, title: `о предоставлении ${service.resultSubject.genitive}` },
          ...(content.finding ? { finding: content.finding } : {}),
        });
      case 'payment_details_change':
        return paymentDetailsChangeNoticeDocument({ ...letter, subject: decisionSubject(service), application: { date: content.requestedOn }, previous: content.previous, next: content.next, fromMonth: content.fromMonth });
      default: {
        const unreachable: never = content;
        throw new Error(`unknown notice ${String(unreachable)}`);
      }
    }
  }
}
