import type { LocalDate } from '@casework/domain';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate } from '../format-date';
import { bold } from '../layout';
import {
  DEFAULT_APPEAL_210FZ,
  applicationRef,
  groundParagraph,
  letterDocument,
  paragraph,
  stripEnd,
  type ApplicationRef,
  type LetterData,
  type NoticeGround,
} from './letter';

// Уведомление об отсутствии опечаток и (или) ошибок (housing-utilities cl. 95; capital-repair TYPO-REF-01, 3.5.1):
// the correction application, the document it names, and that nothing in it needs correcting.
export type NoErrorNoticeData = LetterData & {
  // the applicant's application to correct typos and errors
  correctionApplication: ApplicationRef;
  // the document named in it; `title` continues «решении …»: «о предоставлении компенсации …»
  document: { number: string; date: LocalDate; title?: string };
  // what the applicant took for an error, in his words
  claimed?: string;
  // why it is not one: «сведения соответствуют паспорту заявителя серии 6504 № …»
  finding?: string;
  ground?: NoticeGround;
  // continues «может быть обжалован …»; 210-FZ chapter 2.1 and the court by default
  appeal?: string;
};

export const noErrorNoticeDocument = (data: NoErrorNoticeData): TDocumentDefinitions => {
  const decision = `№ ${data.document.number} от ${formatDate(data.document.date)}`;
  const body: Content[] = [
    paragraph(
      'Рассмотрев Ваше заявление ',
      bold(applicationRef(data.correctionApplication)),
      ' об исправлении опечаток и (или) ошибок в решении ',
      bold(decision),
      data.document.title ? ` ${stripEnd(data.document.title)}` : '',
      ', сообщаем, что опечатки и (или) ошибки в указанном решении не выявлены.',
    ),
    ...(data.ground ? [groundParagraph('Основание', data.ground)] : []),
    ...(data.claimed ? [paragraph(`Указанные Вами сведения: ${stripEnd(data.claimed)}.`)] : []),
    ...(data.finding ? [paragraph(`${stripEnd(data.finding)}.`)] : []),
    paragraph(`Решение ${decision} остаётся в силе без изменений.`),
  ];
  return letterDocument(data, {
    title: 'УВЕДОМЛЕНИЕ',
    subtitle: 'об отсутствии опечаток и (или) ошибок в выданном документе',
    body,
    closing: [paragraph(`Отказ в исправлении опечаток и (или) ошибок может быть обжалован ${data.appeal ?? DEFAULT_APPEAL_210FZ}.`)],
  });
};
