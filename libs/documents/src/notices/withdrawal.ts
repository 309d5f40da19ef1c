import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { bold } from '../layout';
import {
  applicationRef,
  groundParagraph,
  letterDocument,
  paragraph,
  returnedDocuments,
  type ApplicationRef,
  type Delivery,
  type LetterData,
  type NoticeGround,
  type ReturnedDocument,
} from './letter';

// Решение о прекращении рассмотрения заявления в связи с его отзывом (capital-repair V2: 2.3.1, 3.3.1, App 9):
// the withdrawal application and its date, the application withdrawn, the documents returned.
export type WithdrawalData = LetterData & {
  serviceTitle: string;
  // the application withdrawn
  application: ApplicationRef;
  // the applicant's application to withdraw it
  withdrawal: ApplicationRef;
  // where the regulation records a withdrawal as a ground (REF-11)
  ground?: NoticeGround;
  returned: { documents: ReturnedDocument[]; delivery: Delivery };
};

export const withdrawalDocument = (data: WithdrawalData): TDocumentDefinitions =>
  letterDocument(data, {
    title: 'РЕШЕНИЕ',
    subtitle: 'о прекращении рассмотрения заявления',
    body: [
      paragraph(
        'Рассмотрев Ваше заявление ',
        bold(applicationRef(data.withdrawal)),
        ' об отзыве заявления ',
        bold(applicationRef(data.application)),
        ` о предоставлении государственной (муниципальной) услуги «${data.serviceTitle}», принято решение прекратить рассмотрение указанного заявления в связи с его отзывом.`,
      ),
      ...(data.ground ? [groundParagraph('Основание', data.ground)] : []),
      ...returnedDocuments(data.returned.documents, data.returned.delivery, data.applicant),
    ],
    closing: [paragraph('Прекращение рассмотрения заявления не препятствует Вашему повторному обращению за предоставлением услуги.')],
  });
