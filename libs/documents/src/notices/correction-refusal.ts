import type { LocalDate } from '@casework/domain';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate } from '../format-date';
import { bold } from '../layout';
import {
  DEFAULT_APPEAL_210FZ,
  applicationRef,
  deliveryLine,
  groundItems,
  letterDocument,
  paragraph,
  stripEnd,
  type ApplicationRef,
  type Delivery,
  type LetterData,
  type NoticeGround,
} from './letter';

// Уведомление об отказе в исправлении опечаток и (или) ошибок (capital-repair TYPO-REF-02, TYPO-REF-03, 3.5.1;
// I-48): the correction application, the document it names, the grounds of the refusal with their clauses, that the
// document stays as issued and that the applicant may apply again once the grounds are removed.
export type CorrectionRefusalNoticeData = LetterData & {
  // the applicant's application to correct typos and errors
  correctionApplication: ApplicationRef;
  // the document named in it; `title` continues «решении …»: «о назначении компенсации …»
  document: { number: string; date: LocalDate; title?: string };
  grounds: NoticeGround[];
  // App 11: the reply goes by the method the applicant chose
  delivery?: Delivery;
  // continues «может быть обжалован …»; 210-FZ chapter 2.1 and the court by default
  appeal?: string;
};

export const correctionRefusalNoticeDocument = (data: CorrectionRefusalNoticeData): TDocumentDefinitions => {
  // 3.5.1: a refusal to correct stands only on a listed ground
  if (data.grounds.length === 0) throw new RangeError('a refusal to correct needs at least one ground');
  const many = data.grounds.length > 1;
  const decision = `№ ${data.document.number} от ${formatDate(data.document.date)}`;
  const body: Content[] = [
    paragraph(
      'Рассмотрев Ваше заявление ',
      bold(applicationRef(data.correctionApplication)),
      ' об исправлении опечаток и (или) ошибок в решении ',
      bold(decision),
      data.document.title ? ` ${stripEnd(data.document.title)}` : '',
      ', сообщаем об ',
      bold('отказе в исправлении опечаток и (или) ошибок'),
      many ? ' по следующим основаниям:' : ' по следующему основанию:',
    ),
    ...groundItems(data.grounds),
    paragraph(`Решение ${decision} остаётся в силе без изменений.`),
    paragraph(
      'Отказ в исправлении опечаток и (или) ошибок не препятствует повторному обращению с заявлением об их исправлении после устранения ',
      many ? 'оснований, указанных' : 'основания, указанного',
      ' в настоящем уведомлении.',
    ),
  ];
  return letterDocument(data, {
    title: 'УВЕДОМЛЕНИЕ',
    subtitle: 'об отказе в исправлении опечаток и (или) ошибок в выданном документе',
    body,
    closing: [
      ...(data.delivery ? [deliveryLine('Настоящее уведомление', data.delivery, data.applicant)] : []),
      paragraph(`Отказ в исправлении опечаток и (или) ошибок может быть обжалован ${data.appeal ?? DEFAULT_APPEAL_210FZ}.`),
    ],
  });
};
