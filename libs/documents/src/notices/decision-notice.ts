import type { LocalDate } from '@casework/domain';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { rublesInFiguresAndWords } from '../amount-in-words';
import { grantingOf, type DecisionSubject, type PaymentMethod } from '../decision';
import { formatDate } from '../format-date';
import { bold, type Official } from '../layout';
import {
  DEFAULT_APPEAL_210FZ,
  applicationRef,
  deliveryLine,
  fromMonth,
  groundItems,
  letterDocument,
  paragraph,
  paymentMethodText,
  stripEnd,
  type ApplicationRef,
  type Delivery,
  type LetterData,
  type NoticeGround,
} from './letter';

export type DecisionNoticeGrant = {
  outcome: 'grant';
  // the first month paid, YYYY-MM as the service definition gives it
  firstPaymentMonth: string;
  // App 5: «Вам назначена компенсация с «__» ____ 20__ г.» — the day the compensation is assigned from, when the
  // decision names a day (App 3 «с: … по: …») rather than only a month
  assignedFrom?: LocalDate;
  paymentMethod?: PaymentMethod;
  // `per` follows the figure: «в месяц»
  amount?: { kopecks: number; per?: string };
};

export type DecisionNoticeRefusal = {
  outcome: 'refuse';
  grounds: NoticeGround[];
  // continues «может быть обжаловано …»; 210-FZ chapter 2.1 and the court by default
  appeal?: string;
};

// Уведомление о предоставлении / об отказе в предоставлении (capital-repair App 5 and App 6, 2.3.2;
// housing-utilities cl. 14, 61): the decision's number and date, the outcome and what follows from it.
// In the layout of App 5 and App 6: a subject that is assigned («о назначении») with its act under the heading, the
// day the compensation is assigned from, and the «Расчет произвел» / «Расчет проверил» signatures.
export type DecisionNoticeData = LetterData & {
  subject: DecisionSubject;
  application: ApplicationRef;
  decision: { number: string; date: LocalDate };
  // how this notice reaches the applicant
  delivery: Delivery;
  // further paragraphs the service prints, e.g. the duty to report changes within 10 working days
  remarks?: string[];
  // App 5, App 6: «Расчет произвел», «Расчет проверил» above the head's signature
  calculatedBy?: Official;
  checkedBy?: Official;
} & (DecisionNoticeGrant | DecisionNoticeRefusal);

const grantParagraphs = (data: DecisionNoticeGrant): Content[] => {
  const amount = data.amount ? bold(rublesInFiguresAndWords(data.amount.kopecks)) : undefined;
  const per = data.amount?.per ? ` ${stripEnd(data.amount.per)}` : '';
  if (data.assignedFrom) {
    // the day and the first month paid are one start
    if (data.assignedFrom.slice(0, 7) !== data.firstPaymentMonth) {
      throw new RangeError(`assigned from ${data.assignedFrom} but the first month paid is ${data.firstPaymentMonth}`);
    }
    return [
      // App 5: «Сообщаем, что Вам назначена компенсация с «__» ____ 20__ г. в размере ___ рублей (ежемесячно)»
      paragraph('Вам назначена компенсация ', bold(`с ${formatDate(data.assignedFrom)}`), ...(amount ? [' в размере ', amount, per] : []), '.'),
      ...(data.paymentMethod ? [paragraph(`Выплата производится ${paymentMethodText(data.paymentMethod)}.`)] : []),
    ];
  }
  return [
    ...(amount ? [paragraph('Размер выплаты: ', amount, `${per}.`)] : []),
    paragraph('Выплата производится ', bold(fromMonth(data.firstPaymentMonth)), data.paymentMethod ? ` ${paymentMethodText(data.paymentMethod)}.` : '.'),
  ];
};

export const decisionNoticeDocument = (data: DecisionNoticeData): TDocumentDefinitions => {
  if (data.outcome === 'refuse' && data.grounds.length === 0) throw new RangeError('a refusal notice needs at least one ground');
  const grant = data.outcome === 'grant';
  const granting = grantingOf(data.subject);
  const decided = grant ? `о ${granting.prepositional} ${data.subject.genitive}` : `об отказе в ${granting.prepositional} ${data.subject.genitive}`;
  const opening = paragraph(
    'Сообщаем, что по результатам рассмотрения Вашего заявления ',
    applicationRef(data.application),
    ' принято решение ',
    bold(`от ${formatDate(data.decision.date)} № ${data.decision.number}`),
    grant ? ` о ${granting.prepositional} Вам ${data.subject.genitive}` : ` об отказе в ${granting.prepositional} Вам ${data.subject.genitive}`,
    grant ? '.' : data.grounds.length > 1 ? ' по следующим основаниям:' : ' по следующему основанию:',
  );

  const outcome: Content[] = data.outcome === 'grant' ? grantParagraphs(data) : groundItems(data.grounds);

  const remarks = (data.remarks ?? []).map((remark) => paragraph(`${stripEnd(remark)}.`));
  const appeal = data.outcome === 'refuse' ? [paragraph(`Решение может быть обжаловано ${data.appeal ?? DEFAULT_APPEAL_210FZ}.`)] : [];

  const countersignatures = [
    ...(data.calculatedBy ? [{ label: 'Расчет произвел', official: data.calculatedBy }] : []),
    ...(data.checkedBy ? [{ label: 'Расчет проверил', official: data.checkedBy }] : []),
  ];
  return letterDocument(data, {
    title: 'УВЕДОМЛЕНИЕ',
    subtitle: decided,
    ...(data.subject.act ? { act: data.subject.act } : {}),
    body: [opening, ...outcome, ...remarks, ...appeal],
    closing: [deliveryLine('Настоящее уведомление', data.delivery, data.applicant)],
    ...(countersignatures.length ? { countersignatures } : {}),
  });
};
