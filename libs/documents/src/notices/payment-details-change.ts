import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DecisionSubject, PaymentMethod } from '../decision';
import { bold } from '../layout';
import { applicationRef, fromMonth, letterDocument, paragraph, paymentMethodText, stripEnd, type ApplicationRef, type LetterData } from './letter';

// A payment method with its requisites; the account is given in full and printed as the notice needs it.
export type PaymentDetails = {
  kind: PaymentMethod['kind'];
  // bank, post office or delivery organisation
  organisation?: string;
  // the bank's branch, «номер структурного подразделения» NNNN/NNNNN (capital-repair App 1)
  branch?: string;
  bik?: string;
  account?: string;
};

// Уведомление об изменении способа выплаты (реквизитов) (capital-repair V3, App 10): the old method with the account
// cut to its last four digits, the new one, and the first month paid the new way.
export type PaymentDetailsChangeNoticeData = LetterData & {
  subject: DecisionSubject;
  // the applicant's application to change the method
  application: ApplicationRef;
  previous: PaymentDetails;
  next: PaymentDetails;
  // YYYY-MM
  fromMonth: string;
};

// «40817810099910004312» → «****4312»: only the last four digits leave the office on paper
export const maskAccount = (account: string): string => {
  return `****${account.replace(/\D/g, '').slice(-4)}`;
};

const requisites = (details: PaymentDetails, masked: boolean): string | undefined => {
  const parts = [
    details.organisation ? stripEnd(details.organisation) : undefined,
    details.branch ? `подразделение № ${details.branch}` : undefined,
    details.bik ? `БИК ${details.bik}` : undefined,
    details.account ? `счёт № ${masked ? maskAccount(details.account) : details.account.replace(/\s/g, '')}` : undefined,
  ].filter((part): part is string => part !== undefined);
  return parts.length ? parts.join(', ') : undefined;
};

const methodOf = (details: PaymentDetails, masked: boolean): PaymentMethod => {
  const text = requisites(details, masked);
  return { kind: details.kind, ...(text ? { details: text } : {}) };
};

export const paymentDetailsChangeNoticeDocument = (data: PaymentDetailsChangeNoticeData): TDocumentDefinitions =>
  letterDocument(data, {
    title: 'УВЕДОМЛЕНИЕ',
    subtitle: 'об изменении способа выплаты',
    body: [
      paragraph(
        'Сообщаем, что на основании Вашего заявления ',
        bold(applicationRef(data.application)),
        ` способ выплаты ${data.subject.genitive} изменён.`,
      ),
      // the old requisites are no longer in use: the account is cut to its last four digits
      paragraph('Прежний способ выплаты: ', `${paymentMethodText(methodOf(data.previous, true))}.`),
      paragraph('Новый способ выплаты: ', bold(paymentMethodText(methodOf(data.next, false))), '.'),
    ],
    closing: [paragraph('Выплата по новым реквизитам производится ', bold(fromMonth(data.fromMonth)), '.')],
  });
