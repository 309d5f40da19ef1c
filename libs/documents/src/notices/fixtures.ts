import type { Authority, Official } from '../layout';
import type { AcceptanceRefusalData } from './acceptance-refusal';
import type { DecisionNoticeData } from './decision-notice';
import type { ExtensionNoticeData } from './extension';
import type { Executor, NoticeApplicant } from './letter';
import type { MissingDocumentsNoticeData } from './missing-documents';
import type { CorrectionRefusalNoticeData } from './correction-refusal';
import type { NoErrorNoticeData } from './no-error';
import type { PaymentDetailsChangeNoticeData } from './payment-details-change';
import type { ReworkReturnNoticeData } from './rework-return';
import type { WithdrawalData } from './withdrawal';

// Sample data for tests and previews of the notices: each document with only what it needs, and with everything.
// The office follows the capital-repair regulation (Stavropol krai); the people and numbers are invented.

export const CAPITAL_REPAIR_TITLE =
  'Назначение и выплата компенсации расходов на уплату взноса на капитальный ремонт общего имущества в многоквартирном доме';

export const CAPITAL_REPAIR_SUBJECT = {
  genitive: 'компенсации расходов на уплату взноса на капитальный ремонт',
  accusative: 'компенсацию расходов на уплату взноса на капитальный ремонт',
};

const AUTHORITY: Authority = {
  name: 'Управление труда и социальной защиты населения администрации Шпаковского муниципального округа',
  address: '356240, Ставропольский край, г. Михайловск, ул. Ленина, д. 113; тел. 8 (86553) 6-00-00; e-mail: utszn@shpak.ru',
};

const MINIMAL_AUTHORITY: Authority = { name: 'Управление социальной защиты населения' };

export const SOKOLOVA: NoticeApplicant = {
  lastName: 'Соколова',
  firstName: 'Анна',
  middleName: 'Викторовна',
  sex: 'female',
  address: '356240, Ставропольский край, г. Михайловск, ул. Гагарина, д. 7, кв. 12',
};

// no patronymic, no sex, no address: the least a notice can be addressed with
const KIM: NoticeApplicant = { lastName: 'Ким', firstName: 'Саша' };

const HEAD: Official = {
  position: 'Начальник управления',
  name: { lastName: 'Белоусов', firstName: 'Олег', middleName: 'Николаевич' },
};

const EXECUTOR: Executor = { name: { lastName: 'Гришина', firstName: 'Татьяна', middleName: 'Андреевна' }, phone: '8 (86553) 6-12-34' };

const full = { authority: AUTHORITY, applicant: SOKOLOVA, signedBy: HEAD, executor: EXECUTOR };
const minimal = { authority: MINIMAL_AUTHORITY, applicant: KIM, signedBy: HEAD };

const EXT_01 = {
  code: 'EXT-01',
  title: 'необходимость проведения дополнительной проверки (комиссионного обследования) сведений, содержащихся в заявлении и документах',
  clause: '2.4',
};

export const acceptanceRefusalFull: AcceptanceRefusalData = {
  ...full,
  number: '01-15/842',
  date: '2025-03-04',
  serviceTitle: CAPITAL_REPAIR_TITLE,
  application: { date: '2025-03-03', registrationNumber: 'КР-2025-000311' },
  grounds: [
    {
      code: 'REJ-08',
      title: 'поля формы заявления заполнены не в полном объёме',
      clause: '3.2.1.4',
      details: 'не указан способ формирования фонда капитального ремонта',
    },
    { code: 'REJ-05', title: 'документы утратили силу', clause: '3.2.1.4', details: 'справка о составе семьи выдана 12.06.2024' },
  ],
  returned: {
    documents: [
      { title: 'Заявление о назначении компенсации', form: 'original', copies: 1, sheets: 2 },
      { title: 'Справка о составе семьи', form: 'original', copies: 1, sheets: 1 },
    ],
    delivery: { channel: 'post' },
  },
  appeal:
    'в досудебном (внесудебном) порядке путём подачи жалобы главе Шпаковского муниципального округа, а также в судебном порядке',
};

export const acceptanceRefusalMinimal: AcceptanceRefusalData = {
  ...minimal,
  number: '17',
  date: '2025-03-04',
  serviceTitle: CAPITAL_REPAIR_TITLE,
  application: { date: '2025-03-03' },
  grounds: [{ code: 'REJ-12', title: 'заявление подано в орган, не уполномоченный на предоставление услуги' }],
  returned: { documents: [], delivery: { channel: 'in_person' } },
};

export const missingDocumentsFull: MissingDocumentsNoticeData = {
  ...full,
  number: '01-15/861',
  date: '2025-03-06',
  serviceTitle: CAPITAL_REPAIR_TITLE,
  application: { date: '2025-03-05', registrationNumber: 'КР-2025-000327' },
  documents: [
    { title: 'Документ, подтверждающий право собственности на жилое помещение', issue: 'missing' },
    { title: 'Сведения о зарегистрированных в жилом помещении гражданах', issue: 'invalid', details: 'не указано число лиц, зарегистрированных по месту пребывания' },
  ],
  deadline: '2025-04-03',
  deadlineBasis: '20 рабочих дней со дня направления уведомления, п. 2.6.1 регламента',
  submitTo: 'лично в управление по адресу: г. Михайловск, ул. Ленина, д. 113, каб. 5, или через МФЦ',
  consequence: {
    code: 'REF-09',
    title: 'документы, указанные в уведомлении о недостающих документах, не представлены в установленный срок',
    clause: '3.2.1.1',
  },
  termRestartsOnSubmission: true,
};

export const missingDocumentsMinimal: MissingDocumentsNoticeData = {
  ...minimal,
  number: '18',
  date: '2025-03-06',
  serviceTitle: CAPITAL_REPAIR_TITLE,
  application: { date: '2025-03-05' },
  documents: [{ title: 'Паспорт гражданина Российской Федерации', issue: 'missing' }],
  deadline: '2025-04-03',
  consequence: { code: 'REF-09', title: 'документы не представлены в установленный срок' },
};

export const extensionFull: ExtensionNoticeData = {
  ...full,
  number: '01-15/902',
  date: '2025-03-18',
  serviceTitle: CAPITAL_REPAIR_TITLE,
  application: { acceptedOn: '2025-03-04', registrationNumber: 'КР-2025-000315' },
  workingDays: 20,
  reason: { ...EXT_01, details: 'назначено комиссионное обследование жилого помещения' },
  previousDueDate: '2025-03-18',
  newDueDate: '2025-04-15',
};

export const extensionMinimal: ExtensionNoticeData = {
  ...minimal,
  number: '19',
  date: '2025-03-18',
  serviceTitle: CAPITAL_REPAIR_TITLE,
  application: { acceptedOn: '2025-03-04' },
  workingDays: 20,
  reason: { code: 'EXT-02', title: 'непоступление информации, запрошенной в порядке межведомственного электронного взаимодействия' },
  newDueDate: '2025-04-15',
};

export const reworkReturnFull: ReworkReturnNoticeData = {
  ...full,
  number: '01-15/880',
  date: '2025-03-12',
  serviceTitle: CAPITAL_REPAIR_TITLE,
  application: { date: '2025-03-10', registrationNumber: 'КР-2025-000340' },
  ground: { code: 'SUS-02', title: 'заявление и документы содержат недостоверные и (или) неполные сведения', clause: '2.8.1' },
  items: [
    { document: 'Заявление', correction: 'указать номер лицевого счёта в кредитной организации полностью (20 цифр)' },
    { document: 'Сведения о зарегистрированных в жилом помещении гражданах', correction: 'указать дату рождения каждого зарегистрированного' },
  ],
  returnWithinWorkingDays: 5,
  returnBy: '2025-03-19',
  delivery: { channel: 'mfc', details: 'МФЦ Шпаковского муниципального округа, г. Михайловск, ул. Ленина, д. 1' },
  consequence: { code: 'REF-07', title: 'документы представлены не в полном объёме либо содержат недостоверные сведения', clause: '3.2.4' },
};

export const reworkReturnMinimal: ReworkReturnNoticeData = {
  ...minimal,
  number: '20',
  date: '2025-03-12',
  serviceTitle: CAPITAL_REPAIR_TITLE,
  application: { date: '2025-03-10' },
  items: [{ document: 'Заявление', correction: 'заполнить поле «СНИЛС»' }],
  returnWithinWorkingDays: 5,
};

export const grantNoticeFull: DecisionNoticeData = {
  ...full,
  number: '01-15/955',
  date: '2025-03-20',
  subject: CAPITAL_REPAIR_SUBJECT,
  application: { date: '2025-03-04', registrationNumber: 'КР-2025-000315' },
  decision: { number: '312', date: '2025-03-19' },
  delivery: { channel: 'post' },
  outcome: 'grant',
  firstPaymentMonth: '2025-04',
  paymentMethod: { kind: 'bank', details: 'ПАО Сбербанк, счёт № ****4312' },
  amount: { kopecks: 98765, per: 'в месяц' },
  remarks: [
    'О наступлении обстоятельств, влекущих изменение размера компенсации или прекращение её выплаты, Вы обязаны сообщить в управление в течение десяти рабочих дней',
  ],
};

export const grantNoticeMinimal: DecisionNoticeData = {
  ...minimal,
  number: '21',
  date: '2025-03-20',
  subject: CAPITAL_REPAIR_SUBJECT,
  application: { date: '2025-03-04' },
  decision: { number: '312', date: '2025-03-19' },
  delivery: { channel: 'portal' },
  outcome: 'grant',
  firstPaymentMonth: '2025-04',
};

export const refusalNoticeFull: DecisionNoticeData = {
  ...full,
  number: '01-15/956',
  date: '2025-03-20',
  subject: CAPITAL_REPAIR_SUBJECT,
  application: { date: '2025-03-04', registrationNumber: 'КР-2025-000316' },
  decision: { number: '313', date: '2025-03-19' },
  delivery: { channel: 'mfc', details: 'МФЦ Шпаковского муниципального округа' },
  outcome: 'refuse',
  grounds: [
    { code: 'REF-02', title: 'заявитель не является собственником жилого помещения', clause: '3.2.4' },
    { code: 'REF-06', title: 'наличие задолженности по уплате взноса на капитальный ремонт', clause: '3.2.4', details: 'подтверждена решением суда от 15.11.2024' },
  ],
  appeal: 'в досудебном (внесудебном) порядке в министерство труда и социальной защиты населения Ставропольского края, а также в судебном порядке',
};

export const refusalNoticeMinimal: DecisionNoticeData = {
  ...minimal,
  number: '22',
  date: '2025-03-20',
  subject: CAPITAL_REPAIR_SUBJECT,
  application: { date: '2025-03-04' },
  decision: { number: '313', date: '2025-03-19' },
  delivery: { channel: 'in_person' },
  outcome: 'refuse',
  grounds: [{ code: 'REF-01', title: 'представленные документы не подтверждают право на компенсацию' }],
};

export const withdrawalFull: WithdrawalData = {
  ...full,
  number: '01-15/871',
  date: '2025-03-11',
  serviceTitle: CAPITAL_REPAIR_TITLE,
  application: { date: '2025-03-04', registrationNumber: 'КР-2025-000315' },
  withdrawal: { date: '2025-03-07', registrationNumber: 'КР-2025-000333' },
  ground: { code: 'REF-11', title: 'отзыв заявителем заявления', clause: '3.3.1' },
  returned: {
    documents: [
      { title: 'Заявление о назначении компенсации', form: 'original', copies: 1, sheets: 2 },
      { title: 'Копия паспорта гражданина Российской Федерации', form: 'copy', copies: 1, sheets: 2 },
    ],
    delivery: { channel: 'in_person' },
  },
};

export const withdrawalMinimal: WithdrawalData = {
  ...minimal,
  number: '23',
  date: '2025-03-11',
  serviceTitle: CAPITAL_REPAIR_TITLE,
  application: { date: '2025-03-04' },
  withdrawal: { date: '2025-03-07' },
  returned: { documents: [], delivery: { channel: 'email', details: 'a.sokolova@example.ru' } },
};

export const noErrorFull: NoErrorNoticeData = {
  ...full,
  number: '01-15/990',
  date: '2025-04-02',
  correctionApplication: { date: '2025-03-27', registrationNumber: 'КР-2025-000402' },
  document: { number: '312', date: '2025-03-19', title: 'о назначении компенсации расходов на уплату взноса на капитальный ремонт' },
  claimed: 'в решении неверно указана площадь жилого помещения (52,4 кв. м вместо 54,2 кв. м)',
  finding: 'Площадь 52,4 кв. м соответствует выписке из Единого государственного реестра недвижимости от 05.03.2025',
  ground: { code: 'TYPO-REF-01', title: 'в выданном документе опечатки и (или) ошибки отсутствуют', clause: '3.5.1' },
};

export const noErrorMinimal: NoErrorNoticeData = {
  ...minimal,
  number: '24',
  date: '2025-04-02',
  correctionApplication: { date: '2025-03-27' },
  document: { number: '312', date: '2025-03-19' },
};

const TYPO_REF_02 = {
  code: 'TYPO-REF-02',
  title: 'заявление об исправлении не соответствует установленной форме и (или) содержанию (неполные сведения)',
  clause: '3.5.1',
};

export const correctionRefusalFull: CorrectionRefusalNoticeData = {
  ...full,
  number: '01-15/995',
  date: '2025-04-03',
  correctionApplication: { date: '2025-03-27', registrationNumber: 'КР-2025-000402' },
  document: { number: '312', date: '2025-03-19', title: 'о назначении компенсации расходов на уплату взноса на капитальный ремонт' },
  grounds: [{ ...TYPO_REF_02, details: 'не указано, как следует изложить сведения, содержащие опечатку' }],
  delivery: { channel: 'post' },
};

export const correctionRefusalMinimal: CorrectionRefusalNoticeData = {
  ...minimal,
  number: '25',
  date: '2025-04-03',
  correctionApplication: { date: '2025-03-27' },
  document: { number: '312', date: '2025-03-19' },
  grounds: [TYPO_REF_02, { code: 'TYPO-REF-03', title: 'отсутствие одного или нескольких необходимых документов (сведений)', clause: '3.5.1' }],
};

export const paymentDetailsChangeFull: PaymentDetailsChangeNoticeData = {
  ...full,
  number: '01-15/1004',
  date: '2025-04-08',
  subject: CAPITAL_REPAIR_SUBJECT,
  application: { date: '2025-04-03', registrationNumber: 'КР-2025-000415' },
  previous: { kind: 'bank', organisation: 'ПАО Сбербанк', bik: '040702615', account: '40817 81006 0000 1234 5' },
  next: { kind: 'bank', organisation: 'АО «Почта Банк»', bik: '044525214', account: '40817810500000098765' },
  fromMonth: '2025-05',
};

export const paymentDetailsChangeMinimal: PaymentDetailsChangeNoticeData = {
  ...minimal,
  number: '25',
  date: '2025-04-08',
  subject: CAPITAL_REPAIR_SUBJECT,
  application: { date: '2025-04-03' },
  previous: { kind: 'post' },
  next: { kind: 'unified_social_card' },
  fromMonth: '2025-05',
};
