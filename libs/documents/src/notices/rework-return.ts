import type { LocalDate } from '@casework/domain';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate } from '../format-date';
import { bold } from '../layout';
import {
  WORKING_DAYS,
  applicationRef,
  assertPositiveWholeNumber,
  countInFiguresAndWords,
  groundLine,
  groundParagraph,
  letterDocument,
  paragraph,
  returnedDocuments,
  stripEnd,
  type ApplicationRef,
  type Delivery,
  type LetterData,
  type NoticeGround,
} from './letter';

export type ReworkItem = {
  // the application or a document
  document: string;
  // what to correct in it
  correction: string;
};

// Уведомление о возврате документов на доработку (capital-repair SUS-02: 2.4, 2.8.1, 3.2.2): what to correct,
// how many working days the applicant has to bring them back, and that the term stands still meanwhile.
export type ReworkReturnNoticeData = LetterData & {
  serviceTitle: string;
  application: ApplicationRef;
  ground?: NoticeGround;
  items: ReworkItem[];
  returnWithinWorkingDays: number;
  // the last day, when it is already known (the day the applicant got the documents back is then known too)
  returnBy?: LocalDate;
  // how the documents go back to the applicant
  delivery?: Delivery;
  // the ground refused on when the documents do not come back in time
  consequence?: NoticeGround;
};

export const reworkReturnNoticeDocument = (data: ReworkReturnNoticeData): TDocumentDefinitions => {
  if (data.items.length === 0) throw new RangeError('a rework notice needs at least one correction');
  assertPositiveWholeNumber(data.returnWithinWorkingDays, 'returnWithinWorkingDays');
  const body: Content[] = [
    paragraph(
      'Сообщаем, что Ваше заявление ',
      bold(applicationRef(data.application)),
      ` о предоставлении государственной (муниципальной) услуги «${data.serviceTitle}» и (или) приложенные к нему документы содержат недостоверные и (или) неполные сведения и возвращаются Вам на доработку.`,
    ),
    ...(data.ground ? [groundParagraph('Основание', data.ground)] : []),
    { text: 'Необходимо исправить:', style: 'paragraph' },
    ...data.items.map((item, i): Content => ({
      text: `${i + 1}. ${stripEnd(item.document)}: ${stripEnd(item.correction)}${i < data.items.length - 1 ? ';' : '.'}`,
      style: 'paragraph',
    })),
    ...(data.delivery ? returnedDocuments([], data.delivery, data.applicant, 'Заявление и документы') : []),
    // the count stays in the nominative: «в течение» would need the genitive of the numeral
    paragraph(
      'Срок представления доработанных документов — ',
      bold(countInFiguresAndWords(data.returnWithinWorkingDays, WORKING_DAYS)),
      ' со дня их получения Вами',
      data.returnBy ? ' (' : '',
      data.returnBy ? bold(`не позднее ${formatDate(data.returnBy)}`) : '',
      data.returnBy ? ').' : '.',
    ),
    paragraph(
      'На время доработки течение срока предоставления услуги приостанавливается и возобновляется со дня поступления доработанных документов.',
    ),
  ];
  return letterDocument(data, {
    title: 'УВЕДОМЛЕНИЕ',
    subtitle: 'о возврате заявления и документов на доработку',
    body,
    ...(data.consequence
      ? {
          closing: [
            paragraph(
              'В случае непредставления доработанных документов в указанный срок Вам будет отказано в предоставлении услуги по основанию: ',
              `${stripEnd(groundLine(data.consequence))}.`,
            ),
          ],
        }
      : {}),
  });
};
