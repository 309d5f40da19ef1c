import type { DecisionNoticeData } from '../notices/decision-notice';
import type { AcceptanceRefusalData } from '../notices/acceptance-refusal';
import type { ExtensionNoticeData } from '../notices/extension';
import type { RegistrationJournalData } from '../journal';
import type { Authority, Official, Signature } from '../layout';
import type { RecipientListData } from '../payment-list';
import type { ReceiptData } from '../receipt';
import type { CapitalRepairApplicationData } from './application';
import type { CorrectionApplicationData } from './correction-application';
import type { CapitalRepairGrantDecisionData, CapitalRepairRefusalDecisionData } from './decision';
import type { DeliveryChangeApplicationData } from './delivery-change-application';
import type { FormApplicant } from './request-form';
import { CAPITAL_REPAIR_APPLICATION_TITLE, CAPITAL_REPAIR_SUBJECT, EXTENSION_CHOICES, GRANT_NOTICE_CHANGES_DUTY, REFUSAL_NOTICE_APPEAL } from './texts';
import type { WithdrawalApplicationData } from './withdrawal-application';

// Sample data for tests and previews of the capital-repair outputs (spec §11, Neftekumsk regulation No. 1553).
// The people, numbers and the address of the body are invented; the amounts are the worked examples of spec §9.5
// (their parameters are test fixtures, not legal values).

export const NEFTEKUMSK_AUTHORITY: Authority = {
  name: 'Управление труда и социальной защиты населения администрации Нефтекумского муниципального округа Ставропольского края',
  address: '356880, Ставропольский край, г. Нефтекумск, ул. Ленина, д. 12; тел. 8 (86558) 4-00-00; e-mail: utszn@neftekumsk.example',
};

// the act the grounds' clauses belong to, as it reads after «п. 3.2.4» (2.3.2)
export const REGULATION_ACT =
  'административного регламента, утверждённого постановлением администрации Нефтекумского муниципального округа Ставропольского края от 07.10.2024 № 1553';

const HEAD: Official = { position: 'Начальник управления', name: { lastName: 'Гаврилов', firstName: 'Сергей', middleName: 'Петрович' } };
const DEPARTMENT_HEAD: Official = { position: 'Начальник отдела', name: { lastName: 'Мельникова', firstName: 'Ольга', middleName: 'Ивановна' } };
const CLERK: Official = { position: 'Главный специалист', name: { lastName: 'Юсупова', firstName: 'Динара', middleName: 'Руслановна' } };
const RECEPTION: Official = { position: 'Ведущий специалист', name: { lastName: 'Петренко', firstName: 'Алла', middleName: 'Викторовна' } };

const signed = (official: Official, date: string): Signature => ({ official, date });

export const KRAVCHENKO = {
  lastName: 'Кравченко',
  firstName: 'Валентина',
  middleName: 'Степановна',
  sex: 'female' as const,
};

const KRAVCHENKO_ADDRESS = '356880, Ставропольский край, г. Нефтекумск, ул. Шоссейная, д. 14, кв. 27';

const KRAVCHENKO_FORM: FormApplicant = {
  ...KRAVCHENKO,
  snils: '11223344595',
  passport: { series: '07 03', number: '512345', issuedOn: '2003-06-17', issuedBy: 'ОВД Нефтекумского района Ставропольского края' },
  address: KRAVCHENKO_ADDRESS,
};

const APPLICATION = { registrationNumber: 'КР-2025-000118', date: '2025-03-04' };
const ACCEPTED = { acceptedOn: '2025-03-04', registrationNumber: 'КР-2025-000118', acceptedBy: RECEPTION };

// App 1 filed by a proxy, paid through a bank, the fund on the regional operator's account, accepted at the counter
export const applicationFull: CapitalRepairApplicationData = {
  authority: NEFTEKUMSK_AUTHORITY,
  applicant: {
    ...KRAVCHENKO,
    birthDate: '1948-11-05',
    snils: '11223344595',
    identityDocument: { kind: 'паспорт гражданина Российской Федерации', series: '07 03', number: '512345', issuedOn: '2003-06-17', issuedBy: 'ОВД Нефтекумского района Ставропольского края' },
    registrationAddress: KRAVCHENKO_ADDRESS,
    phone: '8 (928) 000-11-22',
  },
  representative: {
    lastName: 'Кравченко',
    firstName: 'Игорь',
    middleName: 'Олегович',
    kind: 'proxy',
    identityDocument: 'паспорт 07 10 № 654321, выдан 02.02.2011 ОУФМС России по Ставропольскому краю в Нефтекумском районе',
    authorityDocument: 'доверенность от 20.02.2025 № 26АА1234567, удостоверена нотариусом Нефтекумского нотариального округа',
  },
  category: 'A70_ALONE',
  payment: { kind: 'bank', bankName: 'Ставропольское отделение № 5230 ПАО Сбербанк', branch: '5230/00012', bik: '040702615', account: '40817810060000012345', holder: 'applicant' },
  fundFormation: { kind: 'regional_operator', account: '40604810560000000001' },
  hasLift: false,
  managementOrganisation: 'ООО «Управляющая компания «Нефтекумская»',
  registeredPersons: [{ fullName: 'Кравченко Валентина Степановна', birthDate: '1948-11-05', kinship: 'заявитель', registration: 'residence', working: false }],
  attachments: ['Копия паспорта гражданина Российской Федерации (2 л.)', 'Копия доверенности представителя (1 л.)', 'Согласие на обработку персональных данных (1 л.)'],
  submittedOn: '2025-03-04',
  acceptance: ACCEPTED,
};

// App 1 printed for signing at the counter: the citizen herself, by post, a special account, a family of two
export const applicationBlank: CapitalRepairApplicationData = {
  authority: NEFTEKUMSK_AUTHORITY,
  applicant: {
    lastName: 'Бондаренко',
    firstName: 'Пётр',
    middleName: 'Ильич',
    birthDate: '1942-01-30',
    identityDocument: { kind: 'паспорт гражданина Российской Федерации', series: '07 02', number: '100200', issuedOn: '2002-04-11', issuedBy: 'ОВД г. Нефтекумска' },
    registrationAddress: '356884, Ставропольский край, г. Нефтекумск, мкр. 2, д. 5, кв. 40',
  },
  category: 'A80_FAMILY',
  payment: { kind: 'post', postOffice: '356884 Нефтекумск' },
  fundFormation: { kind: 'special_account', owner: 'ТСЖ «Мир»' },
  hasLift: true,
  registeredPersons: [
    { fullName: 'Бондаренко Пётр Ильич', birthDate: '1942-01-30', kinship: 'заявитель', registration: 'residence', working: false },
    { fullName: 'Бондаренко Зинаида Павловна', birthDate: '1946-08-14', kinship: 'супруга', registration: 'residence', working: false, disabilityGroup: 'II' },
  ],
  attachments: [],
  submittedOn: '2025-03-05',
};

// the tear-off receipt of App 1 as a document of its own (sent for an electronically filed application)
export const receipt: ReceiptData = {
  authority: NEFTEKUMSK_AUTHORITY,
  registrationNumber: 'КР-2025-000118',
  registrationDate: '2025-03-04',
  applicant: KRAVCHENKO,
  serviceTitle: 'Принятие решения о предоставлении компенсации расходов на уплату взноса на капитальный ремонт',
  applicationTitle: CAPITAL_REPAIR_APPLICATION_TITLE,
  documents: [
    { title: 'Заявление о назначении компенсации и способе ее доставки', form: 'original', copies: 1, sheets: 2 },
    { title: 'Сведения о зарегистрированных в жилом помещении гражданах', form: 'original', copies: 1, sheets: 1 },
    { title: 'Копия паспорта гражданина Российской Федерации', form: 'copy', copies: 1, sheets: 2 },
  ],
  acceptedBy: RECEPTION,
};

export const journal: RegistrationJournalData = {
  authority: NEFTEKUMSK_AUTHORITY,
  title: 'Журнал регистрации заявлений о назначении компенсации расходов на уплату взноса на капитальный ремонт',
  period: { from: '2025-03-03', to: '2025-03-07' },
  firstLineNumber: 117,
  printedOn: '2025-03-31',
  entries: [
    {
      registrationNumber: 'КР-2025-000117',
      registeredOn: '2025-03-03',
      registeredAt: '09:15',
      applicant: { lastName: 'Бондаренко', firstName: 'Пётр', middleName: 'Ильич' },
      address: 'г. Нефтекумск, мкр. 2, д. 5, кв. 40',
      categories: ['A80_FAMILY'],
      channel: 'лично',
      acceptedBy: RECEPTION.name,
      result: { title: 'отказано (REF-02)', number: '313', date: '2025-03-19' },
    },
    {
      registrationNumber: 'КР-2025-000118',
      registeredOn: '2025-03-04',
      registeredAt: '10:42',
      applicant: KRAVCHENKO,
      address: 'г. Нефтекумск, ул. Шоссейная, д. 14, кв. 27',
      categories: ['A70_ALONE'],
      channel: 'лично (представитель)',
      acceptedBy: RECEPTION.name,
      result: { title: 'назначена', number: '312', date: '2025-03-19' },
    },
    {
      registrationNumber: 'КР-2025-000121',
      registeredOn: '2025-03-07',
      registeredAt: '16:05',
      applicant: { lastName: 'Алиев', firstName: 'Руслан', middleName: 'Гусейн оглы' },
      categories: ['A70_FAMILY'],
      channel: 'ЕПГУ',
    },
  ],
};

const decisionBase = {
  authority: NEFTEKUMSK_AUTHORITY,
  date: '2025-03-19',
  applicant: { ...KRAVCHENKO, registrationAddress: KRAVCHENKO_ADDRESS },
  calculatedBy: signed(CLERK, '2025-03-17'),
  checkedBy: signed(DEPARTMENT_HEAD, '2025-03-18'),
  head: signed(HEAD, '2025-03-19'),
};

const A70_ALONE = { code: 'A70_ALONE', title: 'одиноко проживающий неработающий собственник жилого помещения, достигший возраста 70 лет', clause: 'п. 1.2' };

// spec §9.5 example 1: A70_ALONE, sole owner of 45.0 m², no lift → 165,00 руб. a month
export const grantDecision: CapitalRepairGrantDecisionData = {
  ...decisionBase,
  number: '312',
  application: { ...APPLICATION, appliedOn: '2025-03-03' },
  category: A70_ALONE,
  calculation: {
    totalAreaM2: 45,
    householdSize: 1,
    share: { numerator: 1, denominator: 1 },
    shareAreaM2: 45,
    standardM2: 33,
    areaBasisM2: 33,
    rateKopecksPerM2: 1000,
    costKopecks: 33000,
    benefitPercent: 50,
    amountKopecks: 16500,
  },
  period: { from: '2025-04-01', to: '2026-03-31' },
  payment: { kind: 'bank', organisation: 'ПАО Сбербанк', branch: '5230/00012', bik: '040702615', account: '40817810060000012345' },
};

// spec §9.5 example 4: A80_FAMILY of three, owns 1/3 of 60.0 m², lift, PER_PERSON_STANDARD → 216,00 руб.; by post, no end date
export const grantDecisionFamily: CapitalRepairGrantDecisionData = {
  ...decisionBase,
  number: '314',
  application: { registrationNumber: 'КР-2025-000120', date: '2025-03-06' },
  applicant: { lastName: 'Бондаренко', firstName: 'Пётр', middleName: 'Ильич', registrationAddress: '356884, Ставропольский край, г. Нефтекумск, мкр. 2, д. 5, кв. 40' },
  category: {
    code: 'A80_FAMILY',
    title: 'собственник жилого помещения, достигший возраста 80 лет, проживающий в составе семьи, состоящей только из совместно проживающих неработающих граждан пенсионного возраста и (или) неработающих инвалидов I и (или) II группы',
    clause: 'п. 1.2',
  },
  calculation: {
    totalAreaM2: 60,
    householdSize: 3,
    share: { numerator: 1, denominator: 3 },
    shareAreaM2: 20,
    standardM2: 18,
    areaBasisM2: 18,
    rateKopecksPerM2: 1200,
    costKopecks: 21600,
    benefitPercent: 100,
    amountKopecks: 21600,
  },
  period: { from: '2025-04-01' },
  payment: { kind: 'post', organisation: 'ОПС 356884 Нефтекумск' },
};

const REF_02 = { code: 'REF-02', title: 'заявитель не является собственником жилого помещения', clause: '3.2.4', act: REGULATION_ACT };
const REF_04 = {
  code: 'REF-04',
  title: 'отсутствие у заявителя регистрации по месту жительства по адресу, по которому заявлено предоставление компенсации',
  clause: '3.2.4',
  act: REGULATION_ACT,
};

export const refusalDecision: CapitalRepairRefusalDecisionData = {
  ...decisionBase,
  number: '313',
  application: { registrationNumber: 'КР-2025-000117', date: '2025-03-03' },
  applicant: { lastName: 'Бондаренко', firstName: 'Пётр', middleName: 'Ильич', registrationAddress: '356884, Ставропольский край, г. Нефтекумск, мкр. 2, д. 5, кв. 40' },
  grounds: [REF_02],
};

// I-36: the result of a withdrawal is a refusal with REF-11
export const withdrawalRefusalDecision: CapitalRepairRefusalDecisionData = {
  ...decisionBase,
  number: '320',
  date: '2025-03-11',
  calculatedBy: signed(CLERK, '2025-03-11'),
  checkedBy: signed(DEPARTMENT_HEAD, '2025-03-11'),
  head: signed(HEAD, '2025-03-11'),
  application: APPLICATION,
  category: A70_ALONE,
  grounds: [{ code: 'REF-11', title: 'отзыв заявителем заявления', clause: '3.3.1', act: REGULATION_ACT }, REF_04],
};

const letter = {
  authority: NEFTEKUMSK_AUTHORITY,
  applicant: { ...KRAVCHENKO, address: KRAVCHENKO_ADDRESS },
  signedBy: HEAD,
  executor: { name: CLERK.name, phone: '8 (86558) 4-12-34' },
};

// App 5
export const grantNotice: DecisionNoticeData = {
  ...letter,
  number: '01-12/512',
  date: '2025-03-20',
  subject: CAPITAL_REPAIR_SUBJECT,
  application: { date: APPLICATION.date, registrationNumber: APPLICATION.registrationNumber },
  decision: { number: '312', date: '2025-03-19' },
  delivery: { channel: 'post' },
  outcome: 'grant',
  firstPaymentMonth: '2025-04',
  assignedFrom: '2025-04-01',
  amount: { kopecks: 16500, per: 'ежемесячно' },
  paymentMethod: { kind: 'bank', details: 'ПАО Сбербанк, счёт № ****2345' },
  remarks: [GRANT_NOTICE_CHANGES_DUTY],
  calculatedBy: CLERK,
  checkedBy: DEPARTMENT_HEAD,
};

// App 6
export const refusalNotice: DecisionNoticeData = {
  ...letter,
  applicant: { lastName: 'Бондаренко', firstName: 'Пётр', middleName: 'Ильич', address: '356884, Ставропольский край, г. Нефтекумск, мкр. 2, д. 5, кв. 40' },
  number: '01-12/513',
  date: '2025-03-20',
  subject: CAPITAL_REPAIR_SUBJECT,
  application: { date: '2025-03-03', registrationNumber: 'КР-2025-000117' },
  decision: { number: '313', date: '2025-03-19' },
  delivery: { channel: 'in_person' },
  outcome: 'refuse',
  grounds: [REF_02],
  appeal: REFUSAL_NOTICE_APPEAL,
  calculatedBy: CLERK,
  checkedBy: DEPARTMENT_HEAD,
};

// App 8
export const extensionNotice: ExtensionNoticeData = {
  ...letter,
  number: '01-12/488',
  date: '2025-03-18',
  serviceTitle: 'Принятие решения о предоставлении компенсации расходов на уплату взноса на капитальный ремонт',
  subject: CAPITAL_REPAIR_SUBJECT,
  application: { acceptedOn: '2025-03-04', registrationNumber: APPLICATION.registrationNumber, title: CAPITAL_REPAIR_APPLICATION_TITLE },
  workingDays: 20,
  reason: { ...EXTENSION_CHOICES[1], details: 'Ответ ГИС ЖКХ на запрос от 06.03.2025 не поступил' },
  choices: EXTENSION_CHOICES,
  newDueDate: '2025-04-15',
};

// App 13
export const acceptanceRefusal: AcceptanceRefusalData = {
  ...letter,
  number: '01-12/430',
  date: '2025-03-04',
  serviceTitle: 'Принятие решения о предоставлении компенсации расходов на уплату взноса на капитальный ремонт',
  subject: CAPITAL_REPAIR_SUBJECT,
  application: { date: '2025-03-03' },
  grounds: [{ code: 'REJ-04', title: 'фамилия, имя, отчество заявителя написаны не полностью', clause: '3.2.1.4', act: REGULATION_ACT }],
  returned: { documents: [{ title: 'Заявление о назначении компенсации', form: 'original', copies: 1, sheets: 2 }], delivery: { channel: 'in_person' } },
};

// App 9
export const withdrawalApplication: WithdrawalApplicationData = {
  authority: NEFTEKUMSK_AUTHORITY,
  applicant: KRAVCHENKO_FORM,
  application: { date: '2025-03-04', registrationNumber: APPLICATION.registrationNumber },
  delivery: { method: 'EMAIL', email: 'v.kravchenko@example.ru' },
  signedOn: '2025-03-07',
  acceptance: { acceptedOn: '2025-03-07', registrationNumber: 'КР-2025-000122', acceptedBy: RECEPTION },
};

// App 10
export const deliveryChangeApplication: DeliveryChangeApplicationData = {
  authority: NEFTEKUMSK_AUTHORITY,
  applicant: KRAVCHENKO_FORM,
  bank: { name: 'АО «Почта Банк»', bik: '044525214', account: '40817 81050 0000 098765' },
  signedOn: '2025-05-12',
  acceptance: { acceptedOn: '2025-05-12', registrationNumber: 'КР-2025-000210', acceptedBy: RECEPTION },
};

// App 11
export const correctionApplication: CorrectionApplicationData = {
  authority: NEFTEKUMSK_AUTHORITY,
  applicant: KRAVCHENKO_FORM,
  kind: 'typo',
  document: 'решении от 19.03.2025 № 312 о назначении компенсации расходов на уплату взноса на капитальный ремонт',
  description: 'в строке «Адрес регистрации» указан дом № 41 вместо дома № 14',
  correctText: '356880, Ставропольский край, г. Нефтекумск, ул. Шоссейная, д. 14, кв. 27',
  attachments: ['Решение от 19.03.2025 № 312 (1 л.)', 'Копия паспорта гражданина Российской Федерации (2 л.)'],
  delivery: { method: 'PAPER_AT_BODY' },
  signedOn: '2025-03-27',
};

// 3.2.6: the list the bank receives for April 2025
export const recipientList: RecipientListData = {
  authority: NEFTEKUMSK_AUTHORITY,
  number: '4',
  date: '2025-04-03',
  month: '2025-04',
  payee: 'ПАО Сбербанк, Ставропольское отделение № 5230, БИК 040702615',
  lines: [
    { recipient: KRAVCHENKO, snils: '11223344595', account: '40817810060000012345', amountKopecks: 16500 },
    { recipient: { lastName: 'Гусейнова', firstName: 'Айшат', middleName: 'Магомедовна' }, account: '40817810060000054321', amountKopecks: 50400 },
    { recipient: { lastName: 'Бондаренко', firstName: 'Пётр', middleName: 'Ильич' }, postOffice: '356884 Нефтекумск', amountKopecks: 21600 },
  ],
  compiledBy: signed(CLERK, '2025-04-02'),
  chiefAccountant: signed({ position: 'Главный бухгалтер', name: { lastName: 'Сидоренко', firstName: 'Лариса', middleName: 'Николаевна' } }, '2025-04-03'),
  approvedBy: signed(HEAD, '2025-04-03'),
};
