import type { LocalDate } from '@casework/domain';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { rublesInFiguresAndWords } from '../amount-in-words';
import type { DecisionSubject, PaymentMethod } from '../decision';
import { formatDate } from '../format-date';
import { bold } from '../layout';
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
export type DecisionNoticeData = LetterData & {
  subject: DecisionSubject;
  application: ApplicationRef;
  decision: { number: string; date: LocalDate };
  // how this notice reaches the applicant
  delivery: Delivery;
  // further paragraphs the service prints, e.g. the duty to report changes within 10 working days
  remarks?: string[];
} & (DecisionNoticeGrant | DecisionNoticeRefusal);

export const decisionNoticeDocument = (data: DecisionNoticeData): TDocumentDefinitions => {
  if (data.outcome === 'refuse' && data.grounds.length === 0) throw new RangeError('a refusal notice needs at least one ground');
  const grant = data.outcome === 'grant';
  const decided = grant ? `о предоставлении ${data.subject.genitive}` : `об отказе в предоставлении ${data.subject.genitive}`;
  const opening = paragraph(
    'Сообщаем, что по результатам рассмотрения Вашего заявления ',
    applicationRef(data.application),
    ' принято решение ',
    bold(`от ${formatDate(data.decision.date)} № ${data.decision.number}`),
    grant ? ` о предоставлении Вам ${data.subject.genitive}` : ` об отказе в предоставлении Вам ${data.subject.genitive}`,
    grant ? '.' : data.grounds.length > 1 ? ' по следующим основаниям:' : ' по следующему основанию:',
  );

  const outcome: Content[] =
    data.outcome === 'grant'
      ? [
          ...(data.amount
            ? [paragraph('Размер выплаты: ', bold(rublesInFiguresAndWords(data.amount.kopecks)), data.amount.per ? ` ${stripEnd(data.amount.per)}.` : '.')]
            : []),
          paragraph('Выплата производится ', bold(fromMonth(data.firstPaymentMonth)), data.paymentMethod ? ` ${paymentMethodText(data.paymentMethod)}.` : '.'),
        ]
      : groundItems(data.grounds);

  const remarks = (data.remarks ?? []).map((remark) => paragraph(`${stripEnd(remark)}.`));
  const appeal = data.outcome === 'refuse' ? [paragraph(`Решение может быть обжаловано ${data.appeal ?? DEFAULT_APPEAL_210FZ}.`)] : [];

  return letterDocument(data, {
    title: 'УВЕДОМЛЕНИЕ',
    subtitle: decided,
    body: [opening, ...outcome, ...remarks, ...appeal],
    closing: [deliveryLine('Настоящее уведомление', data.delivery, data.applicant)],
  });
};
