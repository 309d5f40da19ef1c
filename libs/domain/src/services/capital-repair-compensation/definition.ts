import type { TermDefinition } from '../../terms/term-definition';
import type { Channel, DocumentRequirement, OtherTerm, OutputDocument, ServiceDefinition, Variant } from '../service-definition';
import { capitalRepairApplicationSchema, type CapitalRepairApplication } from './application.schema';
import { CAPITAL_REPAIR_CATEGORIES } from './categories';
import { CAPITAL_REPAIR_GROUNDS, PORTAL_CHANNELS } from './grounds';
import { CAPITAL_REPAIR_INTERAGENCY } from './interagency';
import { capitalRepairEvaluation } from './evaluation';
import { capitalRepairParametersSchema } from './parameters';
import { CAPITAL_REPAIR_VARIANTS } from './variants';
import { CAPITAL_REPAIR_INITIAL_EVENT, capitalRepairWorkflow } from './workflow';

// Source: administrative regulation of Neftekumsk municipal district, resolution No. 1553 of 07.10.2024
// (spec capital-repair-compensation.md). The body's time zone is Europe/Moscow.

const PORTAL = [...PORTAL_CHANNELS];

// 2.11, 2.14.2: an e-application received on a non-working day counts from the first working day after it; one
// received after the office closed counts from the next working day (Civil Code art. 194: an organisation's day ends
// when its working hours do).
const portalReceipt = { nonWorkingDayToNext: true, afterHoursToNext: true, clause: 'пп. 2.11, 2.14.2' };

// §3.1: no postal channel (post is "not provided as a submission channel"); which variant goes through which channel is
// in CAPITAL_REPAIR_VARIANTS (V2 and V4 in person only, V3 also through the portals)
const channels: Channel[] = [
  { code: 'IN_PERSON_BODY', title: 'Лично в органе соцзащиты', clause: 'пп. 2.11, 3.2.1.1' },
  { code: 'MFC', title: 'Через МФЦ', clause: 'пп. 2.2, 2.14.3' },
  { code: 'EPGU', title: 'Через Единый портал (ЕПГУ)', clause: 'пп. 2.11, 2.14.2', receipt: portalReceipt, electronic: true },
  { code: 'RPGU', title: 'Через региональный портал (РПГУ)', clause: 'пп. 2.11, 2.14.2', receipt: portalReceipt, electronic: true },
];

// §7: V2–V4 are filed on the case of the V1 application (withdrawal, change of delivery, typo correction); their channel
// and representative rules are the guards of those events. The shared Variant has code, title and description only.
const variants: Variant[] = CAPITAL_REPAIR_VARIANTS.map(({ code, title, description }) => ({ code, title, description }));

const documents: DocumentRequirement[] = [
  // I-32: not in the 2.6.1 list, shown at intake (3.2.1.1: identity is established by it) and written into App 1
  { code: 'IDENTITY_DOCUMENT', title: 'Паспорт гражданина РФ или иной документ, удостоверяющий личность заявителя (предъявляется)', providedBy: 'applicant', mandatory: true, clause: 'п. 3.2.1.1; I-32' },
  { code: 'APPLICATION', title: 'Заявление о назначении компенсации и способе ее доставки (приложение 1)', providedBy: 'applicant', mandatory: true, clause: 'п. 2.6.1', variants: ['V1_GRANT'] },
  { code: 'REGISTERED_PERSONS', title: 'Сведения о зарегистрированных в жилом помещении гражданах (приложение к заявлению)', providedBy: 'applicant', mandatory: true, clause: 'п. 2.6.1; I-29', variants: ['V1_GRANT'] },
  { code: 'MEMBERS_IDENTITY', title: 'Паспорта (иные документы, удостоверяющие личность) членов семьи, совместно зарегистрированных по месту жительства', providedBy: 'applicant', mandatory: true, clause: 'п. 2.6.1; I-32', variants: ['V1_GRANT'] },
  { code: 'PERSONAL_DATA_CONSENT', title: 'Согласие на обработку персональных данных лиц, не являющихся заявителем', providedBy: 'applicant', mandatory: true, clause: 'п. 2.6.1', variants: ['V1_GRANT'] },
  { code: 'REPRESENTATIVE_AUTHORITY', title: 'Документ, удостоверяющий личность представителя, и документ, подтверждающий его полномочия', providedBy: 'applicant', mandatory: 'if_representative', clause: 'пп. 1.2, 2.6.1' },
  { code: 'TRANSLATION', title: 'Нотариально заверенный перевод документа на русский язык (для документов на иностранном языке)', providedBy: 'applicant', mandatory: false, clause: 'п. 3.2.1.2; I-31' },
  { code: 'DISABILITY_DOCUMENT', title: 'Документ, подтверждающий инвалидность I или II группы члена семьи (после уведомления, если в ЕЦП нет сведений)', providedBy: 'applicant', mandatory: false, clause: 'п. 2.6.2; I-46', variants: ['V1_GRANT'] },
  { code: 'TITLE_DOCUMENTS', title: 'Правоустанавливающие документы на жилое помещение, если право не зарегистрировано в ЕГРН', providedBy: 'applicant', mandatory: false, clause: 'п. 2.6.2', variants: ['V1_GRANT'] },
  { code: 'WITHDRAWAL_APPLICATION', title: 'Заявление об отзыве заявления (приложение 9)', providedBy: 'applicant', mandatory: true, clause: 'п. 3.3.1', variants: ['V2_WITHDRAW'] },
  { code: 'DELIVERY_CHANGE_APPLICATION', title: 'Заявление об изменении способа доставки (приложение 10)', providedBy: 'applicant', mandatory: true, clause: 'п. 3.4.1', variants: ['V3_CHANGE_DELIVERY'] },
  { code: 'CORRECTION_APPLICATION', title: 'Заявление об исправлении опечаток и (или) ошибок (приложение 11) с документом, содержащим опечатку', providedBy: 'applicant', mandatory: true, clause: 'п. 3.5.1', variants: ['V4_CORRECT_TYPO'] },
  // 2.6.2: the applicant may bring any of MV-1…MV-10 himself; not bringing them is no refusal ground
  ...CAPITAL_REPAIR_INTERAGENCY.map((d): DocumentRequirement => ({ code: d.code, title: d.title, providedBy: 'interagency', mandatory: false, clause: d.clause, variants: ['V1_GRANT'] })),
];

// Case clocks (§6). Events are those of capitalRepairWorkflow; 'receive' is the engine's opening of the case on the legal
// day of receipt (the channel's receipt rule). I-01: "within N working days from X" — X is day 0 ('next_day'). The
// terms that are no clock on a case are `otherTerms`.
const otherTerms: OtherTerm[] = [
  { id: 'DL-01', title: 'Ожидание в очереди при подаче заявления и получении результата', reason: 'Минуты в очереди: прибытие заявителя не отмечается событием дела' },
  { id: 'DL-05', title: 'Уведомление о приеме электронного заявления', reason: 'Это уведомление, которое дает регистрация (DL-04)' },
  { id: 'DL-06', title: 'Проверка поступления заявлений с портала (не реже 2 раз в день)', reason: 'Обязанность на каждый день, а не по делу' },
  { id: 'DL-08', title: 'Статус «Отказ в предоставлении услуги» на портале', reason: 'Устанавливает автоматическое событие по истечении DL-07 (I-12)' },
  { id: 'DL-09', title: 'Представление подлинников электронных документов', reason: 'Входит в DL-07: 10 рабочих дней от регистрации не раньше, чем от отправки (I-41)' },
  { id: 'DL-10', title: 'Регистрация в МФЦ', reason: 'Срок МФЦ до поступления дела в орган' },
  { id: 'DL-11', title: 'Передача из МФЦ в орган', reason: 'Срок МФЦ до поступления дела в орган' },
  { id: 'DL-13', title: 'Передача пакета специалисту по межведомственному взаимодействию', reason: 'Одно общее дело: передачи пакета нет' },
  { id: 'DL-25', title: 'Решение при бумажном межведомственном обмене', reason: 'Запросы направляются через СМЭВ (I-09)' },
  { id: 'DL-26', title: 'Продление срока принятия решения (+20 рабочих дней)', reason: 'Продление самого DL-24' },
  { id: 'DL-27', title: 'Уведомление о продлении (прил. 8)', reason: 'Уведомление формируется вместе с продлением' },
  { id: 'DL-28', title: 'Приостановление на доработку (до 5 рабочих дней)', reason: 'Пауза самого DL-24' },
  { id: 'DL-34', title: 'Печать и выдача результата в МФЦ', reason: 'Минуты в МФЦ' },
  { id: 'DL-35', title: 'Выплатные документы (списки, ведомости, платежные поручения)', reason: 'Ежемесячные реестры выплат, а не одно дело' },
  { id: 'DL-36', title: 'Сообщение получателя об изменениях (CHG-*)', reason: 'Начинается вне дела (CAPITAL_REPAIR_CHANGE_REPORT)' },
  { id: 'DL-37', title: 'V2: регистрация заявления об отзыве', reason: 'Заявление принимается и регистрируется одним событием' },
  { id: 'DL-39', title: 'V2: уведомление о решении после отзыва', reason: 'Уведомление о решении — DL-32' },
  { id: 'DL-40', title: 'V3: регистрация заявления об изменении способа доставки', reason: 'Принимается, регистрируется и исполняется одним событием' },
  { id: 'DL-41', title: 'V3: уведомление о приеме заявления к рассмотрению', reason: 'Уведомление формируется с событием' },
  { id: 'DL-42', title: 'V3: общий срок процедуры', reason: 'Способ доставки меняется в день регистрации' },
  { id: 'DL-43', title: 'V4: регистрация заявления об исправлении', reason: 'Заявление принимается и регистрируется одним событием' },
  { id: 'DL-46', title: 'Период образования задолженности (не более 3 лет)', reason: 'Часть условия E8 (ответ MV-9), а не срок' },
  { id: 'DL-47', title: 'Последующий контроль (раз в 3 года)', reason: 'Контроль органа, а не дела' },
  { id: 'DL-48', title: 'Текущий контроль руководителя МФЦ', reason: 'Контроль МФЦ, а не дела' },
  { id: 'DL-49', title: 'Регистрация и рассмотрение жалобы', reason: 'В тексте не установлен (I-30): сроки жалоб — в настройках жалоб' },
];

const terms: TermDefinition[] = [
  {
    // I-02: in person the same day; I-40: an MFC application on the day the body receives it
    id: 'DL-02',
    title: 'Регистрация заявления (лично, МФЦ) в день поступления',
    length: 0,
    unit: 'working_days',
    countFrom: 'same_day',
    startsOn: [CAPITAL_REPAIR_INITIAL_EVENT],
    endsOn: ['register', 'refuse_acceptance'],
    channels: ['IN_PERSON_BODY', 'MFC'],
    clause: 'п. 2.11; I-02, I-40',
  },
  {
    // 2.11, I-02: an e-application is registered on the day the body receives it; the receipt rule of the channel already
    // moved one received on a non-working day (or after hours) to the first working day after it
    id: 'DL-03',
    title: 'Регистрация заявления с портала в день поступления (в первый рабочий день)',
    length: 0,
    unit: 'working_days',
    countFrom: 'same_day',
    startsOn: [CAPITAL_REPAIR_INITIAL_EVENT],
    endsOn: ['register', 'refuse_acceptance'],
    channels: PORTAL,
    clause: 'пп. 2.11, 3.2.1.1; I-02',
  },
  {
    // I-02: the hard limit of 1 working day; the acceptance notice (DL-05) goes out with the registration
    id: 'DL-04',
    title: 'Регистрация заявления с портала и уведомление о приеме',
    length: 1,
    unit: 'working_days',
    countFrom: 'next_day',
    startsOn: [CAPITAL_REPAIR_INITIAL_EVENT],
    endsOn: ['register', 'refuse_acceptance'],
    channels: PORTAL,
    clause: 'пп. 2.11, 2.14.2; I-02 (DL-04, DL-05)',
  },
  {
    id: 'DL-12',
    title: 'Прием и регистрация документов (административная процедура)',
    length: 2,
    unit: 'working_days',
    countFrom: 'next_day',
    startsOn: [CAPITAL_REPAIR_INITIAL_EVENT],
    endsOn: ['register', 'refuse_acceptance'],
    clause: 'п. 3.2.1.1',
  },
  {
    // App 13 reaches the portal account by the first working day after submission; registration makes it moot
    id: 'DL-16',
    title: 'Направление решения об отказе в приеме документов в личный кабинет',
    length: 1,
    unit: 'working_days',
    countFrom: 'next_day',
    startsOn: [CAPITAL_REPAIR_INITIAL_EVENT],
    endsOn: ['refuse_acceptance'],
    cancelsOn: ['register'],
    channels: PORTAL,
    clause: 'п. 3.2.1.4',
  },
  {
    // I-12, I-41: from registration; the applicant's term — its lapse is the refusal REF-10, not the body's breach
    id: 'DL-07',
    title: 'Представление документов заявителем, подавшим заявление через портал',
    length: 10,
    unit: 'working_days',
    countFrom: 'next_day',
    startsOn: ['register'],
    startsInto: ['awaiting_originals'],
    endsOn: ['originals_presented'],
    cancelsOn: ['originals_not_presented', 'register_withdrawal'],
    channels: PORTAL,
    clause: 'пп. 2.14.2, 3.2.1.2; I-12, I-41',
  },
  {
    // I-03: breached after 2 working days (2.6.1); the target is 1 (3.2.1.1). Needed only when documents are missing —
    // moot once the requests go out
    id: 'DL-14',
    title: 'Уведомление о недостающих (ненадлежаще оформленных) документах',
    length: 2,
    unit: 'working_days',
    countFrom: 'next_day',
    startsOn: ['register', 'originals_presented'],
    startsInto: ['registered', 'documents_received'],
    endsOn: ['request_missing_documents'],
    cancelsOn: ['send_interagency_requests', 'start_review', 'register_withdrawal'],
    clause: 'пп. 2.6.1, 3.2.1.1; I-03',
    note: 'Целевой срок — 1 рабочий день (п. 3.2.1.1), предельный — 2 рабочих дня (п. 2.6.1)',
  },
  {
    // I-04: 20 working days (2.6.1), then the refusal REF-09; the applicant's term
    id: 'DL-15',
    title: 'Ожидание недостающих документов',
    length: 20,
    unit: 'working_days',
    countFrom: 'next_day',
    startsOn: ['request_missing_documents'],
    endsOn: ['missing_documents_received'],
    cancelsOn: ['missing_documents_expired', 'register_withdrawal'],
    clause: 'пп. 2.6.1, 3.2.1.1; I-04',
  },
  {
    id: 'DL-17',
    title: 'Направление межведомственных запросов',
    length: 2,
    unit: 'working_days',
    countFrom: 'next_day',
    startsOn: ['register', 'originals_presented', 'missing_documents_received'],
    startsInto: ['registered', 'documents_received'],
    endsOn: ['send_interagency_requests', 'start_review'],
    cancelsOn: ['request_missing_documents', 'register_withdrawal'],
    clause: 'пп. 2.6.2, 3.2.3',
  },
  {
    // the latest answer; each request also carries its own due date
    id: 'DL-18',
    title: 'Ответы на межведомственные запросы',
    length: 5,
    unit: 'working_days',
    countFrom: 'next_day',
    startsOn: ['send_interagency_requests'],
    endsOn: ['interagency_completed'],
    cancelsOn: ['register_withdrawal'],
    clause: 'п. 3.2.3',
    note: 'Поздний ответ не является основанием для отказа; основание для продления EXT-02',
  },
  {
    // I-10: 1 working day after the last answer
    id: 'DL-19',
    title: 'Проверка полноты ответов и формирование пакета',
    length: 1,
    unit: 'working_days',
    countFrom: 'next_day',
    startsOn: ['interagency_completed'],
    endsOn: ['start_review', 'request_disability_document'],
    cancelsOn: ['register_withdrawal'],
    clause: 'п. 3.2.3; I-10',
  },
  {
    // I-11: from registration
    id: 'DL-20',
    title: 'Формирование полного пакета документов',
    length: 13,
    unit: 'working_days',
    countFrom: 'next_day',
    startsOn: ['register'],
    endsOn: ['start_review'],
    cancelsOn: ['register_withdrawal', 'originals_not_presented', 'missing_documents_expired'],
    clause: 'п. 3.2.3; I-11',
  },
  {
    // I-46: the notice asking for the disability document, 2 working days after the ЕЦП answer
    id: 'DL-22',
    title: 'Уведомление о представлении документа об инвалидности',
    length: 2,
    unit: 'working_days',
    countFrom: 'next_day',
    startsOn: ['interagency_completed'],
    endsOn: ['request_disability_document'],
    cancelsOn: ['start_review', 'register_withdrawal'],
    clause: 'п. 2.6.2; I-46',
  },
  {
    id: 'DL-23',
    title: 'Представление документа об инвалидности члена семьи',
    length: 20,
    unit: 'working_days',
    countFrom: 'next_day',
    startsOn: ['request_disability_document'],
    endsOn: ['disability_document_received'],
    cancelsOn: ['disability_document_expired', 'register_withdrawal'],
    clause: 'п. 2.6.2',
  },
  {
    // 2.4, 3.2.4; I-05: missing documents and the disability document stop the clock, which starts afresh (full 10) when
    // they arrive; rework pauses it (≤ 5 wd credited, I-06); I-07: one extension of 20 wd, never past 30 wd.
    // A portal application counts from the applicant's visit with the documents (2.4: registration "and submission").
    id: 'DL-24',
    title: 'Принятие решения о назначении или об отказе',
    length: 10,
    unit: 'working_days',
    countFrom: 'next_day',
    startsOn: ['register', 'originals_presented', 'missing_documents_received', 'disability_document_received'],
    startsInto: ['registered', 'documents_received', 'ready_for_review'],
    cancelsOn: ['request_missing_documents', 'request_disability_document'],
    pausesOn: ['return_documents_for_rework'],
    resumesOn: ['rework_received', 'rework_not_returned'],
    maxPauseWorkingDays: 5,
    extension: { on: ['extend_term'], workingDays: 20 },
    ceilingWorkingDays: 30,
    endsOn: ['approve_decision'],
    clause: 'пп. 2.4, 3.2.4; I-05, I-06, I-07',
  },
  {
    // 3.2.2: verification within 10 working days
    id: 'DL-21',
    title: 'Проверка документов и сведений',
    length: 10,
    unit: 'working_days',
    countFrom: 'next_day',
    startsOn: ['register', 'originals_presented'],
    startsInto: ['registered', 'documents_received'],
    endsOn: ['draft_decision'],
    cancelsOn: ['register_withdrawal', 'request_missing_documents', 'originals_not_presented'],
    clause: 'п. 3.2.2',
  },
  {
    // DL-28 is the pause of DL-24; DL-29 is the applicant's term — its lapse resumes the review (I-06)
    id: 'DL-29',
    title: 'Возврат доработанных документов заявителем',
    length: 5,
    unit: 'working_days',
    countFrom: 'next_day',
    startsOn: ['return_documents_for_rework'],
    endsOn: ['rework_received'],
    cancelsOn: ['rework_not_returned', 'register_withdrawal'],
    clause: 'пп. 2.4, 3.2.2; I-06 (DL-28, DL-29)',
  },
  {
    // 2.4; I-07: from registration to the notice; a wait for missing documents restarts it like DL-24 (I-05)
    id: 'DL-30',
    title: 'Максимальный срок предоставления услуги (до направления уведомления)',
    length: 30,
    unit: 'working_days',
    countFrom: 'next_day',
    startsOn: ['register', 'originals_presented', 'missing_documents_received', 'disability_document_received'],
    startsInto: ['registered', 'documents_received', 'ready_for_review'],
    cancelsOn: ['request_missing_documents', 'request_disability_document'],
    endsOn: ['send_copy'],
    clause: 'п. 2.4; I-07',
  },
  {
    id: 'DL-31',
    title: 'Проверка и визирование проекта решения начальником отдела',
    length: 5,
    unit: 'working_days',
    countFrom: 'next_day',
    startsOn: ['draft_decision', 'originals_not_presented', 'missing_documents_expired', 'disability_document_expired'],
    endsOn: ['sign_draft', 'return_draft'],
    clause: 'п. 3.2.4',
  },
  {
    // I-08: 1 working day; I-07: never after the 30-working-day maximum
    id: 'DL-32',
    title: 'Направление уведомления о назначении (об отказе)',
    length: 1,
    unit: 'working_days',
    countFrom: 'next_day',
    startsOn: ['approve_decision'],
    endsOn: ['send_copy'],
    notLaterThan: { termId: 'DL-30', plusWorkingDays: 0 },
    clause: 'пп. 2.4, 3.2.5; I-08 (DL-39 для отзыва)',
  },
  {
    id: 'DL-33',
    title: 'Передача личного дела для выплаты',
    length: 1,
    unit: 'working_days',
    countFrom: 'next_day',
    startsOn: ['approve_decision'],
    startsInto: ['granted'],
    endsOn: ['setup_payment'],
    clause: 'п. 3.2.4',
  },
  {
    id: 'DL-38',
    title: 'Решение об отказе после отзыва заявления',
    length: 2,
    unit: 'working_days',
    countFrom: 'next_day',
    startsOn: ['register_withdrawal'],
    endsOn: ['approve_decision'],
    clause: 'п. 3.3.1',
  },
  {
    // I-48: the refusal (TYPO-REF-*) in the same 5 working days
    id: 'DL-44',
    title: 'Исправление опечаток и ошибок',
    length: 5,
    unit: 'working_days',
    countFrom: 'next_day',
    startsOn: ['register_correction_request'],
    endsOn: ['replace_decision', 'notify_no_error', 'refuse_correction'],
    clause: 'п. 3.5.1; I-48',
  },
  {
    id: 'DL-45',
    title: 'Выдача (направление) исправленного документа',
    length: 1,
    unit: 'working_days',
    countFrom: 'next_day',
    startsOn: ['replace_decision'],
    endsOn: ['send_corrected_decision'],
    clause: 'п. 3.5.3',
  },
];

const outputs: OutputDocument[] = [
  { code: 'RECEIPT', title: 'Расписка-уведомление о приеме документов', clause: 'п. 3.2.1.1, прил. 1' },
  { code: 'JOURNAL', title: 'Журнал регистрации заявлений (прил. 2)', clause: 'п. 3.2.1.1; I-29' },
  { code: 'DECISION_GRANT', title: 'Решение о назначении компенсации (прил. 3)', clause: 'пп. 2.3, 3.2.4' },
  { code: 'DECISION_REFUSAL', title: 'Решение об отказе в назначении компенсации (прил. 4)', clause: 'пп. 2.3, 3.2.4' },
  { code: 'NOTICE_GRANT', title: 'Уведомление о назначении компенсации (прил. 5)', clause: 'пп. 2.3, 3.2.5' },
  { code: 'NOTICE_REFUSAL', title: 'Уведомление об отказе в назначении компенсации (прил. 6)', clause: 'пп. 2.3, 3.2.5' },
  { code: 'EXTENSION_NOTICE', title: 'Уведомление о продлении срока рассмотрения (прил. 8)', clause: 'п. 2.4' },
  { code: 'MISSING_DOCUMENTS_NOTICE', title: 'Уведомление о недостающих документах (прил. 12)', clause: 'п. 3.2.1.1; I-29' },
  { code: 'ACCEPTANCE_REFUSAL', title: 'Решение об отказе в приеме документов (прил. 13)', clause: 'п. 3.2.1.4' },
  { code: 'CORRECTED_DECISION', title: 'Исправленное решение (уведомление)', clause: 'п. 3.5.1' },
  { code: 'NO_ERROR_NOTICE', title: 'Уведомление об отсутствии опечаток и ошибок (TYPO-REF-01)', clause: 'п. 3.5.1' },
  { code: 'CORRECTION_REFUSAL', title: 'Отказ в исправлении опечаток и ошибок (TYPO-REF-02, TYPO-REF-03)', clause: 'п. 3.5.1; I-48' },
  { code: 'PORTAL_ACCEPTANCE_NOTICE', title: 'Уведомление о приеме и регистрации заявления, поданного через портал (номер, время регистрации)', clause: 'п. 2.14.2' },
  { code: 'DISABILITY_DOCUMENT_NOTICE', title: 'Уведомление о представлении документа, подтверждающего инвалидность члена семьи', clause: 'п. 2.6.2; I-46' },
  { code: 'DELIVERY_CHANGE_ACCEPTANCE_NOTICE', title: 'Уведомление о принятии к рассмотрению заявления об изменении способа доставки', clause: 'п. 3.4.1; I-37' },
  { code: 'PERSONAL_FILE', title: 'Личное дело получателя компенсации', clause: 'п. 3.2.4' },
  { code: 'APOLOGY', title: 'Уведомление с извинениями при ошибке должностного лица при первоначальном отказе', clause: 'п. 2.6.2' },
];

export const capitalRepairCompensation: ServiceDefinition<CapitalRepairApplication> = {
  slug: 'capital-repair-compensation',
  title:
    'Принятие решения о предоставлении компенсации расходов на уплату взноса на капитальный ремонт общего имущества в многоквартирном доме отдельным категориям граждан в соответствии с Законом Ставропольского края от 28 июня 2013 г. № 57-кз и ее предоставление',
  shortTitle: 'Компенсация взноса на капитальный ремонт',
  region: 'Ставропольский край, Нефтекумский муниципальный округ',
  legalBasis: [
    { act: 'Административный регламент, утвержденный постановлением администрации Нефтекумского муниципального округа Ставропольского края от 07.10.2024 № 1553' },
    { act: 'Закон Ставропольского края от 28.06.2013 № 57-кз «Об организации проведения капитального ремонта общего имущества в многоквартирных домах, расположенных на территории Ставропольского края»' },
    { act: 'Федеральный закон от 27.07.2010 № 210-ФЗ «Об организации предоставления государственных и муниципальных услуг»', clause: 'ч. 6 ст. 7, ч. 1 ст. 7.2, ч. 1 ст. 9, ст. 11.2, ч. 1 ст. 16' },
    // I-21: "parts 1 and 1" as printed; read as part 1 with App 6 (the transition schedule)
    { act: 'Федеральный закон от 28.12.2013 № 400-ФЗ «О страховых пенсиях»', clause: 'ст. 8, приложение 6' },
    { act: 'Федеральный закон «О персональных данных»' },
    { act: 'Федеральный закон «О государственной регистрации недвижимости»' },
    { act: 'Федеральный закон «Об электронной подписи»' },
    { act: 'Постановление Правительства РФ от 25.01.2013 № 33 (простая электронная подпись)' },
    { act: 'Постановление Правительства РФ от 25.08.2012 № 852', clause: 'п. 9' },
    { act: 'Постановление Правительства РФ от 22.12.2012 № 1376 (правила организации деятельности МФЦ)' },
    { act: 'Постановление Правительства РФ от 16.08.2012 № 840 (жалобы на решения и действия МФЦ и его работников)' },
    { act: 'Постановление Правительства РФ от 20.11.2012 № 1198 (система досудебного обжалования)' },
    { act: 'Постановление Правительства Ставропольского края от 22.11.2013 № 428-п' },
    { act: 'Постановление администрации Нефтекумского муниципального округа от 15.11.2023 № 1732 (досудебное обжалование)' },
  ],
  channels,
  variants,
  categories: CAPITAL_REPAIR_CATEGORIES,
  documents,
  interagency: CAPITAL_REPAIR_INTERAGENCY,
  grounds: CAPITAL_REPAIR_GROUNDS,
  terms,
  otherTerms,
  workflow: capitalRepairWorkflow,
  outputs,
  applicationSchema: capitalRepairApplicationSchema,
  resultSubject: {
    genitive: 'компенсации расходов на уплату взноса на капитальный ремонт общего имущества в многоквартирном доме',
    accusative: 'компенсацию расходов на уплату взноса на капитальный ремонт общего имущества в многоквартирном доме',
  },
  journalTitle: 'Журнал регистрации заявлений о назначении компенсации расходов на уплату взноса на капитальный ремонт',
  // 3.2.1.1, NC-01, I-34: a repeat application while a registered one is pending is not considered
  duplicates: { policy: 'refuse', clause: 'п. 3.2.1.1, NC-01' },
  procedures: {
    missingDocuments: [
      { event: 'request_missing_documents', waitTermId: 'DL-15', refusalGround: 'REF-09', restartsDecisionTerm: true, clause: 'пп. 2.6.1, 3.2.1.1; I-04, I-05' },
      { event: 'request_disability_document', waitTermId: 'DL-23', refusalGround: 'REF-08', restartsDecisionTerm: true, clause: 'п. 2.6.2; I-05, I-46' },
    ],
    // 3.2.2: the applicant returns the reworked documents within 5 working days
    rework: { returnWithinWorkingDays: 5, clause: 'пп. 2.4, 3.2.2' },
    extension: { termId: 'DL-24', clause: 'п. 2.4' },
  },
  // I-30: the text names no complaint terms; 210-FZ art. 11.2 (15 working days, 5 for a refused acceptance or correction)
  // as configuration, to be confirmed by the legal owner. Addressees: section 5.
  complaints: {
    standardWorkingDays: 15,
    shortWorkingDays: 5,
    replyWorkingDays: 1,
    clause: 'ч. 6, 8 ст. 11.2 Федерального закона от 27.07.2010 № 210-ФЗ; раздел 5 регламента; I-30',
    bodies: [
      { code: 'BODY', title: 'Орган соцзащиты, его должностные лица, муниципальные служащие', filedWith: 'Руководитель органа соцзащиты' },
      { code: 'BODY_HEAD', title: 'Руководитель органа соцзащиты', filedWith: 'Глава Нефтекумского муниципального округа' },
      { code: 'MFC', title: 'МФЦ, его работники', filedWith: 'Руководитель МФЦ' },
    ],
  },
  // §9.3, I-25: rate, area standard, benefit percentage, basis strategy and rounding are the admin's effective-dated data
  parameters: { title: 'Параметры расчета компенсации взноса на капитальный ремонт (§9.3)', schema: capitalRepairParametersSchema },
  // §9: E1–E9, the category, the amount; I-26: no paymentStartMonth — the start is the clerk's (default in the evaluation)
  evaluation: capitalRepairEvaluation,
};
