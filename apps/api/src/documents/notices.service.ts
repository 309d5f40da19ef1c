import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  CAPITAL_REPAIR_APPLICATION_TITLE,
  EXTENSION_CHOICES,
  GRANT_NOTICE_CHANGES_DUTY,
  REFUSAL_NOTICE_APPEAL,
  acceptanceRefusalDocument,
  correctionRefusalNoticeDocument,
  decisionNoticeDocument,
  extensionNoticeDocument,
  missingDocumentsNoticeDocument,
  noErrorNoticeDocument,
  paymentDetailsChangeNoticeDocument,
  reworkReturnNoticeDocument,
  grantingOf,
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
import { decisionSubject, isCapitalRepair, paymentMethodOf, personName, regulationAct, storedEvaluation } from './document-data';
import { DocumentsService } from './documents.service';

// The decision a correction request names: its number, date and outcome (the notice names it «о назначении …»).
export type IssuedDecisionRef = { number: string; date: LocalDate; outcome: string };

// The notices of the generic procedures; each kind carries what its document needs, the rest is the case's.
export type NoticeContent =
  | { kind: 'acceptance_refusal'; grounds: NoticeGround[] }
  | { kind: 'missing_documents'; documents: { title: string; issue: 'missing' | 'invalid'; details?: string }[]; deadline: LocalDate; deadlineBasis: string; consequence: NoticeGround; termRestartsOnSubmission: boolean }
  | { kind: 'rework_return'; items: { document: string; correction: string }[]; returnWithinWorkingDays: number; ground?: NoticeGround }
  | { kind: 'extension'; workingDays: number; reason: NoticeGround; previousDueDate: LocalDate; newDueDate: LocalDate }
  | { kind: 'decision'; decision: DecisionRow }
  | { kind: 'withdrawal'; withdrawnOn: LocalDate }
  | { kind: 'no_error'; decision: IssuedDecisionRef; correctionRequestedOn: LocalDate; finding?: string; ground?: NoticeGround }
  | { kind: 'correction_refusal'; decision: IssuedDecisionRef; correctionRequestedOn: LocalDate; ground: NoticeGround }
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
  correction_refusal: 'Уведомление об отказе в исправлении опечаток и ошибок',
  payment_details_change: 'Уведомление об изменении реквизитов для выплаты',
};

// «о назначении компенсации …», «об отказе в предоставлении компенсации …»: the decision as a notice names it
const decisionTitle = (service: ServiceDefinition, outcome: string): string => {
  const subject = decisionSubject(service);
  return `${outcome === 'grant' ? 'о' : 'об отказе в'} ${grantingOf(subject).prepositional} ${subject.genitive}`;
};

@Injectable()
export class NoticesService {
  constructor(private readonly documents: DocumentsService) {}

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
    const definition = await this.definition(em, { content, letter, application, service, caseRow, authority, delivery: deliveryInfo });
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
    args: { content: NoticeContent; letter: LetterData; application: { date: LocalDate; registrationNumber?: string }; service: ServiceDefinition; caseRow: CaseRow; authority: Authority; delivery: Delivery },
  ): Promise<TDocumentDefinitions> {
    const { content, letter, application, service, caseRow, authority, delivery } = args;
    const serviceTitle = service.title;
    // capital repair prints its annex forms (App 5, 6, 8, 13): the subject «о назначении …» with Law 57-kz, the grounds
    // with the clause and the act (2.3.2)
    const annex = isCapitalRepair(service);
    const act = annex ? regulationAct(service) : undefined;
    const cite = (ground: NoticeGround): NoticeGround => ({ ...ground, ...(act && !ground.act ? { act } : {}) });
    const subject = decisionSubject(service);
    switch (content.kind) {
      case 'acceptance_refusal': {
        const documents = await em.getRepository(CaseDocumentRow).find({ where: { caseId: caseRow.id, providedBy: 'applicant' }, order: { createdAt: 'ASC' } });
        const returned = { documents: documents.map((d) => ({ title: d.title })), delivery };
        // App 13: «Поданные (направленные) Вами __ заявление и документы не приняты …» — the day of submission
        if (annex) return acceptanceRefusalDocument({ ...letter, serviceTitle, subject, application: { date: caseRow.submittedOn }, grounds: content.grounds.map(cite), returned });
        return acceptanceRefusalDocument({ ...letter, serviceTitle, application, grounds: content.grounds, returned });
      }
      case 'missing_documents':
        return missingDocumentsNoticeDocument({ ...letter, serviceTitle, application, documents: content.documents, deadline: content.deadline, deadlineBasis: content.deadlineBasis, consequence: content.consequence, termRestartsOnSubmission: content.termRestartsOnSubmission });
      case 'rework_return':
        return reworkReturnNoticeDocument({ ...letter, serviceTitle, application, items: content.items, returnWithinWorkingDays: content.returnWithinWorkingDays, delivery, ...(content.ground ? { ground: content.ground } : {}) });
      case 'extension': {
        const accepted = { acceptedOn: application.date, ...(application.registrationNumber ? { registrationNumber: application.registrationNumber } : {}) };
        const common = { ...letter, serviceTitle, workingDays: content.workingDays, previousDueDate: content.previousDueDate, newDueDate: content.newDueDate };
        // App 8: the two reasons of 2.4 as check boxes, the ground's one ticked
        const choice = annex ? EXTENSION_CHOICES.find((c) => c.code === content.reason.code) : undefined;
        if (choice) {
          return extensionNoticeDocument({ ...common, subject, application: { ...accepted, title: CAPITAL_REPAIR_APPLICATION_TITLE }, reason: { ...choice, clause: content.reason.clause }, choices: EXTENSION_CHOICES });
        }
        return extensionNoticeDocument({ ...common, application: accepted, reason: content.reason });
      }
      case 'decision':
        return this.decisionNotice(em, { decision: content.decision, letter, application, service, caseRow, authority, delivery, cite });
      case 'withdrawal': {
        const documents = await em.getRepository(CaseDocumentRow).find({ where: { caseId: caseRow.id, providedBy: 'applicant' }, order: { createdAt: 'ASC' } });
        return withdrawalDocument({ ...letter, serviceTitle, application, withdrawal: { date: content.withdrawnOn }, returned: { documents: documents.map((d) => ({ title: d.title })), delivery } });
      }
      case 'no_error':
        return noErrorNoticeDocument({
          ...letter,
          correctionApplication: { date: content.correctionRequestedOn },
          document: { number: content.decision.number, date: content.decision.date, title: decisionTitle(service, content.decision.outcome) },
          ...(content.ground ? { ground: cite(content.ground) } : {}),
          ...(content.finding ? { finding: content.finding } : {}),
        });
      case 'correction_refusal':
        // TYPO-REF-02, TYPO-REF-03 (3.5.1): the ground with its title and clause, the reply by the applicant's method
        return correctionRefusalNoticeDocument({
          ...letter,
          correctionApplication: { date: content.correctionRequestedOn },
          document: { number: content.decision.number, date: content.decision.date, title: decisionTitle(service, content.decision.outcome) },
          grounds: [cite(content.ground)],
          delivery,
        });
      case 'payment_details_change':
        return paymentDetailsChangeNoticeDocument({ ...letter, subject, application: { date: content.requestedOn }, previous: content.previous, next: content.next, fromMonth: content.fromMonth });
      default: {
        const unreachable: never = content;
        throw new Error(`unknown notice ${String(unreachable)}`);
      }
    }
  }

  // Уведомление о назначении / об отказе (capital repair App 5, 6; housing cl. 14, 61).
  private async decisionNotice(
    em: EntityManager,
    a: { decision: DecisionRow; letter: LetterData; application: { date: LocalDate; registrationNumber?: string }; service: ServiceDefinition; caseRow: CaseRow; authority: Authority; delivery: Delivery; cite: (g: NoticeGround) => NoticeGround },
  ): Promise<TDocumentDefinitions> {
    const { decision: d, letter, application, service, caseRow, authority, delivery, cite } = a;
    const common = { ...letter, subject: decisionSubject(service), application, decision: { number: d.number ?? '—', date: d.decisionDate ?? letter.date }, delivery };
    const grounds = d.grounds.map((g) => cite({ code: g.code, title: g.title, clause: g.clause }));
    const amount = d.amountKopecks !== null ? { amount: { kopecks: d.amountKopecks, per: isCapitalRepair(service) ? 'ежемесячно' : 'в месяц' } } : {};
    if (isCapitalRepair(service)) {
      // App 5, 6: «Расчет произвел», «Расчет проверил» above the head's signature
      const people = await this.documents.signatories(em, d, authority);
      const counter = { calculatedBy: people.drafter.official, checkedBy: people.checker.official };
      if (d.kind !== 'grant') return decisionNoticeDocument({ ...common, ...counter, outcome: 'refuse', grounds, appeal: REFUSAL_NOTICE_APPEAL });
      // App 5: «Вам назначена компенсация с … в размере …» — the day App 3 assigns it from (I-26); I-18: «2 недели» as approved
      const period = await this.documents.assignmentPeriod(em, d, storedEvaluation(d.evaluation), authority.timeZone);
      return decisionNoticeDocument({
        ...common,
        ...counter,
        outcome: 'grant',
        firstPaymentMonth: period.from.slice(0, 7),
        assignedFrom: period.from,
        paymentMethod: paymentMethodOf(caseRow.payload),
        ...amount,
        remarks: [GRANT_NOTICE_CHANGES_DUTY],
      });
    }
    if (d.kind === 'grant') {
      const month = d.paymentStartMonth ?? service.paymentStartMonth?.({ submittedOn: caseRow.submittedOn }) ?? caseRow.submittedOn.slice(0, 7);
      return decisionNoticeDocument({ ...common, outcome: 'grant', firstPaymentMonth: month, paymentMethod: paymentMethodOf(caseRow.payload), ...amount });
    }
    return decisionNoticeDocument({ ...common, outcome: 'refuse', grounds });
  }
}
