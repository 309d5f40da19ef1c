import type { LocalDate } from '@casework/domain';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate } from '../format-date';
import { bold, officialDocument, runs, type Authority } from '../layout';
import type { Acceptance } from '../receipt';
import { addresseeBlock, applicantTable, deliveryChoices, type FormApplicant, type FormDelivery, requestFormEnd } from './request-form';
import { CAPITAL_REPAIR_APPLICATION_TITLE } from './texts';

// Заявление об отзыве заявления (capital-repair App 9, V2, 3.3.1): the application withdrawn and its date, how the
// result is delivered, the applicant's signature, the acceptance block and the tear-off receipt.
export type WithdrawalApplicationData = {
  authority: Authority;
  applicant: FormApplicant;
  // «поданное (направленное) мною "__" ____ 20__ г.»
  application: { date: LocalDate; registrationNumber?: string };
  delivery: FormDelivery;
  // the day the applicant signs; a blank when the form is printed for signing
  signedOn?: LocalDate;
  acceptance?: Acceptance;
  draft?: boolean;
};

export const withdrawalApplicationDocument = (data: WithdrawalApplicationData): TDocumentDefinitions => {
  const registration = data.application.registrationNumber ? ` (регистрационный № ${data.application.registrationNumber})` : '';
  const end = requestFormEnd(data);
  const content: Content[] = [
    addresseeBlock(data.authority),
    { text: 'ЗАЯВЛЕНИЕ', style: 'title' },
    { text: `об отзыве заявления ${CAPITAL_REPAIR_APPLICATION_TITLE}`, style: 'subtitle', margin: [0, 2, 0, 6] },
    applicantTable(data.applicant),
    {
      text: runs(`Прошу отозвать заявление ${CAPITAL_REPAIR_APPLICATION_TITLE}, поданное (направленное) мною `, bold(formatDate(data.application.date)), `${registration}.`),
      style: 'paragraph',
    },
    {
      text: `Результат рассмотрения заявления об отзыве заявления ${CAPITAL_REPAIR_APPLICATION_TITLE} выдать (направить) следующим способом:`,
      style: 'paragraph',
    },
    ...deliveryChoices(data.delivery),
    ...end.content,
  ];
  const dated = end.dated;
  return officialDocument({
    title: `Заявление об отзыве заявления от ${formatDate(data.application.date)}${data.acceptance?.registrationNumber ? `, рег. № ${data.acceptance.registrationNumber}` : ''}`,
    author: data.authority.name,
    subject: `Заявление об отзыве заявления ${CAPITAL_REPAIR_APPLICATION_TITLE}`,
    date: dated,
    draft: data.draft,
    content,
  });
};
