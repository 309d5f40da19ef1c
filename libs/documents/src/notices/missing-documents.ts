import type { LocalDate } from '@casework/domain';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate } from '../format-date';
import { bold } from '../layout';
import { applicationRef, groundLine, letterDocument, paragraph, stripEnd as clean, type ApplicationRef, type LetterData, type NoticeGround } from './letter';

export type MissingDocument = {
  title: string;
  // not brought at all, or brought but drawn up wrongly (what exactly goes in `details`)
  issue: 'missing' | 'invalid';
  details?: string;
};

// Уведомление о недостающих или ненадлежащим образом оформленных документах (capital-repair App 12, 3.2.1.1):
// the documents and what is wrong with each, the date to bring them by, and the refusal that follows otherwise.
export type MissingDocumentsNoticeData = LetterData & {
  serviceTitle: string;
  application: ApplicationRef;
  documents: MissingDocument[];
  // the last day to bring them, inclusive
  deadline: LocalDate;
  // how the deadline was counted: «20 рабочих дней со дня направления уведомления, п. 2.6.1 регламента»
  deadlineBasis?: string;
  // where and how to bring them: «лично в Учреждение по адресу: …, через МФЦ или по почте»
  submitTo?: string;
  // the ground refused on when the documents do not come (REF-09)
  consequence: NoticeGround;
  // the decision term counts from the day the documents are brought (capital-repair 2.4)
  termRestartsOnSubmission?: boolean;
};

// «документ» keeps the participle in agreement whatever the title's gender and number («Сведения …»)
const issueText = (doc: MissingDocument): string => {
  const what = doc.issue === 'missing' ? 'документ не представлен' : 'документ оформлен ненадлежащим образом';
  return `${clean(doc.title)} (${what}${doc.details ? `: ${clean(doc.details)}` : ''})`;
};

export const missingDocumentsNoticeDocument = (data: MissingDocumentsNoticeData): TDocumentDefinitions => {
  if (data.documents.length === 0) throw new RangeError('a missing-documents notice needs at least one document');
  const body: Content[] = [
    paragraph(
      'Сообщаем, что к Вашему заявлению ',
      bold(applicationRef(data.application)),
      ` о предоставлении государственной (муниципальной) услуги «${data.serviceTitle}» представлены не все необходимые документы и (или) документы оформлены ненадлежащим образом. Вам необходимо представить:`,
    ),
    ...data.documents.map((doc, i): Content => ({ text: `${i + 1}. ${issueText(doc)}${i < data.documents.length - 1 ? ';' : '.'}`, style: 'paragraph' })),
    paragraph(
      'Указанные документы необходимо представить в срок ',
      bold(`не позднее ${formatDate(data.deadline)}`),
      data.deadlineBasis ? ` (${clean(data.deadlineBasis)})` : '',
      data.submitTo ? `: ${clean(data.submitTo)}.` : '.',
    ),
    ...(data.termRestartsOnSubmission
      ? [paragraph('Срок предоставления услуги исчисляется со дня представления Вами недостающих и (или) надлежащим образом оформленных документов.')]
      : []),
  ];
  return letterDocument(data, {
    title: 'УВЕДОМЛЕНИЕ',
    subtitle: 'о необходимости представления недостающих и (или) надлежащим образом оформленных документов',
    body,
    closing: [
      paragraph(
        'В случае непредставления указанных документов в установленный срок Вам будет отказано в предоставлении услуги по основанию: ',
        `${clean(groundLine(data.consequence))}.`,
      ),
    ],
  });
};
