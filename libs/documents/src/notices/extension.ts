import type { LocalDate } from '@casework/domain';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate } from '../format-date';
import { bold } from '../layout';
import {
  WORKING_DAYS,
  assertPositiveWholeNumber,
  countInFiguresAndWords,
  groundParagraph,
  letterDocument,
  paragraph,
  type LetterData,
  type NoticeGround,
} from './letter';

// Уведомление о продлении срока рассмотрения заявления (capital-repair App 8, 2.4, 3.2.4): the day the application
// was accepted, the extension in working days, its ground and the new due date.
export type ExtensionNoticeData = LetterData & {
  serviceTitle: string;
  application: { acceptedOn: LocalDate; registrationNumber?: string };
  workingDays: number;
  // EXT-01 (additional check) or EXT-02 (interagency answer not received)
  reason: NoticeGround;
  // the due date before the extension, when it should be shown
  previousDueDate?: LocalDate;
  newDueDate: LocalDate;
};

export const extensionNoticeDocument = (data: ExtensionNoticeData): TDocumentDefinitions => {
  assertPositiveWholeNumber(data.workingDays, 'workingDays');
  const registration = data.application.registrationNumber ? ` (регистрационный № ${data.application.registrationNumber})` : '';
  return letterDocument(data, {
    title: 'УВЕДОМЛЕНИЕ',
    subtitle: 'о продлении срока рассмотрения заявления',
    body: [
      paragraph(
        `Сообщаем, что срок рассмотрения Вашего заявления о предоставлении государственной (муниципальной) услуги «${data.serviceTitle}» и документов, принятых `,
        bold(formatDate(data.application.acceptedOn)),
        `${registration}, продлён `,
        bold(`на ${countInFiguresAndWords(data.workingDays, WORKING_DAYS)}`),
        data.previousDueDate ? ` (срок до продления — ${formatDate(data.previousDueDate)})` : '',
        '.',
      ),
      groundParagraph('Основание продления', data.reason),
    ],
    closing: [paragraph('Решение по Вашему заявлению будет принято не позднее ', bold(formatDate(data.newDueDate)), '.')],
  });
};
