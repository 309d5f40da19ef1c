import type { LocalDate } from '@casework/domain';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate } from '../format-date';
import { fieldTable, officialDocument, type Authority } from '../layout';
import type { Acceptance } from '../receipt';
import { addresseeBlock, applicantTable, type FormApplicant, requestFormEnd } from './request-form';

// Заявление об изменении способа доставки компенсации (capital-repair App 10, V3, 3.4.1): the applicant's data and
// the new credit organisation, BIK and account; the form has bank details only (I-38). Acceptance block and receipt.
export type DeliveryChangeApplicationData = {
  authority: Authority;
  applicant: FormApplicant;
  bank: { name: string; bik: string; account: string };
  signedOn?: LocalDate;
  acceptance?: Acceptance;
  draft?: boolean;
};

export const deliveryChangeApplicationDocument = (data: DeliveryChangeApplicationData): TDocumentDefinitions => {
  // I-45: the requisites are checked by banking rules, not by the boxes of the form
  if (!/^\d{9}$/.test(data.bank.bik)) throw new RangeError(`БИК — 9 цифр, а не «${data.bank.bik}»`);
  const account = data.bank.account.replace(/\s/g, '');
  if (!/^\d{20}$/.test(account)) throw new RangeError(`номер счета — 20 цифр, а не «${data.bank.account}»`);
  const end = requestFormEnd(data);
  const content: Content[] = [
    addresseeBlock(data.authority),
    { text: 'ЗАЯВЛЕНИЕ', style: 'title' },
    {
      text: 'об изменении способа доставки компенсации расходов на уплату взноса на капитальный ремонт общего имущества в многоквартирном доме отдельным категориям граждан',
      style: 'subtitle',
      margin: [0, 2, 0, 10],
    },
    applicantTable(data.applicant),
    // the form reads «Прошу компенсации … выплачивать»; the object is in the accusative here
    { text: 'Прошу компенсацию расходов на уплату взноса на капитальный ремонт общего имущества в многоквартирном доме выплачивать через кредитную организацию:', style: 'paragraph' },
    fieldTable([
      ['Наименование кредитной организации', data.bank.name],
      ['БИК кредитной организации заявителя', data.bank.bik],
      ['Номер счета заявителя', account],
    ]),
    ...end.content,
  ];
  const dated = end.dated;
  return officialDocument({
    title: `Заявление об изменении способа доставки компенсации от ${formatDate(dated)}`,
    author: data.authority.name,
    subject: 'Заявление об изменении способа доставки компенсации расходов на уплату взноса на капитальный ремонт',
    date: dated,
    draft: data.draft,
    content,
  });
};
