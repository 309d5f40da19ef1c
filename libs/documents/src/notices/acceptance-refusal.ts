import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { grantingOf, type DecisionSubject } from '../decision';
import { formatDate } from '../format-date';
import { bold } from '../layout';
import {
  DEFAULT_APPEAL_210FZ,
  applicationRef,
  groundItems,
  letterDocument,
  paragraph,
  returnedDocuments,
  type ApplicationRef,
  type Delivery,
  type LetterData,
  type NoticeGround,
  type ReturnedDocument,
} from './letter';

// Решение об отказе в приёме документов (capital-repair App 13; housing-utilities cl. 20, 43): the grounds with their
// clauses, the documents handed back and how, the right to apply again and to complain. Given the subject, the
// heading and the opening follow App 13 («Поданные (направленные) Вами … не приняты к рассмотрению …»).
export type AcceptanceRefusalData = LetterData & {
  serviceTitle: string;
  application: ApplicationRef;
  grounds: NoticeGround[];
  returned: { documents: ReturnedDocument[]; delivery: Delivery };
  // continues «может быть обжаловано …»: «в досудебном порядке в Администрацию …, а также в судебном порядке»; 210-FZ chapter 2.1 by default
  appeal?: string;
  // App 13: «об отказе в приеме документов, необходимых для назначения компенсации …» and the form's wording
  subject?: DecisionSubject;
};

const opening = (data: AcceptanceRefusalData, many: boolean): Content => {
  const grounds = many ? 'по следующим основаниям:' : 'по следующему основанию:';
  // App 13: «Поданные (направленные) Вами ___ 20__ г. заявление и документы не приняты к рассмотрению в связи …»
  if (data.subject) {
    const registration = data.application.registrationNumber ? ` (регистрационный № ${data.application.registrationNumber})` : '';
    return paragraph('Поданные (направленные) Вами ', bold(formatDate(data.application.date)), `${registration} заявление и документы не приняты к рассмотрению `, grounds);
  }
  return paragraph(
    'Рассмотрев Ваше заявление ',
    bold(applicationRef(data.application)),
    ` о предоставлении государственной (муниципальной) услуги «${data.serviceTitle}» и приложенные к нему документы, сообщаем, что они не могут быть приняты к рассмотрению `,
    grounds,
  );
};

export const acceptanceRefusalDocument = (data: AcceptanceRefusalData): TDocumentDefinitions => {
  // the grounds of refusal to accept are exhaustive: a refusal stands only on a listed one
  if (data.grounds.length === 0) throw new RangeError('a refusal to accept needs at least one ground');
  const many = data.grounds.length > 1;
  const subtitle = data.subject
    ? `об отказе в приёме документов, необходимых для ${grantingOf(data.subject).genitive} ${data.subject.genitive}`
    : 'об отказе в приёме документов, необходимых для предоставления услуги';
  return letterDocument(data, {
    title: 'РЕШЕНИЕ',
    subtitle,
    body: [
      opening(data, many),
      ...groundItems(data.grounds),
      ...returnedDocuments(data.returned.documents, data.returned.delivery, data.applicant),
      paragraph(
        'Отказ в приёме документов не препятствует повторному обращению за предоставлением услуги после устранения ',
        many ? 'оснований, указанных' : 'основания, указанного',
        ' в настоящем решении.',
      ),
    ],
    closing: [paragraph(`Настоящее решение может быть обжаловано ${data.appeal ?? DEFAULT_APPEAL_210FZ}.`)],
  });
};
