import type { LocalDate } from '@casework/domain';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate } from '../format-date';
import { officialDocument, orBlank, type Authority } from '../layout';
import type { Acceptance } from '../receipt';
import { addresseeBlock, applicantTable, deliveryChoices, type FormApplicant, type FormDelivery, requestFormEnd } from './request-form';

// Заявление об исправлении допущенных опечаток и ошибок (capital-repair App 11, V4, 3.5.1): what is wrong and where,
// how it should read, the documents attached, how the result is delivered; acceptance block and tear-off receipt.
export type CorrectionApplicationData = {
  authority: Authority;
  applicant: FormApplicant;
  // «Прошу исправить опечатку и ошибку (нужное подчеркнуть)»: the word(s) underlined
  kind: 'typo' | 'error' | 'both';
  // continues «в …»: «решении от 19.03.2025 № 312 о назначении компенсации …»
  document: string;
  // «краткое описание опечатки и (или) ошибки и место ее расположения в выданном … документе»
  description: string;
  // «Прошу изложить …»: the correct wording
  correctText: string;
  attachments: string[];
  delivery: FormDelivery;
  signedOn?: LocalDate;
  acceptance?: Acceptance;
  draft?: boolean;
};

const UNDERLINED = { decoration: 'underline' as const, bold: true };

export const correctionApplicationDocument = (data: CorrectionApplicationData): TDocumentDefinitions => {
  if (!data.description.trim() || !data.correctText.trim()) throw new RangeError('a correction needs the error and the correct wording (TYPO-REF-02)');
  const end = requestFormEnd(data);
  const typo = data.kind !== 'error';
  const error = data.kind !== 'typo';
  const content: Content[] = [
    addresseeBlock(data.authority),
    { text: 'ЗАЯВЛЕНИЕ', style: 'title' },
    { text: 'об исправлении допущенных опечаток и ошибок в выданном в результате предоставления государственной услуги документе', style: 'subtitle', margin: [0, 2, 0, 6] },
    applicantTable(data.applicant),
    // not justified: the underline must not run on into the spaces a justified line would stretch
    {
      text: [
        'Прошу исправить ',
        typo ? { text: 'опечатку', ...UNDERLINED } : 'опечатку',
        ' и ',
        error ? { text: 'ошибку', ...UNDERLINED } : 'ошибку',
        ` (нужное подчеркнуть) в ${data.document.trim()}:`,
      ],
      style: 'paragraph',
      alignment: 'left',
    },
    { text: data.description.trim(), style: 'paragraph' },
    { text: '(краткое описание опечатки и (или) ошибки и место ее расположения в выданном в результате предоставления государственной услуги документе)', style: 'caption', margin: [0, 0, 0, 6] },
    { text: `Прошу изложить: ${data.correctText.trim()}`, style: 'paragraph' },
    { text: '(указать правильное написание соответствующих данных)', style: 'caption', margin: [0, 0, 0, 6] },
    { text: 'Прилагаемые документы:', style: 'label', margin: [0, 4, 0, 2] },
    ...(data.attachments.length
      ? data.attachments.map((title, i): Content => ({ text: `${i + 1}. ${title.trim()}${i < data.attachments.length - 1 ? ';' : '.'}`, style: 'item' }))
      : [{ text: orBlank(undefined), style: 'item' } as Content]),
    // the form heads these options «Результат рассмотрения заявления об отзыве заявления …», a slip copied from App 9
    // (spec §11.2): the heading names this application
    { text: 'Результат рассмотрения заявления об исправлении допущенных опечаток и ошибок выдать (направить) следующим способом:', style: 'paragraph', margin: [0, 6, 0, 2] },
    ...deliveryChoices(data.delivery),
    ...end.content,
  ];
  const dated = end.dated;
  return officialDocument({
    title: `Заявление об исправлении опечаток и ошибок от ${formatDate(dated)}`,
    author: data.authority.name,
    subject: 'Заявление об исправлении допущенных опечаток и ошибок в выданном документе',
    date: dated,
    draft: data.draft,
    content,
  });
};
