import type { LocalDate } from '@casework/domain';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { numberInWords, pluralRu, type PluralForms } from '../amount-in-words';
import type { CodeRef, PaymentMethod } from '../decision';
import { formatDate } from '../format-date';
import { fullName, fullNameIn, initialsAndLastName, sexOf, type PersonName } from '../inflect';
import { clauseRef, labelledSignatures, officialDocument, runs, signatureRow, type Authority, type Official, type Run } from '../layout';
import type { ReceiptItem } from '../receipt';

// The parts every notice to an applicant shares: a corner letterhead with the number and date, the addressee,
// the salutation, the signature of the head and the executor's name and phone (ГОСТ Р 7.0.97-2016, реквизиты 7–16).

export type NoticeApplicant = PersonName & {
  // postal address as it should be printed under the name; none for a notice sent only to the portal account
  address?: string;
};

// Исполнитель: the official who prepared the notice, printed at the bottom with a phone to call.
export type Executor = { name: PersonName; phone?: string };

export type LetterData = {
  authority: Authority;
  // outgoing number and date of the notice
  number: string;
  date: LocalDate;
  applicant: NoticeApplicant;
  signedBy: Official;
  executor?: Executor;
  draft?: boolean;
};

// The application a notice answers: «от 26.09.2025 (регистрационный № ЖКУ-2025-000123)».
export type ApplicationRef = { date: LocalDate; registrationNumber?: string };

// A ground copied from the regulation (REJ-01, EXT-02, REF_03…), with what exactly applies in this case.
export type NoticeGround = CodeRef & { details?: string };

export type ReturnedDocument = ReceiptItem;

// How documents or a result reach the applicant.
export type DeliveryChannel = 'in_person' | 'post' | 'mfc' | 'portal' | 'email';

export type Delivery = {
  channel: DeliveryChannel;
  // the MFC office, the postal address when it differs from the addressee block, the e-mail
  details?: string;
};

export const DEFAULT_APPEAL_210FZ =
  'в досудебном (внесудебном) порядке в соответствии с главой 2.1 Федерального закона от 27.07.2010 № 210-ФЗ «Об организации предоставления государственных и муниципальных услуг», а также в судебном порядке';

export const applicationRef = (application: ApplicationRef): string =>
  `от ${formatDate(application.date)}${application.registrationNumber ? ` (регистрационный № ${application.registrationNumber})` : ''}`;

// «REJ-05 — документы утратили силу (п. 2.7 регламента)»
export const groundLine = (ground: NoticeGround): string => `${ground.code} — ${ground.title}${ground.clause ? ` (${clauseRef(ground.clause, ground.act)})` : ''}`;

// A clause or title given with its own full stop or semicolon still ends where the sentence says.
export const stripEnd = (text: string): string => text.trim().replace(/[.;,:]+$/, '');

// One ground after a colon, several as a dash list; each ground's details follow its title.
// «Основание: SUS-02 — … (п. 2.8.1 регламента).» as a paragraph of its own
export const groundParagraph = (label: string, ground: NoticeGround): Content => ({
  text: `${label}: ${stripEnd(groundLine(ground))}${ground.details ? `: ${stripEnd(ground.details)}` : ''}.`,
  style: 'paragraph',
});

export const groundItems = (grounds: NoticeGround[]): Content[] =>
  grounds.map((ground, i) => ({
    text: `– ${stripEnd(groundLine(ground))}${ground.details ? `: ${stripEnd(ground.details)}` : ''}${i < grounds.length - 1 ? ';' : '.'}`,
    style: 'paragraph',
  }));

// «20 (двадцать) рабочих дней», «1 (один) рабочий день»; the accusative of these forms equals the nominative.
export const WORKING_DAYS: PluralForms = ['рабочий день', 'рабочих дня', 'рабочих дней'];
export const countInFiguresAndWords = (n: number, forms: PluralForms): string => `${n} (${numberInWords(n)}) ${pluralRu(n, forms)}`;

export const assertPositiveWholeNumber = (n: number, what: string): void => {
  if (!Number.isSafeInteger(n) || n <= 0) throw new RangeError(`${what} must be a positive whole number, got ${n}`);
};

const MONTHS_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const YEAR_MONTH_RE = /^(\d{4})-(\d{2})$/;

// '2025-10' → «с октября 2025 года», the first month of a payment as the domain gives it (YYYY-MM)
export const fromMonth = (yearMonth: string): string => {
  const m = YEAR_MONTH_RE.exec(yearMonth);
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) throw new RangeError(`expected a YYYY-MM month, got "${yearMonth}"`);
  return `с ${MONTHS_GENITIVE[month - 1]} ${m[1]}\u00a0года`;
};

const RETURN_PHRASE: Record<DeliveryChannel, string> = {
  in_person: 'возвращаются Вам лично',
  post: 'возвращаются Вам почтовым отправлением',
  mfc: 'передаются для возврата Вам в многофункциональный центр предоставления государственных и муниципальных услуг',
  portal: 'направляются в Ваш личный кабинет на Едином портале государственных и муниципальных услуг',
  email: 'направляются Вам по электронной почте',
};

const DELIVERY_PHRASE: Record<DeliveryChannel, string> = {
  in_person: 'вручено лично',
  post: 'направлено почтовым отправлением',
  mfc: 'передано для выдачи в многофункциональный центр предоставления государственных и муниципальных услуг',
  portal: 'направлено в личный кабинет на Едином портале государственных и муниципальных услуг',
  email: 'направлено по электронной почте',
};

// «Паспорт гражданина Российской Федерации (копия, 1 экз., 2 л.)»
const returnedItem = (item: ReturnedDocument): string => {
  const parts = [
    item.form === 'original' ? 'подлинник' : item.form === 'copy' ? 'копия' : undefined,
    item.copies === undefined ? undefined : `${item.copies} экз.`,
    item.sheets === undefined ? undefined : `${item.sheets} л.`,
  ].filter((part): part is string => part !== undefined);
  return parts.length ? `${item.title} (${parts.join(', ')})` : item.title;
};

// «Представленные Вами документы возвращаются Вам почтовым отправлением по адресу: …:» and the numbered list.
export const returnedDocuments = (documents: ReturnedDocument[], delivery: Delivery, applicant: NoticeApplicant, lead = 'Представленные Вами документы'): Content[] => {
  const where =
    delivery.channel === 'post'
      ? (delivery.details ?? applicant.address)
      : delivery.channel === 'mfc' || delivery.channel === 'email'
        ? delivery.details
        : undefined;
  const place = where ? (delivery.channel === 'post' ? ` по адресу: ${stripEnd(where)}` : ` (${stripEnd(where)})`) : '';
  const sentence = `${lead} ${RETURN_PHRASE[delivery.channel]}${place}`;
  if (documents.length === 0) return [{ text: `${sentence}.`, style: 'paragraph' }];
  return [
    { text: `${sentence}:`, style: 'paragraph' },
    ...documents.map((item, i): Content => ({ text: `${i + 1}. ${stripEnd(returnedItem(item))}${i < documents.length - 1 ? ';' : '.'}`, style: 'paragraph' })),
  ];
};

// «Настоящее уведомление направлено почтовым отправлением по адресу: …»
export const deliveryLine = (what: string, delivery: Delivery, applicant: NoticeApplicant): Content => {
  const where = delivery.channel === 'post' ? (delivery.details ?? applicant.address) : delivery.details;
  const place = where ? (delivery.channel === 'post' ? ` по адресу: ${stripEnd(where)}` : ` (${stripEnd(where)})`) : '';
  return { text: `${what} ${DELIVERY_PHRASE[delivery.channel]}${place}.`, style: 'paragraph' };
};

const PAYMENT_METHOD: Record<PaymentMethod['kind'], string> = {
  bank: 'через кредитную организацию',
  unified_social_card: 'через кредитную организацию на Единую социальную карту',
  post: 'через организацию почтовой связи',
  delivery_organisation: 'через организацию, осуществляющую доставку социальных пособий',
};

export const paymentMethodText = (method: PaymentMethod): string => `${PAYMENT_METHOD[method.kind]}${method.details ? ` (${stripEnd(method.details)})` : ''}`;

// «Уважаемая Анна Викторовна!»; without a patronymic the surname stands in for it.
export const salutation = (name: PersonName): string => {
  const sex = sexOf(name);
  const dear = sex === 'female' ? 'Уважаемая' : sex === 'male' ? 'Уважаемый' : 'Уважаемый(ая)';
  const words = (value: string | undefined): string => (value ?? '').trim().replace(/\s+/g, ' ');
  const second = words(name.middleName) || words(name.lastName);
  return `${dear} ${[words(name.firstName), second].filter(Boolean).join(' ')}!`;
};

// Угловой бланк: the authority and the number on the left, the addressee in the dative on the right.
const letterHead = (data: LetterData): Content => {
  const { authority } = data;
  const left: Content[] = [{ text: authority.name.toUpperCase(), bold: true, alignment: 'center' }];
  if (authority.institution) left.push({ text: authority.institution, alignment: 'center', fontSize: 10, margin: [0, 2, 0, 0] });
  if (authority.address) left.push({ text: authority.address, style: 'address', margin: [0, 2, 0, 0] });
  left.push({ text: `от ${formatDate(data.date)} № ${data.number}`, alignment: 'center', margin: [0, 8, 0, 0] });
  const right: Content[] = [{ text: fullNameIn({ ...data.applicant, gcase: 'dative' }), bold: true }];
  if (data.applicant.address) right.push({ text: data.applicant.address, margin: [0, 2, 0, 0] });
  return { columns: [{ width: 230, stack: left }, { width: '*', text: '' }, { width: 200, stack: right }], columnGap: 10, margin: [0, 0, 0, 18] };
};

export type LetterFrame = {
  // «УВЕДОМЛЕНИЕ», «РЕШЕНИЕ»
  title: string;
  // «о продлении срока рассмотрения заявления»
  subtitle: string;
  // the act an annex form prints under its heading (capital-repair App 5, 6, 8: «Закон Ставропольского края … № 57-кз …»)
  act?: string;
  body: Content[];
  // the closing paragraph kept on one page with the signature
  closing?: Content[];
  // signatures above the head's: «Расчет произвел», «Расчет проверил» (capital-repair App 5, 6)
  countersignatures?: { label: string; official: Official }[];
};

export const paragraph = (...parts: Run[]): Content => ({ text: runs(...parts), style: 'paragraph' });

export const letterDocument = (data: LetterData, frame: LetterFrame): TDocumentDefinitions => {
  const closing = frame.closing ?? [];
  const countersignatures = frame.countersignatures?.length
    ? [labelledSignatures(frame.countersignatures.map(({ label, official }) => ({ label, signature: { official } })))]
    : [];
  const signature: Content = {
    unbreakable: true,
    stack: [...closing, ...countersignatures, { stack: [signatureRow(data.signedBy.position, initialsAndLastName(data.signedBy.name))], margin: [0, 18, 0, 0] }],
  };
  const content: Content[] = [
    letterHead(data),
    { text: frame.title, style: 'title' },
    { text: frame.subtitle, style: 'subtitle', margin: [0, 2, 0, frame.act ? 2 : 12] },
    ...(frame.act ? [{ text: frame.act, alignment: 'center', fontSize: 10, margin: [0, 0, 0, 12] } as Content] : []),
    { text: salutation(data.applicant), alignment: 'center', margin: [0, 0, 0, 8] },
    ...frame.body,
    signature,
    ...(data.executor
      ? [
          {
            text: `Исполнитель: ${fullName(data.executor.name)}${data.executor.phone ? `, тел. ${data.executor.phone}` : ''}`,
            style: 'small',
            margin: [0, 30, 0, 0],
          } as Content,
        ]
      : []),
  ];
  const heading = `${frame.title.charAt(0)}${frame.title.slice(1).toLowerCase()} ${frame.subtitle}`;
  return officialDocument({
    title: `${heading} № ${data.number} от ${formatDate(data.date)}`,
    author: data.authority.institution ?? data.authority.name,
    subject: heading,
    date: data.date,
    draft: data.draft,
    content,
  });
};
