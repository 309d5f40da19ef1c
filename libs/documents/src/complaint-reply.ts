import type { LocalDate } from '@casework/domain';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate } from './format-date';
import { fullName, fullNameIn, initialsAndLastName, sexOf, type PersonName } from './inflect';
import { authorityHeading, bold, dateAndNumberRow, officialDocument, runs, signatureRow, type Authority, type Official, type Run } from './layout';

// A citizen, or an organisation (a legal person may complain too): its name is printed as given.
export type Complainant = (PersonName | { organisation: string }) & { address?: string };

export type ComplaintReplyData = {
  authority: Authority;
  // the complaint's registration number: the reply carries it
  number: string;
  // the day of the decision on the complaint
  date: LocalDate;
  complainant: Complainant;
  complaint: {
    registeredOn: LocalDate;
    // «Отказ в приёме документов»
    subject: string;
    // whose decision or action: «Учреждение (МКУ), его должностные лица…», with the official when named
    against?: string;
    caseNumber?: string;
  };
  outcome: 'upheld' | 'rejected';
  reasons: string;
  // art. 11.2 part 7(1): the form the remedy took
  remedy?: { title: string; details?: string };
  // art. 11.2 part 8.1: what the applicant should do next to get the service
  nextSteps?: string;
  // the acts the complaint was reviewed under, as they read after «в соответствии с»
  legalBasis?: string;
  signedBy: Official;
  executor?: Official;
};

const DEFAULT_BASIS = 'статьёй 11.2 Федерального закона от 27.07.2010 № 210-ФЗ «Об организации предоставления государственных и муниципальных услуг»';

// art. 11.2 part 8.2: a rejection tells the applicant how the decision may be appealed
const APPEAL =
  'Решение, принятое по результатам рассмотрения жалобы, может быть обжаловано в судебном порядке в соответствии с законодательством Российской Федерации.';

// «с» or «со» before the next word: «со статьёй», «с пунктом»
const withPreposition = (phrase: string): string => `${/^[сзшжщ][^аеёиоуыэюя]/i.test(phrase) ? 'со' : 'с'} ${phrase}`;

// a title inside a sentence: «Отказ в приёме» → «отказ в приёме»; an abbreviation (МФЦ, МКУ) stays
const inSentence = (title: string): string => (/^[А-ЯЁA-Z][А-ЯЁA-Z]/.test(title) ? title : title.charAt(0).toLowerCase() + title.slice(1));

const isOrganisation = (c: Complainant): c is { organisation: string } & { address?: string } => 'organisation' in c;

// «Соколовой Анне Петровне» / «ООО «Ромашка»», then the address, in the top right corner (ГОСТ Р 7.0.97-2016, реквизит 15)
const addressee = (c: Complainant): Content => ({
  columns: [
    { width: '*', text: '' },
    {
      width: 230,
      stack: [{ text: isOrganisation(c) ? c.organisation : fullNameIn({ ...c, gcase: 'dative' }), bold: true }, ...(c.address ? [{ text: c.address, margin: [0, 2, 0, 0] } as Content] : [])],
    },
  ],
  margin: [0, 0, 0, 10],
});

// «Уважаемая Анна Петровна!»; an organisation gets no salutation
const salutation = (c: Complainant): Content | null => {
  if (isOrganisation(c)) return null;
  const sex = sexOf(c);
  const dear = sex === 'female' ? 'Уважаемая' : sex === 'male' ? 'Уважаемый' : 'Уважаемый(-ая)';
  const name = c.middleName ? `${c.firstName} ${c.middleName}` : fullName(c);
  return { text: `${dear} ${name.trim()}!`, alignment: 'center', margin: [0, 6, 0, 8] };
};

export const complaintReplyDocument = (data: ComplaintReplyData): TDocumentDefinitions => {
  if (data.outcome === 'upheld' && !data.remedy) throw new RangeError('an upheld complaint needs the remedy (210-FZ art. 11.2 part 7(1))');
  if (!data.reasons.trim()) throw new RangeError('a decision on a complaint needs its reasons (210-FZ art. 11.2 part 8)');
  const paragraph = (...parts: Run[]): Content => ({ text: runs(...parts), style: 'paragraph' });
  const { complaint } = data;
  const greeting = salutation(data.complainant);

  const intro = paragraph(
    `Ваша жалоба, зарегистрированная ${formatDate(complaint.registeredOn)} за № ${data.number}`,
    complaint.caseNumber ? ` (дело № ${complaint.caseNumber})` : '',
    `, рассмотрена в соответствии ${withPreposition(data.legalBasis ?? DEFAULT_BASIS)}.`,
  );
  const about: Content[] = [
    paragraph('Предмет жалобы: ', `${inSentence(complaint.subject)}.`),
    ...(complaint.against ? [paragraph('Жалоба подана на решения и действия (бездействие): ', `${inSentence(complaint.against)}.`)] : []),
  ];

  const result: Content[] =
    data.outcome === 'upheld'
      ? [
          paragraph('По результатам рассмотрения принято решение: ', bold('жалобу удовлетворить'), '.'),
          paragraph('Мотивы решения: ', data.reasons.trim()),
          paragraph('Принятые меры: ', inSentence(data.remedy!.title), data.remedy!.details ? ` — ${data.remedy!.details.trim()}` : '', '.'),
          ...(data.nextSteps ? [paragraph('Для получения услуги Вам необходимо: ', data.nextSteps.trim())] : []),
          // art. 11.2 part 8.1
          paragraph('Приносим извинения за доставленные неудобства.'),
        ]
      : [
          paragraph('По результатам рассмотрения принято решение: ', bold('в удовлетворении жалобы отказать'), '.'),
          paragraph('Мотивы решения: ', data.reasons.trim()),
          paragraph(APPEAL),
        ];

  const signature: Content = { unbreakable: true, stack: [signatureRow(data.signedBy.position, initialsAndLastName(data.signedBy.name))], margin: [0, 18, 0, 0] };

  const content: Content[] = [
    ...authorityHeading(data.authority),
    dateAndNumberRow(data.date, data.number),
    { text: '', margin: [0, 0, 0, 8] },
    addressee(data.complainant),
    { text: 'О результатах рассмотрения жалобы', bold: true, margin: [0, 0, 0, 4] },
    ...(greeting ? [greeting] : []),
    intro,
    ...about,
    ...result,
    signature,
    ...(data.executor ? [{ text: `Исполнитель: ${data.executor.position} ${fullName(data.executor.name)}`, style: 'small', margin: [0, 24, 0, 0] } as Content] : []),
  ];

  return officialDocument({
    title: `Ответ на жалобу № ${data.number} от ${formatDate(data.date)}`,
    author: data.authority.name,
    subject: data.outcome === 'upheld' ? 'Жалоба удовлетворена' : 'Отказано в удовлетворении жалобы',
    date: data.date,
    content,
  });
};
