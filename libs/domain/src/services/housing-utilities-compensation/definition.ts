import type { TermDefinition } from '../../terms/term-definition';
import type { Channel, DocumentRequirement, OtherTerm, OutputDocument, ServiceDefinition, Variant } from '../service-definition';
import { housingApplicationSchema, type HousingApplication } from './application.schema';
import { HOUSING_CATEGORIES } from './categories';
import { paymentStartMonth } from './eligibility';
import { housingEvaluation } from './evaluate';
import { HOUSING_GROUNDS, MFC_CHANNELS } from './grounds';
import { HOUSING_INTERAGENCY } from './interagency';
import { housingParametersSchema } from './parameters';
import { HOUSING_INITIAL_EVENT, housingWorkflow } from './workflow';

// Source: draft regulation of Sosva urban district, resolution No. 250 of 27.04.2020 (spec housing-utilities-compensation.md).
// The authority's time zone is Asia/Yekaterinburg (ARCHITECTURE 3.1); A21: a draft — keep every time limit configurable.

// §3.2 (cl. 14, 26, 43): the legal day of receipt is the day the application reaches the Institution on every
// channel — no channel moves it: an electronic application received on a non-working day is registered "no later than
// the working day following the day of receipt" (T07, T08), and A3 counts that day even when it is a day off.
// Acceptance (T20's start) is the registration day: in person the day of the visit, post and MFC the day of receipt
// (A24, cl. 14), ЕПГУ the day of the "accepted" message sent with registration (cl. 14, 75).
const sameDay = (clause: string): Channel['receipt'] => ({ nonWorkingDayToNext: false, afterHoursToNext: false, clause });

const channels: Channel[] = [
  { code: 'IN_PERSON', title: 'Лично в Учреждении по месту жительства', clause: 'пп. 16, 17, 26, 43', receipt: sameDay('пп. 26, 43 (день подачи; A24)') },
  // cl. 33, 88: passed on within 1 working day of the MFC's acceptance (T12); the MFC sends no interagency requests (cl. 90)
  { code: 'MFC', title: 'Через МФЦ', clause: 'пп. 16, 33, 84–90', receipt: sameDay('пп. 14, 26 (день поступления в Учреждение)') },
  // cl. 30(3), 34: only where the documents can be passed from the MFC electronically (integration of systems)
  { code: 'MFC_EXTRATERRITORIAL', title: 'Через МФЦ по экстерриториальному принципу', clause: 'подп. 3 п. 30, п. 34', receipt: sameDay('пп. 14, 26 (день поступления в Учреждение)') },
  // cl. 94: the MFC worker forms and seals the application; a dependent request is passed on after the other results (T14)
  { code: 'MFC_COMPLEX', title: 'Комплексный запрос в МФЦ', clause: 'подп. 4 п. 30, п. 94', receipt: sameDay('пп. 14, 26, 94 (день поступления в Учреждение)') },
  // cl. 17, 73: signed with a simple or qualified e-signature, sent to the authority at the place of residence
  { code: 'EPGU', title: 'Через Единый портал (ЕПГУ)', clause: 'пп. 17, 73–75', receipt: sameDay('пп. 26, 43, 75 (день поступления; A3)'), electronic: true },
  // A20: postal intake is named in cl. 26, 38, 43; accepted on the day of receipt
  { code: 'POST', title: 'Почтовым отправлением', clause: 'пп. 26, 38, 43; A20', receipt: sameDay('пп. 26, 43 (день поступления; A20, A24)') },
];

// The text defines no variants (spec §7); these follow the paths it describes. The MFC paths take their documents
// at the MFC counter (cl. 85) and reach the Institution within 1 working day (T12–T14); an MFC delivery that names no
// variant is taken as MAIN, the transfer term follows from its channel all the same.
const variants: Variant[] = [
  {
    code: 'MAIN',
    title: 'Назначение компенсации расходов',
    description:
      'Заявление о назначении компенсации расходов, поданное лично, по почте, через ЕПГУ или через МФЦ, когда МФЦ не указал свой вариант (пп. 16, 17, 26, 73)',
  },
  {
    code: 'MFC',
    title: 'Назначение компенсации расходов через МФЦ',
    description:
      'Заявление, принятое МФЦ (в том числе по экстерриториальному принципу); МФЦ передает его в Учреждение не позднее следующего рабочего дня (T12); отказ в приеме в МФЦ — только по ACC_REJ_01 и ACC_REJ_MFC_04 (п. 85); межведомственные запросы МФЦ не направляет (п. 90)',
  },
  {
    code: 'MFC_COMPLEX',
    title: 'Назначение компенсации расходов по комплексному запросу',
    description:
      'Заявление формирует работник МФЦ и скрепляет печатью МФЦ, заявитель его не подписывает; передается с заверенной копией комплексного запроса не позднее следующего рабочего дня после оформления запроса (T13) либо после получения результатов других услуг (T14); сроки услуги — не ранее поступления в Учреждение (п. 94)',
  },
  {
    code: 'TYPO_CORRECTION',
    title: 'Исправление опечаток и ошибок в решении',
    description: 'Заявление в произвольной форме об исправлении опечаток и (или) ошибок в выданном решении; рассматривается в течение 3 рабочих дней (пп. 95, 96)',
  },
];

const APPLICATION_VARIANTS = ['MAIN', 'MFC', 'MFC_COMPLEX'];

const documents: DocumentRequirement[] = [
  { code: 'APPLICATION', title: 'Заявление о назначении компенсации расходов', providedBy: 'applicant', mandatory: true, clause: 'п. 16, подп. 1 п. 41', variants: ['MAIN', 'MFC'] },
  {
    code: 'COMPLEX_REQUEST_APPLICATION',
    title: 'Заявление, сформированное работником МФЦ по комплексному запросу и скрепленное печатью МФЦ',
    providedBy: 'applicant',
    mandatory: true,
    clause: 'п. 94',
    variants: ['MFC_COMPLEX'],
  },
  { code: 'COMPLEX_REQUEST_COPY', title: 'Заверенная МФЦ копия комплексного запроса', providedBy: 'applicant', mandatory: true, clause: 'п. 94', variants: ['MFC_COMPLEX'] },
  {
    code: 'IDENTITY_DOCUMENT',
    title: 'Паспорт или иной документ, удостоверяющий личность (иностранные граждане и лица без гражданства — разрешение на временное проживание или вид на жительство)',
    providedBy: 'applicant',
    mandatory: true,
    clause: 'пп. 16, 85',
    variants: APPLICATION_VARIANTS,
  },
  {
    code: 'REPRESENTATIVE_AUTHORITY',
    title: 'Документ, подтверждающий полномочия представителя (доверенность)',
    providedBy: 'applicant',
    mandatory: 'if_representative',
    clause: 'п. 16, подп. 1 п. 41, подп. 1 п. 85',
  },
  {
    code: 'REPRESENTATIVE_IDENTITY',
    title: 'Документ, удостоверяющий личность представителя',
    providedBy: 'applicant',
    mandatory: 'if_representative',
    clause: 'подп. 1 п. 41, подп. 1 п. 85',
  },
  {
    code: 'CORRECTION_APPLICATION',
    title: 'Заявление об исправлении опечаток и (или) ошибок в решении (в произвольной форме)',
    providedBy: 'applicant',
    mandatory: true,
    clause: 'п. 95',
    variants: ['TYPO_CORRECTION'],
  },
  // cl. 18: the applicant may bring D1–D7 himself; not bringing them is no refusal ground
  ...HOUSING_INTERAGENCY.map((d): DocumentRequirement => ({ code: d.code, title: d.title, providedBy: 'interagency', mandatory: false, clause: d.clause, variants: APPLICATION_VARIANTS })),
];

const ALL_MFC = [...MFC_CHANNELS];

// Case clocks (§6). Events are those of housingWorkflow; 'receive' is the engine's opening of the case. A3: "within
// N working days from X" ends on the N-th working day after X ('next_day'). The terms that are no clock on a case are
// `otherTerms`. T12–T14 are the MFC's: they start before the case exists, so they have no start event and are checked
// on delivery.
const otherTerms: OtherTerm[] = [
  { id: 'T01', title: 'Публичное обсуждение проекта регламента (27.04–27.05.2020)', reason: 'Не относится к делу' },
  { id: 'T02', title: 'Ожидание в очереди при подаче заявления и получении результата (до 15 минут)', reason: 'Минуты в очереди до открытия дела' },
  { id: 'T03', title: 'Взаимодействие с должностным лицом (до 15 минут)', reason: 'Минуты на приеме, до открытия дела или после его завершения' },
  { id: 'T04', title: 'Прием и первичная проверка документов (до 10 минут)', reason: 'Минуты приема до открытия дела; T05 считается с открытия' },
  { id: 'T11', title: 'Прием документов в МФЦ (до 10 минут)', reason: 'Минуты в МФЦ до поступления дела в учреждение' },
  { id: 'T16', title: 'Ответы на межведомственные запросы', reason: 'Регламент срок не устанавливает (A7): у каждого запроса свой срок ответа — 5 рабочих дней (210-ФЗ, ст. 7.2)' },
  { id: 'T19', title: 'Утверждение решения главой', reason: 'Собственного срока нет: входит в T20 (A6)' },
  { id: 'T24', title: 'Начало выплаты', reason: 'Правило месяца, а не срок: с месяца, следующего за месяцем подачи (A4)' },
  { id: 'T25', title: 'Расчетный месяц сведений о платежах и начислениях (D4)', reason: 'Правило месяца: месяц, предшествующий месяцу обращения' },
  { id: 'T26', title: 'Информирование о ходе предоставления услуги', reason: 'Сообщается вместе с самим действием (статусы канала, пп. 75, 78)' },
  { id: 'T27', title: 'Хранение заявлений и черновиков на ЕПГУ', reason: 'Обязанность портала' },
  { id: 'T28', title: 'Выдача результата в МФЦ (до 10 минут)', reason: 'Минуты в МФЦ после завершения дела' },
  { id: 'T30', title: 'Рассмотрение жалобы', reason: 'Срок жалобы, а не дела (A15: 210-ФЗ, ст. 11.2)' },
  { id: 'T31', title: 'Плановые проверки', reason: 'Контроль учреждения, а не дела (п. 99)' },
];

const terms: TermDefinition[] = [
  {
    id: 'T05',
    title: 'Регистрация заявления или отказ в приеме при личном обращении',
    length: 5,
    unit: 'minutes',
    countFrom: 'same_day',
    startsOn: [HOUSING_INITIAL_EVENT],
    endsOn: ['register', 'refuse_acceptance'],
    channels: ['IN_PERSON'],
    clause: 'п. 43',
    note: 'Отсчет с открытия дела в консоли, то есть после приема и первичной проверки документов (до 10 минут, п. 41)',
  },
  {
    // cl. 26, 43: the day of receipt by the Institution (length 0: that same working day)
    id: 'T06',
    title: 'Регистрация заявления или отказ в приеме: МФЦ или почта',
    length: 0,
    unit: 'working_days',
    countFrom: 'same_day',
    startsOn: [HOUSING_INITIAL_EVENT],
    endsOn: ['register', 'refuse_acceptance'],
    channels: [...ALL_MFC, 'POST'],
    clause: 'пп. 26, 43',
  },
  {
    id: 'T07',
    title: 'Регистрация электронного заявления или отказ в приеме',
    length: 1,
    unit: 'working_days',
    countFrom: 'next_day',
    startsOn: [HOUSING_INITIAL_EVENT],
    endsOn: ['register', 'refuse_acceptance'],
    channels: ['EPGU'],
    clause: 'пп. 26, 43',
  },
  {
    // cl. 14: for ЕПГУ the day this message is sent is the day of acceptance; the engine sends it with the event
    id: 'T08',
    title: 'Электронное сообщение о принятии или об отказе в принятии заявления',
    length: 1,
    unit: 'working_days',
    countFrom: 'next_day',
    startsOn: [HOUSING_INITIAL_EVENT],
    endsOn: ['register', 'refuse_acceptance'],
    channels: ['EPGU'],
    clause: 'п. 27, подп. 3 п. 43, п. 75',
  },
  {
    // cl. 74: the notice of receipt of an electronic application; the channel status «получено» goes out with the
    // receipt itself, the clock closes at the latest with the acceptance or refusal message
    id: 'T09',
    title: 'Электронное уведомление о получении заявления',
    length: 1,
    unit: 'working_days',
    countFrom: 'next_day',
    startsOn: [HOUSING_INITIAL_EVENT],
    endsOn: ['register', 'refuse_acceptance'],
    channels: ['EPGU'],
    clause: 'п. 74',
  },
  {
    // cl. 43: counted from receipt, not from the refusal; registration makes the return unnecessary
    id: 'T10',
    title: 'Возврат заявления и документов после отказа в приеме',
    length: 1,
    unit: 'working_days',
    countFrom: 'next_day',
    startsOn: [HOUSING_INITIAL_EVENT],
    endsOn: ['return_documents'],
    // only a refused application is returned: registration makes the term moot
    cancelsOn: ['register'],
    clause: 'п. 43',
  },
  {
    id: 'T12',
    title: 'Передача заявления из МФЦ в Учреждение',
    length: 1,
    unit: 'working_days',
    countFrom: 'next_day',
    startsOn: [],
    endsOn: [HOUSING_INITIAL_EVENT],
    channels: ['MFC', 'MFC_EXTRATERRITORIAL'],
    clause: 'пп. 33, 88',
    note: 'Срок МФЦ: начинается до открытия дела (день приема в МФЦ), поэтому проверяется по дате приема из пакета МФЦ при поступлении, а не ведется как часы дела',
  },
  {
    id: 'T13',
    title: 'Передача заявления по комплексному запросу из МФЦ',
    length: 1,
    unit: 'working_days',
    countFrom: 'next_day',
    startsOn: [],
    endsOn: [HOUSING_INITIAL_EVENT],
    channels: ['MFC_COMPLEX'],
    clause: 'п. 94',
    note: 'Срок МФЦ: со дня оформления комплексного запроса; проверяется при поступлении',
  },
  {
    id: 'T14',
    title: 'Передача заявления по комплексному запросу после получения результатов других услуг',
    length: 1,
    unit: 'working_days',
    countFrom: 'next_day',
    startsOn: [],
    endsOn: [HOUSING_INITIAL_EVENT],
    channels: ['MFC_COMPLEX'],
    clause: 'п. 94',
    note: 'Срок МФЦ: со дня получения МФЦ результатов других услуг; сроки услуги начинаются не ранее поступления заявления в Учреждение',
  },
  {
    // A17: counted from registration ("from acceptance" in cl. 50 para 3 is the same day in practice)
    id: 'T15',
    title: 'Направление межведомственных запросов',
    length: 2,
    unit: 'working_days',
    countFrom: 'next_day',
    startsOn: ['register'],
    endsOn: ['send_interagency_requests', 'start_review', 'withdraw'],
    clause: 'пп. 49, 50',
  },
  {
    // cl. 57: from receipt of the application, documents and interagency data — same start as T20 (A2)
    id: 'T17',
    title: 'Рассмотрение документов и подготовка проекта решения',
    length: 3,
    unit: 'working_days',
    countFrom: 'next_day',
    startsOn: ['register'],
    pausesOn: ['send_interagency_requests'],
    restartsOn: ['interagency_completed'],
    endsOn: ['draft_decision', 'withdraw'],
    clause: 'п. 57',
  },
  {
    // cl. 59 gives the length only; A24: from receipt of the draft
    id: 'T18',
    title: 'Проверка и подписание проекта решения заместителем главы',
    length: 1,
    unit: 'working_days',
    countFrom: 'next_day',
    startsOn: ['draft_decision'],
    endsOn: ['sign_draft', 'return_for_rework', 'withdraw'],
    clause: 'п. 59',
  },
  {
    // cl. 14, A2: from acceptance when nothing is requested; else the clock waits for the answers and restarts
    // on the receipt of the last one. Acceptance = registration day (in person, post, MFC: day of receipt; ЕПГУ: day of the "accepted" message).
    id: 'T20',
    title: 'Принятие решения о предоставлении или об отказе (утверждение главой)',
    length: 10,
    unit: 'working_days',
    countFrom: 'next_day',
    startsOn: ['register'],
    pausesOn: ['send_interagency_requests'],
    restartsOn: ['interagency_completed'],
    endsOn: ['approve_decision', 'withdraw'],
    clause: 'п. 14',
    note: 'A6: утверждение главой должно уложиться в этот срок',
  },
  {
    // A1: "within five days" — calendar days, a non-working last day moves to the next working day
    id: 'T21',
    title: 'Направление копии решения заявителю',
    length: 5,
    unit: 'calendar_days',
    countFrom: 'next_day',
    rollForward: true,
    startsOn: ['approve_decision'],
    endsOn: ['send_copy'],
    channels: ['IN_PERSON', 'EPGU', 'POST'],
    clause: 'пп. 14, 61',
  },
  {
    // A1: 5 working days (cl. 14), but no later than the working day after the end of T20
    id: 'T22',
    title: 'Направление копии решения в МФЦ',
    length: 5,
    unit: 'working_days',
    countFrom: 'next_day',
    startsOn: ['approve_decision'],
    endsOn: ['send_copy'],
    notLaterThan: { termId: 'T20', plusWorkingDays: 1 },
    channels: ALL_MFC,
    clause: 'пп. 14, 61',
  },
  {
    id: 'T23',
    title: 'Организация выплаты компенсации расходов в АСКВ',
    length: 1,
    unit: 'working_days',
    countFrom: 'next_day',
    startsOn: ['approve_decision'],
    startsInto: ['approved_grant'],
    endsOn: ['setup_payment'],
    clause: 'пп. 63, 66',
  },
  {
    // cl. 95, A10: the replacement (through the approval chain) or the no-error notice within 3 working days
    id: 'T29',
    title: 'Рассмотрение заявления об исправлении опечаток и ошибок',
    length: 3,
    unit: 'working_days',
    countFrom: 'next_day',
    startsOn: ['register_correction_request'],
    endsOn: ['send_corrected_decision', 'notify_no_error'],
    clause: 'п. 95',
  },
];

const outputs: OutputDocument[] = [
  { code: 'RECEIPT', title: 'Расписка-уведомление о приеме заявления', clause: 'подп. 3 п. 43' },
  { code: 'RECEIPT_NOTICE', title: 'Электронное уведомление о получении заявления', clause: 'п. 74' },
  { code: 'ACCEPTANCE_MESSAGE', title: 'Электронное сообщение о принятии или об отказе в принятии заявления', clause: 'пп. 27, 75' },
  { code: 'ACCEPTANCE_REFUSAL', title: 'Отказ в приеме заявления и документов', clause: 'пп. 20, 43, 46' },
  { code: 'INTERAGENCY_REQUEST', title: 'Межведомственный запрос', clause: 'пп. 49, 53' },
  { code: 'DECISION_GRANT', title: 'Решение о предоставлении компенсации расходов на оплату жилого помещения и коммунальных услуг', clause: 'пп. 13, 57, 61' },
  { code: 'DECISION_REFUSAL', title: 'Решение об отказе в предоставлении компенсации расходов на оплату жилого помещения и коммунальных услуг', clause: 'пп. 13, 21, 61' },
  { code: 'DECISION_COPY', title: 'Копия решения', clause: 'пп. 14, 61' },
  { code: 'CORRECTED_DECISION', title: 'Исправленное решение', clause: 'пп. 95, 96' },
  { code: 'NO_ERROR_NOTICE', title: 'Уведомление об отсутствии опечаток и ошибок в решении', clause: 'п. 95' },
  { code: 'PAYMENT_REGISTER', title: 'Реестр предоставления компенсаций расходов (проекты выплатных документов)', clause: 'подп. 4 п. 35, п. 67' },
  { code: 'APOLOGY_NOTICE', title: 'Уведомление об ошибочном отказе с извинениями', clause: 'п. 19' },
];

export const housingUtilitiesCompensation: ServiceDefinition<HousingApplication> = {
  slug: 'housing-utilities-compensation',
  title: 'Предоставление отдельным категориям граждан компенсаций расходов на оплату жилого помещения и коммунальных услуг',
  shortTitle: 'Компенсация расходов на оплату ЖКУ',
  region: 'Свердловская область, Сосьвинский городской округ',
  legalBasis: [
    {
      act: 'Административный регламент предоставления государственной (муниципальной) услуги «Предоставление отдельным категориям граждан компенсаций расходов на оплату жилого помещения и коммунальных услуг» (проект; постановление администрации Сосьвинского городского округа от 27.04.2020 № 250)',
    },
    { act: 'Федеральный закон от 06.10.2003 № 131-ФЗ «Об общих принципах организации местного самоуправления в Российской Федерации»' },
    { act: 'Федеральный закон от 27.07.2010 № 210-ФЗ «Об организации предоставления государственных и муниципальных услуг»', clause: 'ч. 6 ст. 7, ст. 7.2, ст. 11.1–11.3' },
    { act: 'Федеральный закон от 06.04.2011 № 63-ФЗ «Об электронной подписи»' },
    { act: 'Федеральный закон от 28.12.2013 № 400-ФЗ «О страховых пенсиях»' },
    { act: 'Постановление администрации Сосьвинского городского округа от 07.08.2019 № 547' },
    { act: 'Устав Сосьвинского городского округа', clause: 'ст. 27, 30, 45' },
    { act: 'Постановление Правительства Свердловской области от 14.09.2011 № 1211-ПП' },
    { act: 'Постановление Правительства Свердловской области от 22.11.2018 № 828-ПП' },
  ],
  channels,
  variants,
  categories: HOUSING_CATEGORIES,
  documents,
  interagency: HOUSING_INTERAGENCY,
  grounds: HOUSING_GROUNDS,
  terms,
  otherTerms,
  workflow: housingWorkflow,
  outputs,
  applicationSchema: housingApplicationSchema,
  // T24, A4
  paymentStartMonth,
  resultSubject: {
    genitive: 'компенсации расходов на оплату жилого помещения и коммунальных услуг',
    accusative: 'компенсацию расходов на оплату жилого помещения и коммунальных услуг',
  },
  // cl. 43(2)
  journalTitle: 'Журнал регистрации заявлений о назначении компенсации расходов на оплату жилого помещения и коммунальных услуг',
  // T30, §14 A15: the text names no complaint terms and refers to 210-FZ art. 11.2 — 15 working days, 5 for a refused
  // acceptance or correction, the reply no later than the day after the decision; the bodies are those of cl. 103–110 (spec §12)
  complaints: {
    standardWorkingDays: 15,
    shortWorkingDays: 5,
    replyWorkingDays: 1,
    clause: 'ч. 6, 8 ст. 11.2 Федерального закона от 27.07.2010 № 210-ФЗ; пп. 103–110 регламента',
    bodies: [
      { code: 'INSTITUTION', title: 'Учреждение (МКУ), его должностные лица, муниципальные служащие', filedWith: 'Администрация Сосьвинского городского округа' },
      { code: 'ADMINISTRATION', title: 'Администрация Сосьвинского городского округа', filedWith: 'Территориальное управление социальной политики или Министерство социальной политики Свердловской области' },
      { code: 'MFC', title: 'МФЦ, работник МФЦ', filedWith: 'МФЦ' },
      { code: 'MFC_HEAD', title: 'Руководитель МФЦ', filedWith: 'Департамент информатизации и связи Свердловской области (учредитель МФЦ)' },
    ],
  },
  // §9.3, A13: no figures in the text — the percentage per category and its basis are the admin's effective-dated data
  parameters: { title: 'Параметры расчета компенсации расходов на оплату жилого помещения и коммунальных услуг (§9.3, A13)', schema: housingParametersSchema },
  evaluation: housingEvaluation,
};
