import type { LocalDate } from '@casework/domain';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { kopecksInFigures, rublesInFiguresAndWords } from './amount-in-words';
import { formatDate, formatDateLong } from './format-date';
import { fullName, fullNameIn, sexOf, type PersonName } from './inflect';
import {
  approvalStamp,
  bold,
  runs,
  type Run,
  authorityHeading,
  clauseRef,
  dateAndNumberRow,
  formatSnils,
  officialDocument,
  signatureBlock,
  type Authority,
  type Official,
  type Signature,
} from './layout';

export type DecisionApplicant = PersonName & {
  snils?: string;
  birthDate?: LocalDate;
  // address of residence (or stay) as it should be printed
  address: string;
};

// A code copied from the regulation with its title and clause: C10_DISABLED, «3(10)». `act` is the act the clause
// belongs to, as it reads after the clause («административного регламента …, утверждённого … № 1553»), for documents
// that must cite the reason with its full legal reference (capital-repair 2.3.2); «регламента» without it.
export type CodeRef = { code: string; title: string; clause?: string; act?: string };

export type PaymentMethod = {
  kind: 'bank' | 'unified_social_card' | 'post' | 'delivery_organisation';
  // bank and masked account, post office, organisation: printed in brackets
  details?: string;
};

export type GrantTerms = {
  outcome: 'grant';
  // the first day of the first month paid (T24: the month after the month of submission)
  paymentStart: LocalDate;
  paymentMethod: PaymentMethod;
  // when already calculated (АСКВ); `per` follows the figure: «в месяц»
  amount?: { kopecks: number; per?: string };
};

export type RefusalTerms = {
  outcome: 'refuse';
  grounds: CodeRef[];
  // how to appeal; a 210-FZ chapter 2.1 sentence by default
  appeal?: string;
};

// The service's subject in the two cases the decision needs: «о предоставлении компенсации …», «Предоставить компенсацию …».
export type DecisionSubject = {
  genitive: string;
  accusative: string;
  // a measure that is assigned reads «о назначении …», «Назначить …» (capital-repair App 3–6, 8, 13); «о предоставлении …» by default
  granting?: 'provide' | 'assign';
  // the act the annex forms print under their heading: «Закон Ставропольского края от 28.06.2013 № 57-кз «…»»
  act?: string;
};

const GRANTING = {
  provide: { prepositional: 'предоставлении', genitive: 'предоставления', imperative: 'Предоставить' },
  assign: { prepositional: 'назначении', genitive: 'назначения', imperative: 'Назначить' },
} as const;

// «предоставлении» / «назначении» and the other forms of the act of granting the subject
export const grantingOf = (subject: DecisionSubject): (typeof GRANTING)[keyof typeof GRANTING] => GRANTING[subject.granting ?? 'provide'];

// One line of the calculation as the АСКВ gives it (A13: the amount is calculated there, not by a local formula):
// the expense, what was charged for it, how the compensation was counted, the compensation.
export type CalculationLine = { item: string; chargedKopecks?: number; basis?: string; amountKopecks: number };

export type DecisionCalculation = {
  // «Расчёт размера компенсации» by default; a refusal may print the figures it rests on: «Расчёт задолженности …»
  title?: string;
  // the heading of the last column, «Компенсация, руб.» by default: «Задолженность, руб.»
  amountColumn?: string;
  // the month whose charges the amount is calculated from (T25): «сентябрь 2025 г.»
  period?: string;
  // the system of record for the amount: «АСКВ»
  source?: string;
  lines: CalculationLine[];
};

// The decision a corrected one replaces (housing-utilities cl. 95, 96; capital-repair 3.5.1): its number and date,
// the correction application and what was corrected.
export type Replacement = {
  number: string;
  date: LocalDate;
  application?: { date: LocalDate; registrationNumber?: string };
  // «в дате рождения заявителя: «20.03.1962» вместо «20.03.1926»»
  correction?: string;
};

// One rule of the evaluation as printed under «Обоснование»: the rule, its clause, what came out.
export type ExplanationLine = { rule: string; clause?: string; result: string };

export type DecisionData = {
  authority: Authority;
  number: string;
  // the head's approval date: the day the decision is taken (cl. 13, 14, 61)
  date: LocalDate;
  application: { registrationNumber: string; date: LocalDate };
  applicant: DecisionApplicant;
  categories: CodeRef[];
  // acts with their clauses, as they should read after «в соответствии с»
  legalBasis: string[];
  explanation?: ExplanationLine[];
  // deputy head: checks, signs, seal (cl. 57(3), 59)
  checkedBy: Signature;
  // head or a person authorised by him: approves (cl. 57(4), 80)
  approvedBy: Signature;
  draftedBy?: Official;
  subject?: DecisionSubject;
  // the figures of the calculation, printed as a table with the total (the amount of a grant must equal it)
  calculation?: DecisionCalculation;
  // a corrected decision issued in place of an earlier one (cl. 95)
  replaces?: Replacement;
  draft?: boolean;
} & (GrantTerms | RefusalTerms);

export const HOUSING_UTILITIES_SUBJECT: DecisionSubject = {
  genitive: 'компенсации расходов на оплату жилого помещения и коммунальных услуг',
  accusative: 'компенсацию расходов на оплату жилого помещения и коммунальных услуг',
};

const PAYMENT_METHOD: Record<PaymentMethod['kind'], string> = {
  bank: 'через кредитную организацию',
  unified_social_card: 'через кредитную организацию на Единую социальную карту',
  post: 'через организацию почтовой связи',
  delivery_organisation: 'через организацию, осуществляющую доставку социальных пособий',
};

const DEFAULT_APPEAL =
  'Решение может быть обжаловано в досудебном (внесудебном) порядке в соответствии с главой 2.1 Федерального закона от 27.07.2010 № 210-ФЗ «Об организации предоставления государственных и муниципальных услуг», а также в судебном порядке.';

export const codeLine = (ref: CodeRef): string => `${ref.code} — ${ref.title}${ref.clause ? ` (${clauseRef(ref.clause, ref.act)})` : ''}`;

// «Настоящее решение принято взамен решения от 09.10.2025 № 45 …» (cl. 95: the decision is replaced)
export const replacementNote = (replaces: Replacement): Content => {
  const earlier = `от ${formatDate(replaces.date)} № ${replaces.number}`;
  const application = replaces.application
    ? ` по заявлению об исправлении опечаток и (или) ошибок от ${formatDate(replaces.application.date)}${replaces.application.registrationNumber ? ` (регистрационный № ${replaces.application.registrationNumber})` : ''}`
    : '';
  const correction = replaces.correction?.trim() ? `: ${replaces.correction.trim().replace(/[.;]+$/, '')}` : '';
  return {
    text: runs('Настоящее решение принято ', bold(`взамен решения ${earlier}`), ` в связи с исправлением допущенных опечаток и (или) ошибок${application}${correction}.`),
    style: 'paragraph',
  };
};

// Sums of the lines, and the one total they must add up to.
const calculationTotal = (calculation: DecisionCalculation): number => calculation.lines.reduce((sum, line) => sum + line.amountKopecks, 0);

const calculationTable = (calculation: DecisionCalculation, grant: boolean): Content => {
  const header: TableCell[] = ['№ п/п', 'Вид расходов', 'Начислено, руб.', 'Порядок расчёта', calculation.amountColumn ?? 'Компенсация, руб.'].map((text) => ({
    text,
    style: 'tableHeader',
  }));
  const rows: TableCell[][] = calculation.lines.map((line, i) => [
    { text: String(i + 1), style: 'tableCell', alignment: 'center' },
    { text: line.item, style: 'tableCell' },
    { text: line.chargedKopecks === undefined ? '' : kopecksInFigures(line.chargedKopecks), style: 'tableCell', alignment: 'right' },
    { text: line.basis ?? '', style: 'tableCell' },
    { text: kopecksInFigures(line.amountKopecks), style: 'tableCell', alignment: 'right' },
  ]);
  const charged = calculation.lines.every((line) => line.chargedKopecks !== undefined)
    ? kopecksInFigures(calculation.lines.reduce((sum, line) => sum + (line.chargedKopecks ?? 0), 0))
    : '';
  const total: TableCell[] = [
    { text: 'Итого', style: 'tableCell', bold: true, colSpan: 2 },
    {},
    { text: charged, style: 'tableCell', bold: true, alignment: 'right' },
    { text: '', style: 'tableCell' },
    { text: kopecksInFigures(calculationTotal(calculation)), style: 'tableCell', bold: true, alignment: 'right' },
  ];
  const caption = [calculation.title ?? 'Расчёт размера компенсации', calculation.period ? `за ${calculation.period}` : '', calculation.source ? `(${calculation.source})` : '']
    .filter(Boolean)
    .join(' ');
  return {
    unbreakable: calculation.lines.length <= 10,
    stack: [
      { text: caption, style: 'label', margin: [0, 0, 0, 4] },
      { table: { headerRows: 1, widths: [30, '*', 70, 110, 75], body: [header, ...rows, total], dontBreakRows: true } },
      { text: `${grant ? 'Итого размер компенсации' : 'Итого'}: ${rublesInFiguresAndWords(calculationTotal(calculation))}.`, style: 'item', margin: [0, 4, 0, 0] },
    ],
    margin: [0, 6, 0, 4],
  };
};

// «Иванову Ивану Ивановичу, 14.10.1970 года рождения, СНИЛС 112-233-445 95, проживающему по адресу: …»
const applicantInDative = (applicant: DecisionApplicant): Run[] => {
  const sex = sexOf(applicant);
  const living = sex === 'female' ? 'проживающей' : sex === 'male' ? 'проживающему' : 'проживающему(-ей)';
  const details = [
    applicant.birthDate ? `${formatDate(applicant.birthDate)} года рождения` : undefined,
    applicant.snils ? `СНИЛС ${formatSnils(applicant.snils)}` : undefined,
    `${living} по адресу: ${applicant.address}`,
  ].filter((part): part is string => part !== undefined);
  return [bold(fullNameIn({ ...applicant, gcase: 'dative' })), `, ${details.join(', ')}`];
};

const explanationTable = (lines: ExplanationLine[]): Content => {
  const header: TableCell[] = ['Правило', 'Основание', 'Результат'].map((text) => ({ text, style: 'tableHeader' }));
  const rows: TableCell[][] = lines.map((line) => [
    { text: line.rule, style: 'tableCell' },
    { text: line.clause ? clauseRef(line.clause) : '', style: 'tableCell' },
    { text: line.result, style: 'tableCell' },
  ]);
  // a short table stays with its title; a long one may break, repeating its header row
  return {
    unbreakable: lines.length <= 10,
    stack: [
      { text: 'Обоснование решения', style: 'label', margin: [0, 0, 0, 4] },
      { table: { headerRows: 1, widths: ['*', 110, 150], body: [header, ...rows], dontBreakRows: true } },
    ],
    margin: [0, 6, 0, 4],
  };
};

export const decisionDocument = (data: DecisionData): TDocumentDefinitions => {
  // cl. 21: a refusal stands only on a listed ground
  if (data.outcome === 'refuse' && data.grounds.length === 0) throw new RangeError('a refusal decision needs at least one ground');
  if (data.calculation && data.calculation.lines.length === 0) throw new RangeError('a calculation needs at least one line');
  // the decision prints one amount: the figure granted and the total of its calculation are the same sum
  if (data.outcome === 'grant' && data.amount && data.calculation && calculationTotal(data.calculation) !== data.amount.kopecks) {
    throw new RangeError(`the calculation adds up to ${calculationTotal(data.calculation)} kopecks, the amount granted is ${data.amount.kopecks}`);
  }
  const subject = data.subject ?? HOUSING_UTILITIES_SUBJECT;
  const granting = grantingOf(subject);
  const grant = data.outcome === 'grant';
  const subtitle = grant ? `о ${granting.prepositional} ${subject.genitive}` : `об отказе в ${granting.prepositional} ${subject.genitive}`;

  const preamble: Content = {
    text: runs(
      `Рассмотрев заявление ${fullNameIn({ ...data.applicant, gcase: 'genitive' })} от ${formatDate(data.application.date)}`,
      ` (регистрационный № ${data.application.registrationNumber}), представленные документы и сведения,`,
      ' полученные в порядке межведомственного информационного взаимодействия',
      data.legalBasis.length ? `, в соответствии с ${data.legalBasis.join('; ')}` : '',
      ', принято решение:',
    ),
    style: 'paragraph',
  };

  let itemNumber = 0;
  const item = (...parts: Run[]): Content => ({ text: runs(`${++itemNumber}. `, ...parts), style: 'paragraph' });
  // one code goes on the item's line; several go one per line, «;» between them
  const codes = (one: string, many: string, refs: CodeRef[]): Content[] =>
    refs.length === 0
      ? []
      : refs.length === 1
        ? [item(`${one}: `, `${codeLine(refs[0])}.`)]
        : [
            item(`${many}:`),
            ...refs.map((ref, i): Content => ({ text: `– ${codeLine(ref)}${i < refs.length - 1 ? ';' : '.'}`, style: 'paragraph' })),
          ];

  const items: Content[] =
    data.outcome === 'grant'
      ? [
          item(`${granting.imperative} `, subject.accusative, ' ', ...applicantInDative(data.applicant), '.'),
          ...codes('Категория получателя', 'Категории получателя', data.categories),
          // T24: from the month after the month of submission (cl. 14)
          item('Выплату производить ', bold(`с ${formatDateLong(data.paymentStart)}`)),
          item('Способ выплаты: ', PAYMENT_METHOD[data.paymentMethod.kind], data.paymentMethod.details ? ` (${data.paymentMethod.details})` : '', '.'),
          ...(data.amount ? [item('Размер компенсации: ', bold(rublesInFiguresAndWords(data.amount.kopecks)), data.amount.per ? ` ${data.amount.per}.` : '.')] : []),
        ]
      : [
          item(`Отказать в ${granting.prepositional} `, subject.genitive, ' ', ...applicantInDative(data.applicant), '.'),
          ...codes('Заявленная категория', 'Заявленные категории', data.categories),
          // cl. 21: the grounds are exhaustive; each is printed with its code and clause
          ...codes('Основание отказа', 'Основания отказа', data.grounds),
        ];
  const tables: Content[] = [...(data.calculation ? [calculationTable(data.calculation, grant)] : []), ...(data.explanation?.length ? [explanationTable(data.explanation)] : [])];
  const appeal: Content[] = data.outcome === 'refuse' ? [{ text: data.appeal ?? DEFAULT_APPEAL, style: 'paragraph', margin: [0, 4, 0, 4] }] : [];
  const body: Content[] = [...items, ...tables, ...appeal];
  // the signature never starts a page alone: the closing paragraph goes with it (a table is left free to break)
  const closing = appeal.length || !tables.length ? [body.pop() as Content] : [];
  const signature: Content = {
    unbreakable: true,
    stack: [...closing, signatureBlock(data.checkedBy, 'Проверено и подписано:'), { text: 'М.П.', margin: [0, 6, 0, 0] }],
  };

  const content: Content[] = [
    approvalStamp(data.approvedBy),
    ...authorityHeading(data.authority),
    { text: 'РЕШЕНИЕ', style: 'title' },
    { text: subtitle, style: 'subtitle', margin: [0, 2, 0, 0] },
    ...(subject.act ? [{ text: subject.act, alignment: 'center', fontSize: 10, margin: [0, 2, 0, 0] } as Content] : []),
    ...(data.replaces ? [{ text: `(взамен решения от ${formatDate(data.replaces.date)} № ${data.replaces.number})`, alignment: 'center', margin: [0, 2, 0, 0] } as Content] : []),
    dateAndNumberRow(data.date, data.number),
    ...(data.authority.place ? [{ text: data.authority.place, alignment: 'center', fontSize: 10 } as Content] : []),
    { text: '', margin: [0, 0, 0, 8] },
    ...(data.replaces ? [replacementNote(data.replaces)] : []),
    preamble,
    ...body,
    signature,
    ...(data.draftedBy
      ? [{ text: `Исполнитель: ${data.draftedBy.position} ${fullName(data.draftedBy.name)}`, style: 'small', margin: [0, 24, 0, 0] } as Content]
      : []),
  ];

  return officialDocument({
    title: `Решение № ${data.number} от ${formatDate(data.date)} ${subtitle}`,
    author: data.authority.name,
    subject: `Решение ${subtitle}`,
    date: data.date,
    draft: data.draft,
    content,
  });
};
