import type { CapitalRepairCategoryCode, LocalDate } from '@casework/domain';
import type { Column, Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { pluralRu } from '../amount-in-words';
import { formatDate } from '../format-date';
import { fullNameIn, sexOf, shortName, type PersonName } from '../inflect';
import { BLANK, bold, checkBox, formatSnils, officialDocument, orBlank, runs, signatureDate, type Authority, type Run } from '../layout';
import { tearOffReceipt, type Acceptance } from '../receipt';
import { APPLICATION_CATEGORY_CHOICES, APPLICATION_CHANGES_UNDERTAKING, CAPITAL_REPAIR_APPLICATION_TITLE } from './texts';

// Заявление о назначении компенсации … и способе ее доставки (capital-repair App 1, 2.6.1) with its annex «Сведения о
// зарегистрированных в жилом помещении гражданах», the «Заявление принял(а)» block and the tear-off receipt (3.2.1.1).

// One person of the App 1 annex. The annex table is missing in the source (I-29): these are the columns the rules
// of §9 need (I-22: family = persons registered at the place of residence; place-of-stay registrants are recorded).
export type RegisteredPerson = {
  fullName: string;
  birthDate?: LocalDate;
  kinship?: string;
  registration: 'residence' | 'stay';
  working?: boolean;
  disabilityGroup?: 'I' | 'II' | 'III';
};

// The App 1 fields as the domain's application schema holds them (plain data, so the API passes them as parsed).
export type IdentityDocument = { kind: string; series?: string; number: string; issuedOn: LocalDate; issuedBy: string };

export type ApplicationPayment =
  | { kind: 'bank'; bankName: string; branch?: string; bik: string; account: string; holder: 'applicant' | 'nominal'; nominalHolderName?: string }
  | { kind: 'post'; postOffice: string };

export type FundFormation = { kind: 'regional_operator'; account: string } | { kind: 'special_account'; owner: string };

export type CapitalRepairApplicationData = {
  // «Наименование организации»
  authority: Authority;
  // «ЗАЯВЛЕНИЕ № __»: the registration number once registered
  number?: string;
  // the citizen the compensation is for (льготник)
  applicant: PersonName & {
    birthDate: LocalDate;
    snils?: string;
    identityDocument: IdentityDocument;
    registrationAddress: string;
    stayAddress?: string;
    phone?: string;
    email?: string;
  };
  // «действующего в интересах*»: a legal representative or a proxy files for the citizen (1.2)
  representative?: PersonName & { kind: 'legal_representative' | 'proxy'; identityDocument?: string; authorityDocument?: string };
  category: CapitalRepairCategoryCode;
  payment: ApplicationPayment;
  fundFormation: FundFormation;
  hasLift: boolean;
  managementOrganisation?: string;
  // «Уведомляю Вас, что я имею право на получение мер социальной поддержки … в соответствии с ___»
  otherSupportAct?: string;
  // «обязуюсь письменно извещать ___ (наименование органа, осуществляющего выплату компенсации)»; the authority by default
  payingBody?: string;
  registeredPersons: RegisteredPerson[];
  // «а также следующие документы»
  attachments: string[];
  // «дата предоставления заявления»
  submittedOn?: LocalDate;
  acceptance?: Acceptance;
  draft?: boolean;
};

const caption = (text: string): Content => ({ text, style: 'caption', alignment: 'left', margin: [0, 0, 0, 2] });
const item = (...parts: Run[]): Content => ({ text: runs(...parts), style: 'item' });
const paragraph = (...parts: Run[]): Content => ({ text: runs(...parts), style: 'paragraph' });
const indented = (content: Content): Content => ({ stack: [content], margin: [16, 0, 0, 0] });

const byGender = (name: PersonName, male: string, female: string, unknown: string): string => {
  const sex = sexOf(name);
  return sex === 'male' ? male : sex === 'female' ? female : unknown;
};

const corner = (data: CapitalRepairApplicationData): Content => {
  const filer = data.representative ?? data.applicant;
  const lines: Content[] = [
    { text: runs(bold('Наименование организации: '), data.authority.name) },
    { text: runs(bold('от: '), fullNameIn({ ...filer, gcase: 'genitive' })), margin: [0, 4, 0, 0] },
    caption('(фамилия, имя, отчество (при наличии))'),
  ];
  if (data.representative) {
    lines.push(
      { text: runs(bold(`${byGender(data.representative, 'действующего', 'действующей', 'действующего(-ей)')} в интересах*: `), fullNameIn({ ...data.applicant, gcase: 'genitive' })) },
      caption('(фамилия, имя, отчество (при наличии))'),
    );
  }
  lines.push({ text: `${formatDate(data.applicant.birthDate)} года рождения`, margin: [0, 2, 0, 0] });
  return { columns: [{ width: '*', text: '' }, { width: 270, stack: lines }], margin: [0, 0, 0, 14] };
};

const identity = (doc: IdentityDocument): string =>
  [doc.kind.trim(), doc.series ? `серия ${doc.series}` : undefined, `№ ${doc.number}`, `дата выдачи ${formatDate(doc.issuedOn)}`, `кем выдан: ${doc.issuedBy.trim()}`]
    .filter(Boolean)
    .join(', ');

const paymentChoices = (payment: ApplicationPayment): Content[] => {
  const bank = payment.kind === 'bank' ? payment : undefined;
  const post = payment.kind === 'post' ? payment : undefined;
  return [
    paragraph('Выплату назначенной компенсации прошу осуществлять через:'),
    checkBox(Boolean(post), 'почтовое отделение', post ? ` ${post.postOffice.trim()}` : '', ';'),
    checkBox(Boolean(bank), 'кредитную организацию', bank ? `: ${bank.bankName.trim()}, БИК ${bank.bik}` : '', bank ? ',' : '.'),
    ...(bank
      ? [
          indented(item('номер структурного подразделения: ', bank.branch ?? '—', ',')),
          indented(item('лицевой счет: ', bold(bank.account), ',')),
          indented(item('владелец счета является: ', bank.holder === 'nominal' ? 'владельцем номинального счета' : 'заявителем', bank.holder === 'nominal' ? ',' : '.')),
          ...(bank.holder === 'nominal'
            ? [indented(item('фамилия, имя, отчество (при наличии) владельца номинального счета: ', orBlank(bank.nominalHolderName), '.'))]
            : []),
        ]
      : []),
  ];
};

// «Способ формирования фонда капитального ремонта (нужное подчеркнуть)»: the chosen way is underlined
const fundChoices = (fund: FundFormation): Content[] => {
  const chosen = { decoration: 'underline' as const, bold: true };
  const regional = 'через счет регионального оператора';
  const special = 'через специальный счет';
  return [
    paragraph('Способ формирования фонда капитального ремонта (нужное подчеркнуть):'),
    indented(
      item(
        fund.kind === 'regional_operator' ? { text: regional, ...chosen } : regional,
        ` ${fund.kind === 'regional_operator' ? fund.account.trim() : BLANK} (указать номер счета);`,
      ),
    ),
    indented(
      item(
        fund.kind === 'special_account' ? { text: special, ...chosen } : special,
        `: ${fund.kind === 'special_account' ? fund.owner.trim() : BLANK} (указать владельца специального счета).`,
      ),
    ),
  ];
};

const PERSON_HEADER = ['№ п/п', 'Фамилия, имя, отчество', 'Дата рождения', 'Родственное отношение', 'Регистрация', 'Работает', 'Инвалидность'];

const personsTable = (persons: RegisteredPerson[]): Content => {
  const header: TableCell[] = PERSON_HEADER.map((text) => ({ text, style: 'tableHeader' }));
  const rows: TableCell[][] = persons.map((p, i) => [
    { text: String(i + 1), style: 'tableCell', alignment: 'center' },
    { text: p.fullName, style: 'tableCell' },
    { text: p.birthDate ? formatDate(p.birthDate) : '', style: 'tableCell', alignment: 'center' },
    { text: p.kinship ?? '', style: 'tableCell' },
    { text: p.registration === 'residence' ? 'по месту жительства' : 'по месту пребывания', style: 'tableCell' },
    { text: p.working === undefined ? '' : p.working ? 'да' : 'нет', style: 'tableCell', alignment: 'center' },
    { text: p.disabilityGroup ? `${p.disabilityGroup} группа` : '—', style: 'tableCell', alignment: 'center' },
  ]);
  return { table: { headerRows: 1, widths: [24, '*', 58, 68, 70, 44, 58], body: [header, ...rows], dontBreakRows: true }, margin: [0, 4, 0, 10] };
};

// «Заявитель: … подпись … дата предоставления заявления» | «Заявление принял(а): … подпись … дата принятия заявления»
const signaturePair = (data: CapitalRepairApplicationData): Content => {
  const filer = data.representative ?? data.applicant;
  const side = (label: string, name: string, nameCaption: string, date: LocalDate | undefined, dateCaption: string): Column => ({
    width: '*',
    stack: [
      { text: label, bold: true },
      {
        columns: [
          { width: '*', stack: [{ text: name, margin: [0, 4, 0, 0] }, caption(nameCaption)] },
          { width: 80, stack: [{ text: ' ' }, { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 80, y2: 0, lineWidth: 0.5 }] }, caption('(подпись)')] },
        ],
        columnGap: 6,
      },
      { text: signatureDate(date) },
      caption(dateCaption),
    ],
  });
  const accepted = data.acceptance;
  return {
    unbreakable: true,
    columns: [
      side('Заявитель:', shortName(filer), '(расшифровка подписи заявителя)', data.submittedOn, '(дата предоставления заявления)'),
      side(
        accepted ? `Заявление ${byGender(accepted.acceptedBy.name, 'принял', 'приняла', 'принял(а)')}:` : 'Заявление принял(а):',
        accepted ? shortName(accepted.acceptedBy.name) : BLANK,
        '(расшифровка подписи специалиста)',
        accepted?.acceptedOn,
        '(дата принятия заявления)',
      ),
    ],
    columnGap: 24,
    margin: [0, 10, 0, 0],
  };
};

export const capitalRepairApplicationDocument = (data: CapitalRepairApplicationData): TDocumentDefinitions => {
  const { applicant } = data;
  const filer = data.representative ?? applicant;
  const informed = byGender(filer, 'проинформирован', 'проинформирована', 'проинформирован(а)');
  const persons = data.registeredPersons.length;
  const acceptance = data.acceptance;

  const content: Content[] = [
    corner(data),
    { text: `ЗАЯВЛЕНИЕ № ${acceptance?.registrationNumber ?? data.number ?? '_______'}`, style: 'title' },
    { text: CAPITAL_REPAIR_APPLICATION_TITLE, style: 'subtitle', margin: [0, 2, 0, 10] },
    paragraph(
      'Прошу назначить компенсацию расходов на уплату взноса на капитальный ремонт общего имущества в многоквартирном доме отдельным категориям граждан (далее – компенсация) как (нужное отметить):',
    ),
    ...APPLICATION_CATEGORY_CHOICES.map(([code, label], i) => checkBox(code === data.category, `${label}${i < APPLICATION_CATEGORY_CHOICES.length - 1 ? ';' : '.'}`)),
    { text: 'Я являюсь:', style: 'item', margin: [0, 6, 0, 2] },
    {
      columns: [
        { width: 170, stack: [checkBox(data.representative?.kind === 'legal_representative', 'законным представителем')] },
        { width: '*', stack: [checkBox(data.representative?.kind === 'proxy', 'доверенным лицом')] },
      ],
    },
    ...(data.representative?.identityDocument ? [item('Документ, удостоверяющий личность представителя: ', data.representative.identityDocument.trim(), '.')] : []),
    ...(data.representative?.authorityDocument ? [item('Документ, подтверждающий полномочия представителя: ', data.representative.authorityDocument.trim(), '.')] : []),
    paragraph('Паспорт или иной документ, удостоверяющий личность гражданина: ', identity(applicant.identityDocument), '.'),
    { text: 'Адрес регистрации:', style: 'item' },
    indented(item('по месту жительства: ', applicant.registrationAddress.trim())),
    indented(item('по месту пребывания (при наличии): ', applicant.stayAddress?.trim() || '—')),
    item('Контактный телефон: ', applicant.phone?.trim() || '—', ', e-mail (при наличии): ', applicant.email?.trim() || '—'),
    item('СНИЛС (заполняется по желанию гражданина): ', applicant.snils ? formatSnils(applicant.snils) : '—'),
    ...paymentChoices(data.payment),
    ...fundChoices(data.fundFormation),
    { text: 'Наличие в многоквартирном доме лифтового оборудования:', style: 'item', margin: [0, 4, 0, 2] },
    { columns: [{ width: 60, stack: [checkBox(data.hasLift, 'да')] }, { width: '*', stack: [checkBox(!data.hasLift, 'нет')] }] },
    item('Наименование организации, осуществляющей управление многоквартирным домом: ', data.managementOrganisation?.trim() || '—'),
    // App 1 acknowledgement: one dwelling, one category (E7)
    paragraph('Мне известно, что компенсация предоставляется только на одно жилое помещение и только по одной льготной категории.'),
    ...(data.otherSupportAct?.trim()
      ? [paragraph('Уведомляю Вас, что я имею право на получение мер социальной поддержки по оплате жилого помещения и коммунальных услуг в соответствии с ', data.otherSupportAct.trim(), '.')]
      : []),
    paragraph(
      `${APPLICATION_CHANGES_UNDERTAKING} `,
      bold((data.payingBody ?? data.authority.name).trim()),
      ' в течение 10 рабочих дней со дня наступления вышеуказанных изменений и представлять документы, подтверждающие эти изменения.',
    ),
    paragraph(
      `Я подтверждаю, что сведения, предоставленные мной, являются полными и достоверными. Об условиях, являющихся основанием для приостановления либо прекращения компенсации, а также об ответственности за представление неполных или заведомо недостоверных документов и сведений ${informed}.`,
    ),
    paragraph('К заявлению прилагаю: сведения о зарегистрированных в жилом помещении гражданах, а также следующие документы:'),
    ...(data.attachments.length
      ? data.attachments.map((title, i): Content => item(`${i + 1}. ${title.trim()}${i < data.attachments.length - 1 ? ';' : '.'}`))
      : [item(BLANK)]),
    signaturePair(data),
    tearOffReceipt(
      'Расписка-уведомление о приёме документов',
      // the receipt names the citizen whose application it is, also when a representative hands it in
      { withDocuments: true, fullName: true, applicant, ...(acceptance ? { acceptance } : {}) },
      'линия отрыва',
    ),
    { text: '* Заполняется в случае подачи заявления законным представителем либо доверенным лицом льготника', style: 'small', margin: [0, 14, 0, 0] },
    // the annex of App 1 on a page of its own
    {
      pageBreak: 'before',
      stack: [
        {
          columns: [
            { width: '*', text: '' },
            { width: 250, text: `Приложение к заявлению ${CAPITAL_REPAIR_APPLICATION_TITLE}`, fontSize: 9 },
          ],
          margin: [0, 0, 0, 14],
        },
        { text: 'СВЕДЕНИЯ', style: 'title' },
        { text: 'о зарегистрированных в жилом помещении гражданах', style: 'subtitle', margin: [0, 2, 0, 10] },
        paragraph(
          'Количество зарегистрированных по месту жительства и месту пребывания в жилом помещении граждан составляет ',
          bold(`${persons} ${pluralRu(persons, ['человек', 'человека', 'человек'])}`),
          ':',
        ),
        personsTable(data.registeredPersons),
        { columns: [{ width: '*', text: signatureDate(data.submittedOn) }, { width: 'auto', text: `${shortName(filer)} ____________ (подпись)` }], margin: [0, 14, 0, 0] },
      ],
    },
  ];

  const dated = acceptance?.acceptedOn ?? data.submittedOn;
  if (!dated) throw new RangeError('the application needs the day it is submitted or accepted');
  if (persons === 0) throw new RangeError('the annex lists at least the applicant (App 1 annex)');
  const number = acceptance?.registrationNumber ?? data.number;
  return officialDocument({
    title: `Заявление${number ? ` № ${number}` : ''} ${CAPITAL_REPAIR_APPLICATION_TITLE}`,
    author: data.authority.name,
    subject: `Заявление ${CAPITAL_REPAIR_APPLICATION_TITLE}`,
    date: dated,
    draft: data.draft,
    content,
  });
};
