import type { LocalDate } from '@casework/domain';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { grantingOf, type DecisionSubject } from '../decision';
import { formatDate } from '../format-date';
import { bold, checkBox } from '../layout';
import {
  WORKING_DAYS,
  assertPositiveWholeNumber,
  countInFiguresAndWords,
  groundParagraph,
  letterDocument,
  paragraph,
  stripEnd,
  type LetterData,
  type NoticeGround,
} from './letter';

// Уведомление о продлении срока рассмотрения заявления (capital-repair App 8, 2.4, 3.2.4): the day the application
// was accepted, the extension in working days, its ground and the new due date. Given the choices, the body is the
// wording of App 8 with its two reasons as check boxes (EXTENSION_CHOICES).
export type ExtensionNoticeData = LetterData & {
  serviceTitle: string;
  // `title` continues «Вашего заявления …»: «о назначении компенсации … и способе ее доставки» (App 8)
  application: { acceptedOn: LocalDate; registrationNumber?: string; title?: string };
  workingDays: number;
  // EXT-01 (additional check) or EXT-02 (interagency answer not received)
  reason: NoticeGround;
  // App 8 prints every ground as a check box («нужное отметить») with the reason's one ticked
  choices?: NoticeGround[];
  // App 8 heading: «о продлении срока принятия решения о назначении компенсации …» and the act under it
  subject?: DecisionSubject;
  // the due date before the extension, when it should be shown
  previousDueDate?: LocalDate;
  newDueDate: LocalDate;
};

// App 8: «Уведомляем Вас о продлении срока рассмотрения Вашего заявления … и представленных Вами документов,
// принятых "__" ___ 20__ г., на 20 рабочих дней в связи с (нужное отметить): …»
const annexBody = (data: ExtensionNoticeData, choices: NoticeGround[]): Content[] => {
  if (!choices.some((choice) => choice.code === data.reason.code)) {
    throw new RangeError(`the reason ${data.reason.code} is not one of the choices ${choices.map((c) => c.code).join(', ')}`);
  }
  const registration = data.application.registrationNumber ? ` (регистрационный № ${data.application.registrationNumber})` : '';
  const application = data.application.title ?? `о предоставлении государственной (муниципальной) услуги «${data.serviceTitle}»`;
  return [
    paragraph(
      `Уведомляем Вас о продлении срока рассмотрения Вашего заявления ${stripEnd(application)} и представленных Вами документов, принятых `,
      bold(formatDate(data.application.acceptedOn)),
      `${registration}, `,
      bold(`на ${countInFiguresAndWords(data.workingDays, WORKING_DAYS)}`),
      data.previousDueDate ? ` (срок до продления — ${formatDate(data.previousDueDate)})` : '',
      ' в связи с (нужное отметить):',
    ),
    ...choices.map((choice, i) => checkBox(choice.code === data.reason.code, `${stripEnd(choice.title)}${i < choices.length - 1 ? ';' : '.'}`)),
    ...(data.reason.details ? [paragraph(`${stripEnd(data.reason.details)}.`)] : []),
  ];
};

const letterBody = (data: ExtensionNoticeData): Content[] => {
  const registration = data.application.registrationNumber ? ` (регистрационный № ${data.application.registrationNumber})` : '';
  const application = data.application.title ?? `о предоставлении государственной (муниципальной) услуги «${data.serviceTitle}»`;
  return [
    paragraph(
      `Сообщаем, что срок рассмотрения Вашего заявления ${stripEnd(application)} и документов, принятых `,
      bold(formatDate(data.application.acceptedOn)),
      `${registration}, продлён `,
      bold(`на ${countInFiguresAndWords(data.workingDays, WORKING_DAYS)}`),
      data.previousDueDate ? ` (срок до продления — ${formatDate(data.previousDueDate)})` : '',
      '.',
    ),
    groundParagraph('Основание продления', data.reason),
  ];
};

export const extensionNoticeDocument = (data: ExtensionNoticeData): TDocumentDefinitions => {
  assertPositiveWholeNumber(data.workingDays, 'workingDays');
  const subtitle = data.subject
    ? `о продлении срока принятия решения о ${grantingOf(data.subject).prepositional} ${data.subject.genitive}`
    : 'о продлении срока рассмотрения заявления';
  return letterDocument(data, {
    title: 'УВЕДОМЛЕНИЕ',
    subtitle,
    ...(data.subject?.act ? { act: data.subject.act } : {}),
    body: data.choices?.length ? annexBody(data, data.choices) : letterBody(data),
    closing: [paragraph('Решение по Вашему заявлению будет принято не позднее ', bold(formatDate(data.newDueDate)), '.')],
  });
};
