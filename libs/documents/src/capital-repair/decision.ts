import type { LocalDate } from '@casework/domain';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { decimalInFigures, kopecksInFigures, percentInFigures, rublesInFiguresAndWords } from '../amount-in-words';
import { codeLine, replacementNote, type CodeRef, type Replacement } from '../decision';
import { formatDate } from '../format-date';
import { fullName, fullNameIn, sexOf, type PersonName } from '../inflect';
import { authorityHeading, bold, labelledSignatures, officialDocument, runs, type Authority, type Run, type Signature } from '../layout';
import type { PaymentDetails } from '../notices/payment-details-change';
import { CAPITAL_REPAIR_LAW } from './texts';

// Решение о назначении (App 3) и об отказе в назначении (App 4) компенсации расходов на уплату взноса на капитальный
// ремонт (2.3, 3.2.4): the heading of the form with the application («Заявка на компенсацию взноса») and the day of
// application, the citizen, and the signatures «Расчет произвел», «Расчет проверил», «Руководитель» with the seal.

export type CapitalRepairDecisionApplicant = PersonName & {
  // «Адрес регистрации»: the place of residence
  registrationAddress: string;
};

type CapitalRepairDecisionBase = {
  authority: Authority;
  number: string;
  // the head's signature: the day the decision is taken
  date: LocalDate;
  // «Заявка на компенсацию взноса от … № …»; `appliedOn` is «дата обращения», the MFC's acceptance day for an
  // application filed there (I-40), the registration day otherwise
  application: { registrationNumber: string; date: LocalDate; appliedOn?: LocalDate };
  applicant: CapitalRepairDecisionApplicant;
  calculatedBy: Signature;
  checkedBy: Signature;
  // the head of the body or an authorised official (3.2.4); the seal certifies this signature
  head: Signature;
  replaces?: Replacement;
  draft?: boolean;
};

// The figures of App 3 as the domain's calculateCapitalRepairAmount gives them (spec §9.4, I-25), with its inputs:
// areas in m² with at most two decimals, money in kopecks, the benefit in percent.
export type CapitalRepairCalculation = {
  totalAreaM2: number;
  householdSize: number;
  share: { numerator: number; denominator: number };
  shareAreaM2: number;
  // «РС площади»: the standard the calculation used
  standardM2: number;
  areaBasisM2: number;
  rateKopecksPerM2: number;
  costKopecks: number;
  benefitPercent: number;
  amountKopecks: number;
};

export type CapitalRepairGrantDecisionData = CapitalRepairDecisionBase & {
  category: CodeRef;
  calculation: CapitalRepairCalculation;
  // «Назначить … с: … по: …»; the text sets no rule for these dates (I-26), an open end prints a dash
  period: { from: LocalDate; to?: LocalDate };
  // «Списки (сбербанк, банк): реквизиты банка, л/с» — where the payment lists send the money (3.2.6, I-27)
  payment: PaymentDetails;
};

export type CapitalRepairRefusalDecisionData = CapitalRepairDecisionBase & {
  category?: CodeRef;
  // «Причина»: REF-01…REF-11 with their clauses (REF-11: the application was withdrawn, I-36)
  grounds: CodeRef[];
};

const SUBJECT = 'компенсации расходов на уплату взноса на капитальный ремонт общего имущества в многоквартирном доме';

const field = (label: string, ...value: Run[]): Content => ({ text: runs(bold(`${label}: `), ...value), style: 'item' });

const heading = (data: CapitalRepairDecisionBase, subtitle: string): Content[] => [
  ...authorityHeading(data.authority),
  { text: `РЕШЕНИЕ от ${formatDate(data.date)} № ${data.number}`, style: 'title' },
  { text: `Заявка на компенсацию взноса от ${formatDate(data.application.date)} № ${data.application.registrationNumber}`, alignment: 'center', margin: [0, 4, 0, 0] },
  { text: `(дата обращения ${formatDate(data.application.appliedOn ?? data.application.date)})`, alignment: 'center' },
  ...(data.replaces ? [{ text: `(взамен решения от ${formatDate(data.replaces.date)} № ${data.replaces.number})`, alignment: 'center' } as Content] : []),
  { text: subtitle, style: 'subtitle', margin: [0, 4, 0, 0] },
  { text: CAPITAL_REPAIR_LAW, alignment: 'center', fontSize: 10, margin: [0, 2, 0, 8] },
  ...(data.replaces ? [replacementNote(data.replaces)] : []),
];

const signatures = (data: CapitalRepairDecisionBase): Content =>
  labelledSignatures(
    [
      { label: 'Расчет произвел', signature: data.calculatedBy },
      { label: 'Расчет проверил', signature: data.checkedBy },
      { label: data.head.official.position || 'Руководитель', signature: data.head },
    ],
    true,
  );

const citizen = (name: PersonName): string => {
  const sex = sexOf(name);
  return sex === 'female' ? 'Гражданка' : sex === 'male' ? 'Гражданин' : 'Гражданин(ка)';
};

const frame = (data: CapitalRepairDecisionBase, subtitle: string, content: Content[]): TDocumentDefinitions =>
  officialDocument({
    title: `Решение № ${data.number} от ${formatDate(data.date)} ${subtitle}`,
    author: data.authority.name,
    subject: `Решение ${subtitle}`,
    date: data.date,
    draft: data.draft,
    content,
  });

const m2 = (value: number): string => `${decimalInFigures(value)} кв. м`;

const validateCalculation = (c: CapitalRepairCalculation): void => {
  if (!Number.isInteger(c.householdSize) || c.householdSize < 1) throw new RangeError(`состав семьи — целое число не меньше 1, а не ${c.householdSize}`);
  if (!Number.isInteger(c.share.numerator) || !Number.isInteger(c.share.denominator) || c.share.numerator < 1 || c.share.numerator > c.share.denominator) {
    throw new RangeError(`доля в праве — дробь от 1/n до 1/1, а не ${c.share.numerator}/${c.share.denominator}`);
  }
  for (const [what, kopecks] of [
    ['тариф', c.rateKopecksPerM2],
    ['стоимость', c.costKopecks],
    ['сумма', c.amountKopecks],
  ] as const) {
    if (!Number.isSafeInteger(kopecks) || kopecks < 0) throw new RangeError(`${what} — целое неотрицательное число копеек, а не ${kopecks}`);
  }
};

// App 3: «Вид МСП | учет СН | доля | тариф | стоимость | размер льготы | сумма», one row for this measure.
// «учет СН» = «Д»: the social norm (РС площади) caps the area (I-43).
const calculationTable = (c: CapitalRepairCalculation): Content => {
  const header: TableCell[] = ['Вид МСП', 'учет СН', 'доля', 'тариф, руб./кв. м', 'стоимость, руб.', 'размер льготы', 'сумма, руб.'].map((text) => ({ text, style: 'tableHeader' }));
  const row: TableCell[] = [
    { text: 'компенсация расходов на уплату взноса на капитальный ремонт', style: 'tableCell' },
    { text: 'Д', style: 'tableCell', alignment: 'center' },
    { text: `${c.share.numerator}/${c.share.denominator}`, style: 'tableCell', alignment: 'center' },
    { text: kopecksInFigures(c.rateKopecksPerM2), style: 'tableCell', alignment: 'right' },
    { text: kopecksInFigures(c.costKopecks), style: 'tableCell', alignment: 'right' },
    { text: percentInFigures(c.benefitPercent), style: 'tableCell', alignment: 'center' },
    { text: kopecksInFigures(c.amountKopecks), style: 'tableCell', alignment: 'right' },
  ];
  return { table: { headerRows: 1, widths: ['*', 36, 32, 54, 58, 48, 54], body: [header, row], dontBreakRows: true }, margin: [0, 4, 0, 8] };
};

const paymentLists = (payment: PaymentDetails): Content => {
  const requisites = [
    payment.organisation?.trim(),
    payment.branch ? `подразделение № ${payment.branch}` : undefined,
    payment.bik ? `БИК ${payment.bik}` : undefined,
  ].filter((part): part is string => Boolean(part));
  const channel = payment.kind === 'post' ? 'почта' : payment.kind === 'delivery_organisation' ? 'организация доставки' : 'банк';
  // «л/с» and the account never break apart
  const account: Run[] = payment.account ? [requisites.length ? ', ' : '', { text: `л/с\u00a0${payment.account.replace(/\s/g, '')}`, noWrap: true }] : [];
  return field(`Списки (${channel})`, requisites.length || account.length ? requisites.join(', ') : '—', ...account);
};

export const capitalRepairGrantDecisionDocument = (data: CapitalRepairGrantDecisionData): TDocumentDefinitions => {
  const c = data.calculation;
  validateCalculation(c);
  if (data.period.to && data.period.to < data.period.from) throw new RangeError(`the assignment ends (${data.period.to}) before it starts (${data.period.from})`);
  const subtitle = `о назначении ${SUBJECT}`;
  const content: Content[] = [
    ...heading(data, subtitle),
    field(citizen(data.applicant), fullName(data.applicant)),
    field('Адрес регистрации', data.applicant.registrationAddress),
    field('Категория льготника', codeLine(data.category)),
    { text: 'Данные для расчета:', style: 'label', margin: [0, 4, 0, 2] },
    {
      columns: [
        { width: '*', stack: [field('общая площадь', m2(c.totalAreaM2)), field('состав семьи', `${c.householdSize} чел.`)] },
        { width: '*', stack: [field('РС площади', m2(c.standardM2)), field('доля в праве', `${c.share.numerator}/${c.share.denominator}`)] },
      ],
      columnGap: 12,
    },
    // I-25: the area the rate is applied to, so that the row below recomputes from the printed figures
    field('площадь по доле', `${m2(c.shareAreaM2)}; для расчета с учетом СН: ${m2(c.areaBasisM2)}`),
    calculationTable(c),
    {
      text: runs(
        'Назначить компенсацию расходов на уплату взноса на капитальный ремонт ',
        bold(fullNameIn({ ...data.applicant, gcase: 'dative' })),
        ' в размере ',
        bold(rublesInFiguresAndWords(c.amountKopecks)),
        ' ежемесячно:',
      ),
      style: 'paragraph',
    },
    {
      table: {
        widths: [30, 100],
        body: [
          [{ text: 'с:', bold: true }, { text: formatDate(data.period.from) }],
          [{ text: 'по:', bold: true }, { text: data.period.to ? formatDate(data.period.to) : '—' }],
        ],
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 2],
    },
    paymentLists(data.payment),
    signatures(data),
  ];
  return frame(data, subtitle, content);
};

export const capitalRepairRefusalDecisionDocument = (data: CapitalRepairRefusalDecisionData): TDocumentDefinitions => {
  // 3.2.4: a refusal stands only on a listed ground
  if (data.grounds.length === 0) throw new RangeError('a refusal decision needs at least one ground');
  const subtitle = `об отказе в назначении ${SUBJECT}`;
  const reasons: Content[] =
    data.grounds.length === 1
      ? [field('Причина', `${codeLine(data.grounds[0])}.`)]
      : [
          { text: 'Причина:', style: 'label', margin: [0, 0, 0, 2] },
          ...data.grounds.map((ground, i): Content => ({ text: `– ${codeLine(ground)}${i < data.grounds.length - 1 ? ';' : '.'}`, style: 'item' })),
        ];
  const content: Content[] = [
    ...heading(data, subtitle),
    { text: runs(bold('ОТКАЗАТЬ'), ` в назначении ${SUBJECT} гр. `, bold(fullNameIn({ ...data.applicant, gcase: 'dative' })), '.'), style: 'paragraph' },
    field('Адрес регистрации', data.applicant.registrationAddress),
    ...(data.category ? [field('Категория льготника', codeLine(data.category))] : []),
    ...reasons,
    signatures(data),
  ];
  return frame(data, subtitle, content);
};
