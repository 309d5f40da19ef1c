import { HOUSING_UTILITIES_SUBJECT, type DecisionData } from '../decision';
import { sampleGrantDecision, sampleRefusalDecision, SOSVA_AUTHORITY } from '../housing-utilities.fixtures';
import type { RegistrationJournalData } from '../journal';
import type { Official, Signature } from '../layout';
import type { DecisionNoticeData } from '../notices/decision-notice';
import type { NoErrorNoticeData } from '../notices/no-error';
import type { CompensationRegisterData } from '../payment-list';
import type { HousingApplicationData } from './application';

// Sample data for tests and previews of the housing-utilities outputs of spec §11 that housing-utilities.fixtures.ts
// does not cover; the people and figures are invented (the amount is the АСКВ's, A13: no local formula).

const CLERK: Official = { position: 'Специалист МКУ «Центр предоставления субсидий и компенсаций»', name: { lastName: 'Петрова', firstName: 'Анна', middleName: 'Сергеевна' } };
const DEPUTY: Official = sampleGrantDecision.checkedBy.official;
const HEAD: Official = sampleGrantDecision.approvedBy.official;

const signed = (official: Official, date: string): Signature => ({ official, date });

const IVANOV = { lastName: 'Иванов', firstName: 'Иван', middleName: 'Иванович' };
const IVANOV_ADDRESS = '624971, Свердловская область, п.г.т. Сосьва, ул. Толмачёва, д. 12, кв. 3';

// filed in person by a representative; paid on the Unified social card
export const applicationByRepresentative: HousingApplicationData = {
  authority: SOSVA_AUTHORITY,
  applicant: {
    ...IVANOV,
    birthDate: '1962-03-20',
    snils: '11223344595',
    status: 'citizen',
    identityDocument: 'паспорт гражданина Российской Федерации 65 07 № 123456, выдан 12.05.2008 ОУФМС России по Свердловской области в Серовском районе',
    address: IVANOV_ADDRESS,
    place: 'residence',
    phone: '8 (34385) 2-00-00',
  },
  representative: {
    lastName: 'Сидорова',
    firstName: 'Елена',
    middleName: 'Павловна',
    postalAddress: '624971, Свердловская область, п.г.т. Сосьва, ул. Ленина, д. 40, кв. 8',
    identityDocument: 'паспорт гражданина Российской Федерации 65 10 № 654321, выдан 03.03.2011 ОУФМС России по Свердловской области',
    authorityDocument: 'доверенность от 15.09.2025 № 66АА7654321, удостоверена нотариусом Серовского нотариального округа',
  },
  categories: [{ code: 'C10_DISABLED', title: 'инвалиды', clause: '3(10)' }],
  heating: { centralHeating: true, gasSupply: false },
  payment: { kind: 'unified_social_card', organisation: 'ПАО Сбербанк', bik: '046577674', account: '40817810016540001234' },
  resultDelivery: 'paper',
  attachments: ['Справка, подтверждающая факт установления инвалидности (копия, 1 л.)', 'Доверенность представителя (копия, 1 л.)'],
  submittedOn: '2025-09-26',
  passportCheckedBy: signed(CLERK, '2025-09-26'),
  registration: { number: 'ЖКУ-2025-000123', date: '2025-09-26', by: CLERK },
};

// the applicant himself at the place of stay, paid through the post, several categories
export const applicationByPost: HousingApplicationData = {
  authority: SOSVA_AUTHORITY,
  applicant: {
    lastName: 'Иванова',
    firstName: 'Мария',
    middleName: 'Петровна',
    identityDocument: 'паспорт гражданина Российской Федерации 65 03 № 765432',
    address: '624971, Свердловская область, п.г.т. Сосьва, ул. Ленина, д. 5',
    place: 'stay',
  },
  categories: [
    { code: 'C30_LABOUR_VETERAN', title: 'ветераны труда и граждане, приравненные к ним по состоянию на 31.12.2004', clause: '3(30)' },
    { code: 'C29_HOME_FRONT_WORKER', title: 'труженики тыла', clause: '3(29)' },
  ],
  payment: { kind: 'post', organisation: 'отделение почтовой связи 624971 Сосьва' },
  attachments: [],
  submittedOn: '2025-09-29',
};

export const journal: RegistrationJournalData = {
  authority: SOSVA_AUTHORITY,
  title: 'Журнал регистрации заявлений о назначении компенсации расходов на оплату жилого помещения и коммунальных услуг',
  printedOn: '2025-10-31',
  entries: [
    {
      registrationNumber: 'ЖКУ-2025-000123',
      registeredOn: '2025-09-26',
      applicant: IVANOV,
      address: 'п.г.т. Сосьва, ул. Толмачёва, д. 12, кв. 3',
      categories: ['C10_DISABLED'],
      channel: 'лично (представитель)',
      acceptedBy: CLERK.name,
      // cl. 62: the decision is entered in the Journal
      result: { title: 'решение о предоставлении', number: '45', date: '2025-10-09' },
    },
    {
      registrationNumber: 'ЖКУ-2025-000124',
      registeredOn: '2025-09-29',
      applicant: { lastName: 'Иванова', firstName: 'Мария', middleName: 'Петровна' },
      categories: ['C30_LABOUR_VETERAN', 'C29_HOME_FRONT_WORKER'],
      channel: 'МФЦ',
      acceptedBy: CLERK.name,
      result: { title: 'решение об отказе (REF_03)', number: '46', date: '2025-10-09' },
    },
  ],
};

// the АСКВ calculation for September 2025 (T25), three lines adding up to the amount granted
const CALCULATION = {
  period: 'сентябрь 2025 г.',
  source: 'АСКВ',
  lines: [
    { item: 'Отопление', chargedKopecks: 180000, basis: '50 % начисленного', amountKopecks: 90000 },
    { item: 'Холодное водоснабжение', chargedKopecks: 24000, basis: '50 % начисленного', amountKopecks: 12000 },
    { item: 'Электроснабжение', chargedKopecks: 42912, basis: '50 % начисленного', amountKopecks: 21456 },
  ],
};

export const grantDecisionWithCalculation: DecisionData = {
  ...sampleGrantDecision,
  calculation: CALCULATION,
  explanation: [
    { rule: 'Категория получателя', clause: '3(10)', result: 'инвалидность II группы установлена бессрочно' },
    { rule: 'Задолженность по оплате ЖКУ', clause: '21', result: 'задолженности нет' },
    { rule: 'Начало выплаты', clause: '14', result: 'с месяца, следующего за месяцем подачи заявления (сентябрь 2025 г.)' },
  ],
};

// REF_03: the debt the refusal rests on, as the housing and utility organisations report it (D4)
export const refusalDecisionWithCalculation: DecisionData = {
  ...sampleRefusalDecision,
  calculation: {
    title: 'Расчёт задолженности по оплате жилого помещения и коммунальных услуг',
    amountColumn: 'Задолженность, руб.',
    period: 'март — август 2025 г.',
    lines: [
      { item: 'Содержание и ремонт жилого помещения', chargedKopecks: 610000, basis: 'оплачено 0,00 руб.', amountKopecks: 610000 },
      { item: 'Отопление', chargedKopecks: 913000, basis: 'оплачено 0,00 руб.', amountKopecks: 913000 },
    ],
  },
};

// cl. 95, 96: the decision of 09.10.2025 reissued with the birth date corrected
export const replacementDecision: DecisionData = {
  ...sampleGrantDecision,
  number: '52',
  date: '2025-10-22',
  checkedBy: signed(DEPUTY, '2025-10-21'),
  approvedBy: signed(HEAD, '2025-10-22'),
  replaces: {
    number: '45',
    date: '2025-10-09',
    application: { date: '2025-10-17', registrationNumber: 'ЖКУ-2025-000301' },
    correction: 'дата рождения заявителя указана как «20.03.1926» вместо «20.03.1962»',
  },
};

const letter = {
  authority: SOSVA_AUTHORITY,
  applicant: { ...IVANOV, address: IVANOV_ADDRESS },
  signedBy: { position: 'Директор МКУ «Центр предоставления субсидий и компенсаций»', name: { lastName: 'Карпова', firstName: 'Светлана', middleName: 'Юрьевна' } },
  executor: { name: CLERK.name, phone: '8 (34385) 2-11-22' },
};

// cl. 14, 61: the copy of the decision sent with a covering notice
export const grantNotice: DecisionNoticeData = {
  ...letter,
  number: '312',
  date: '2025-10-10',
  subject: HOUSING_UTILITIES_SUBJECT,
  application: { date: '2025-09-26', registrationNumber: 'ЖКУ-2025-000123' },
  decision: { number: '45', date: '2025-10-09' },
  delivery: { channel: 'post' },
  outcome: 'grant',
  firstPaymentMonth: '2025-10',
  paymentMethod: { kind: 'unified_social_card', details: 'ПАО Сбербанк, счёт № ****1234' },
  amount: { kopecks: 123456, per: 'в месяц' },
};

export const refusalNotice: DecisionNoticeData = {
  ...letter,
  applicant: { lastName: 'Иванова', firstName: 'Мария', middleName: 'Петровна', address: '624971, Свердловская область, п.г.т. Сосьва, ул. Ленина, д. 5' },
  number: '313',
  date: '2025-10-10',
  subject: HOUSING_UTILITIES_SUBJECT,
  application: { date: '2025-09-29', registrationNumber: 'ЖКУ-2025-000124' },
  decision: { number: '46', date: '2025-10-09' },
  delivery: { channel: 'mfc', details: 'МФЦ, п.г.т. Сосьва, ул. Свердлова, д. 4' },
  outcome: 'refuse',
  grounds: sampleRefusalDecision.outcome === 'refuse' ? sampleRefusalDecision.grounds : [],
  appeal:
    'в досудебном (внесудебном) порядке путём подачи жалобы в администрацию Сосьвинского городского округа, а также в судебном порядке',
};

// cl. 95: no typo found
export const noErrorNotice: NoErrorNoticeData = {
  ...letter,
  number: '330',
  date: '2025-10-20',
  correctionApplication: { date: '2025-10-15', registrationNumber: 'ЖКУ-2025-000298' },
  document: { number: '45', date: '2025-10-09', title: 'о предоставлении компенсации расходов на оплату жилого помещения и коммунальных услуг' },
  claimed: 'в решении неверно указан адрес: дом № 21 вместо дома № 12',
  finding: 'Адрес «ул. Толмачёва, д. 12, кв. 3» соответствует отметке о регистрации в паспорте заявителя',
};

// cl. 67: the register for October 2025, agreed by the deputy head and approved by the head
export const register: CompensationRegisterData = {
  authority: SOSVA_AUTHORITY,
  number: '10',
  date: '2025-10-13',
  month: '2025-10',
  payee: 'ПАО Сбербанк, Уральский банк, БИК 046577674',
  lines: [
    { recipient: IVANOV, snils: '11223344595', account: '40817810016540001234', address: IVANOV_ADDRESS, amountKopecks: 123456 },
    { recipient: { lastName: 'Кузьмина', firstName: 'Тамара', middleName: 'Фёдоровна' }, account: '40817810016540009876', amountKopecks: 87650 },
  ],
  agreedBy: signed(DEPUTY, '2025-10-13'),
  approvedBy: signed(HEAD, '2025-10-13'),
  compiledBy: signed(CLERK, '2025-10-13'),
};
