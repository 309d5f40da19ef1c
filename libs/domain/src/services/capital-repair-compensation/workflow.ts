import { SAME_STATE, stringArray, type Guard, type StateDefinition, type Transition, type Workflow } from '../../workflow/workflow';
import { capitalRepairApplicationSchema } from './application.schema';
import { capitalRepairGround, PORTAL_CHANNELS } from './grounds';
import { CAPITAL_REPAIR_INTERAGENCY_CODES, neededCapitalRepairData } from './interagency';
import { capitalRepairVariant, type CapitalRepairVariantCode } from './variants';

// Spec §8.1 (V1) with V2 (§8.2), V3 (§8.3) and V4 (§8.4) as events on the same case. State codes are the spec's where
// it names them; the department head's check and the head's signature are split by outcome so that the transition
// after them is known (granted / refused).
export const CAPITAL_REPAIR_INITIAL_EVENT = 'receive';

const states: StateDefinition[] = [
  // portal_received / mfc_received of §8.1: one state, the channel tells them apart
  { code: 'received', title: 'Заявление поступило' },
  { code: 'acceptance_refused', title: 'Отказано в приеме документов', final: true },
  { code: 'registered', title: 'Заявление зарегистрировано' },
  { code: 'awaiting_originals', title: 'Ожидание документов (оригиналов) от заявителя портала' },
  { code: 'awaiting_missing_documents', title: 'Ожидание недостающих документов' },
  { code: 'documents_received', title: 'Документы представлены' },
  { code: 'interagency_pending', title: 'Межведомственные запросы направлены' },
  { code: 'ready_for_review', title: 'Ответы получены, готово к рассмотрению' },
  { code: 'awaiting_disability_document', title: 'Ожидание документа об инвалидности члена семьи' },
  { code: 'under_review', title: 'На рассмотрении' },
  { code: 'returned_for_rework', title: 'Документы возвращены на доработку' },
  { code: 'withdrawal_review', title: 'Заявление отозвано: подготовка решения об отказе' },
  { code: 'department_head_review_grant', title: 'Проект решения о назначении на проверке у начальника отдела' },
  { code: 'department_head_review_refusal', title: 'Проект решения об отказе на проверке у начальника отдела' },
  { code: 'head_signature_grant', title: 'Решение о назначении на подписи у руководителя' },
  { code: 'head_signature_refusal', title: 'Решение об отказе на подписи у руководителя' },
  { code: 'granted', title: 'Компенсация назначена', decided: true },
  { code: 'refused', title: 'Отказано в назначении', decided: true },
  { code: 'notified', title: 'Уведомление о назначении направлено', decided: true },
  { code: 'refusal_notified', title: 'Уведомление об отказе направлено', decided: true },
  { code: 'payment_setup', title: 'Личное дело передано для выплаты', decided: true },
  { code: 'in_payment', title: 'Выплата компенсации', decided: true },
  { code: 'correction_review', title: 'Заявление об исправлении опечаток на рассмотрении', decided: true },
  { code: 'correction_department_head_review', title: 'Исправленное решение на проверке у начальника отдела', decided: true },
  { code: 'correction_head_signature', title: 'Исправленное решение на подписи у руководителя', decided: true },
  { code: 'decision_replaced', title: 'Решение заменено', decided: true },
  { code: 'corrected_decision_sent', title: 'Исправленное решение направлено', decided: true },
  { code: 'no_error_notified', title: 'Заявитель уведомлен об отсутствии опечаток', decided: true },
  { code: 'correction_refused', title: 'Отказано в исправлении опечаток и ошибок', decided: true },
  { code: 'closed', title: 'Дело закрыто', final: true, decided: true },
];

const PORTAL: readonly string[] = PORTAL_CHANNELS;
const isPortal = (channel: string | undefined): boolean => channel !== undefined && PORTAL.includes(channel);

// 2.14.2, REJ-11: a portal application is signed with a simple (or qualified) e-signature via ЕСИА
const signedIfPortal: Guard = ({ payload, channel }) =>
  isPortal(channel) && (payload['esignature'] === undefined || payload['esignature'] === 'none')
    ? 'Заявление через портал не подписано электронной подписью: откажите в приеме по основанию REJ-11 (п. 3.2.1.4)'
    : null;
// 2.14.2, 3.2.1.2: the portal applicant comes with the documents within 10 working days (SUS-04, DL-07)
const portalOnly: Guard = ({ channel }) => (isPortal(channel) ? null : 'Не портальное заявление');
const notPortal: Guard = ({ channel }) => (isPortal(channel) ? 'Заявление с портала' : null);
const registerPortal: Guard = (ctx) => signedIfPortal(ctx) ?? portalOnly(ctx);
const registerOther: Guard = (ctx) => notPortal(ctx);

// 3.2.1.4, 2.2: the ground is a refusal-to-accept ground valid for the channel; an MFC never refuses
const acceptanceGround: Guard = ({ data, channel }) => {
  const code = data['groundCode'];
  if (typeof code !== 'string' || code === '') return 'Укажите основание отказа в приеме документов (п. 3.2.1.4)';
  const ground = capitalRepairGround(code);
  if (!ground || ground.kind !== 'refuse_accept') return `«${code}» не является основанием для отказа в приеме документов (п. 3.2.1.4)`;
  if (channel === 'MFC') return 'МФЦ не вправе отказать в приеме заявления (п. 2.2): заявление регистрируется органом';
  if (channel !== undefined && ground.channels && !ground.channels.includes(channel)) return `Основание ${code} не применяется к заявлению, поданному через ${channel}`;
  return null;
};

const requestedKinds: Guard = ({ data }) => {
  const kinds = stringArray(data['kinds']);
  if (!kinds || kinds.length === 0) return 'Укажите, какие сведения запрашиваются (MV-1…MV-10)';
  const unknown = kinds.filter((k) => !(CAPITAL_REPAIR_INTERAGENCY_CODES as readonly string[]).includes(k));
  return unknown.length > 0 ? `Неизвестные виды сведений: ${unknown.join(', ')}` : null;
};

// 2.6.2: review without requests only when the applicant brought everything the body would request
const allDataSupplied: Guard = ({ payload }) => {
  const parsed = capitalRepairApplicationSchema.safeParse(payload);
  if (!parsed.success) return 'Сведения заявления не заполнены или содержат ошибки: исправьте заявление';
  const supplied = new Set<string>(parsed.data.documentsSupplied);
  const missing = neededCapitalRepairData(parsed.data).filter((c) => !supplied.has(c));
  return missing.length > 0 ? `Заявитель не представил сведения ${missing.join(', ')}: направьте межведомственные запросы (п. 2.6.2)` : null;
};

// 3.2.4, 2.3.2: a refusal names at least one REF-* ground; a grant names none. `only`: the grounds allowed in this state.
const decisionDraft =
  (expected?: 'grant' | 'refuse', only?: string[]): Guard =>
  ({ data }) => {
    const outcome = data['outcome'];
    if (outcome !== 'grant' && outcome !== 'refuse') return 'Укажите вид решения: о назначении или об отказе';
    const codes = data['groundCodes'] === undefined ? [] : stringArray(data['groundCodes']);
    if (codes === null) return 'Основания отказа — список кодов REF-01…REF-11';
    if (outcome === 'grant' && codes.length > 0) return 'В решении о назначении не указываются основания отказа';
    if (outcome === 'refuse') {
      if (codes.length === 0) return 'Укажите хотя бы одно основание отказа (п. 3.2.4)';
      const wrong = codes.filter((c) => capitalRepairGround(c)?.kind !== 'refuse');
      if (wrong.length > 0) return `Не являются основаниями отказа в назначении компенсации: ${wrong.join(', ')}`;
      if (only && codes.some((c) => !only.includes(c))) return `В этом решении указывается только основание ${only.join(', ')}`;
      // REF-11 is the withdrawal's own ground (V2): it is not chosen for an application that was not withdrawn
      if (!only && codes.includes('REF-11')) return 'Основание REF-11 применяется только после отзыва заявления (вариант V2)';
    }
    if (only && outcome !== 'refuse') return 'После отзыва заявления принимается решение об отказе (REF-11, I-36)';
    return expected !== undefined && outcome !== expected ? 'Вид решения не соответствует переходу' : null;
  };

const reworkReason: Guard = ({ data }) => (typeof data['comment'] === 'string' && data['comment'].trim() !== '' ? null : 'Укажите, что нужно исправить в проекте решения');

// The amount is the one of the decision (§9.4); the payment clerk confirms it, in kopecks
const paymentAmount: Guard = ({ data }) => {
  const amount = data['amountKopecks'];
  return typeof amount === 'number' && Number.isInteger(amount) && amount > 0 ? null : 'Укажите ежемесячную сумму компенсации (в копейках, целое положительное число)';
};

// 3.5.1, 2.3.3: the corrected document goes by the method the applicant chose in App 11
const correctedDelivery: Guard = ({ data }) => {
  const method = data['method'];
  return method === 'in_person' || method === 'registered_mail' || method === 'epgu_account'
    ? null
    : 'Укажите способ направления: лично, заказным письмом или в личный кабинет на портале (п. 3.5.3)';
};

// §3.1, §7: where V2–V4 may be filed and by whom — V2 in person at the body or an MFC, by the applicant (or, I-17, a
// representative); V3 at the body, an MFC or a portal, V4 at the body or an MFC, both by the recipient only (3.4.1,
// 3.5.1). data.filedVia is the channel, data.byRepresentative marks a filing by a representative; absent: not told.
const variantFiling =
  (code: CapitalRepairVariantCode): Guard =>
  ({ data }) => {
    const variant = capitalRepairVariant(code);
    const via = data['filedVia'];
    if (via !== undefined && !(variant.channels as readonly unknown[]).includes(via)) return `${variant.applicationTitle} подается ${variant.channelsText} (${variant.clause})`;
    if (data['byRepresentative'] === true && !variant.representativeAllowed) return `${variant.applicationTitle} подается только получателем: подача представителем не предусмотрена (${variant.clause})`;
    return null;
  };

// 3.5.1: a refusal to correct names TYPO-REF-02 or TYPO-REF-03; "no typo or error" (TYPO-REF-01) has its own notice
const correctionRefusalGround: Guard = ({ data }) => {
  const code = data['groundCode'];
  return typeof code === 'string' && code !== 'TYPO-REF-01' && capitalRepairGround(code)?.kind === 'refuse_correction'
    ? null
    : 'Укажите основание отказа в исправлении: TYPO-REF-02 или TYPO-REF-03 (п. 3.5.1); при отсутствии опечаток направьте уведомление об их отсутствии (TYPO-REF-01)';
};

// §5.3, I-07: the extension is an 'extend' ground, approved by the head
const extensionGround: Guard = ({ data }) => {
  const code = data['groundCode'];
  return typeof code === 'string' && capitalRepairGround(code)?.kind === 'extend' ? null : 'Укажите основание продления: EXT-01 или EXT-02 (п. 2.4)';
};

// states before the decision: withdrawal (V2), rework, extension are possible there
const PRE_DECISION = [
  'registered',
  'awaiting_originals',
  'awaiting_missing_documents',
  'documents_received',
  'interagency_pending',
  'ready_for_review',
  'awaiting_disability_document',
  'under_review',
  'returned_for_rework',
  'department_head_review_grant',
  'department_head_review_refusal',
  'head_signature_grant',
  'head_signature_refusal',
];
// the decision clock runs here (an extension moves it)
const DECISION_CLOCK_RUNNING = ['registered', 'documents_received', 'interagency_pending', 'ready_for_review', 'under_review', 'returned_for_rework', 'department_head_review_grant', 'department_head_review_refusal', 'head_signature_grant', 'head_signature_refusal'];
// 3.5.1: corrections concern a document issued as the result
const RESULT_ISSUED = ['notified', 'refusal_notified', 'in_payment', 'corrected_decision_sent', 'no_error_notified', 'correction_refused'];
// V3: the recipient of a granted compensation
const GRANT_IN_FORCE = ['granted', 'notified', 'payment_setup', 'in_payment', 'corrected_decision_sent', 'no_error_notified', 'correction_refused'];

// An automatic refusal: its ground, the reason, and the fact that caused it, for the rules of §9 the draft is checked
// against (capitalRepairEvaluation reads it and refuses on that ground alone)
const refusalDraft = (ground: string, comment: string, facts: Record<string, unknown>): Record<string, unknown> => ({ outcome: 'refuse', groundCodes: [ground], comment, facts });

const transitions: Transition[] = [
  // §8.1 #6, 2.11: in person the same day; MFC and portal applications on the day the body receives them (I-02, I-40)
  { event: 'register', title: 'Зарегистрировать заявление', from: ['received'], to: 'registered', roles: ['clerk'], guard: registerOther, effects: ['register'] },
  // #6–#7, 2.14.2: a portal application is registered and waits for the applicant's visit with the documents (SUS-04)
  { event: 'register', title: 'Зарегистрировать заявление', from: ['received'], to: 'awaiting_originals', roles: ['clerk'], guard: registerPortal, effects: ['register'] },
  // #4, 3.2.1.4: App 13, to the portal account by the next working day (DL-16); I-35: on paper too
  { event: 'refuse_acceptance', title: 'Отказать в приеме документов', from: ['received'], to: 'acceptance_refused', roles: ['clerk'], guard: acceptanceGround, effects: ['refuse_acceptance'] },
  // #7a: the applicant came with the documents (originals compared with the scans)
  { event: 'originals_presented', title: 'Заявитель представил документы', from: ['awaiting_originals'], to: 'documents_received', roles: ['clerk'] },
  // #8, I-12: not within 10 working days → refusal REF-10 on the first working day after (drafted by the system)
  {
    event: 'originals_not_presented',
    title: 'Документы не представлены в срок (REF-10)',
    from: ['awaiting_originals'],
    to: 'department_head_review_refusal',
    roles: ['clerk'],
    automatic: true,
    firesOnExpiryOf: 'DL-07',
    presetData: refusalDraft('REF-10', 'Заявитель, подавший заявление через портал, не представил документы в течение 10 рабочих дней со дня регистрации (п. 2.14.2, I-12)', { portalDocumentsNotBrought: true }),
    effects: ['draft_decision'],
  },
  // #9, SUS-01: App 12 notice (I-03: 1 working day as the target, 2 at most, DL-14) with the 20-working-day wait (I-04);
  // the decision clock stops
  {
    event: 'request_missing_documents',
    title: 'Уведомить о недостающих документах',
    from: ['registered', 'documents_received'],
    to: 'awaiting_missing_documents',
    roles: ['clerk'],
    effects: ['request_missing_documents'],
  },
  // #10, I-05: the decision clock starts afresh from the day the documents arrive
  { event: 'missing_documents_received', title: 'Недостающие документы представлены', from: ['awaiting_missing_documents'], to: 'documents_received', roles: ['clerk'] },
  // #11, I-04: the wait lapsed → refusal REF-09 (App 4 + App 6), drafted by the system, checked and signed as any decision
  {
    event: 'missing_documents_expired',
    title: 'Недостающие документы не представлены в срок (REF-09)',
    from: ['awaiting_missing_documents'],
    to: 'department_head_review_refusal',
    roles: ['clerk'],
    automatic: true,
    firesOnExpiryOf: 'DL-15',
    presetData: refusalDraft('REF-09', 'Документы, указанные в уведомлении о недостающих документах, не представлены в течение 20 рабочих дней (пп. 2.6.1, 3.2.1.1, I-04)', { missingDocumentsNotBrought: true }),
    effects: ['draft_decision'],
  },
  // #12, 2.6.2: requests within 2 working days (DL-17), answers within 5 (DL-18)
  {
    event: 'send_interagency_requests',
    title: 'Направить межведомственные запросы',
    from: ['registered', 'documents_received'],
    to: 'interagency_pending',
    roles: ['clerk'],
    guard: requestedKinds,
    effects: ['send_interagency_requests'],
  },
  // 3.2.3: an incomplete or contradictory answer is clarified and asked again; a late one is never a refusal ground
  { event: 'reask_interagency', title: 'Направить запрос повторно', from: ['interagency_pending'], to: SAME_STATE, roles: ['clerk'], effects: ['reask_interagency'] },
  { event: 'interagency_completed', title: 'Ответы на все запросы получены', from: ['interagency_pending'], to: 'ready_for_review', roles: ['clerk'], automatic: true },
  // #13, SUS-03, I-46: ЕЦП has no disability data for a member whose eligibility depends on it: notice, 20 working days
  {
    event: 'request_disability_document',
    title: 'Запросить документ об инвалидности члена семьи',
    from: ['ready_for_review'],
    to: 'awaiting_disability_document',
    roles: ['clerk'],
    effects: ['request_missing_documents'],
  },
  { event: 'disability_document_received', title: 'Документ об инвалидности представлен', from: ['awaiting_disability_document'], to: 'ready_for_review', roles: ['clerk'] },
  // #14: not brought within 20 working days → refusal REF-08
  {
    event: 'disability_document_expired',
    title: 'Документ об инвалидности не представлен в срок (REF-08)',
    from: ['awaiting_disability_document'],
    to: 'department_head_review_refusal',
    roles: ['clerk'],
    automatic: true,
    firesOnExpiryOf: 'DL-23',
    presetData: refusalDraft('REF-08', 'Документ, подтверждающий инвалидность члена семьи, не представлен в течение 20 рабочих дней со дня направления уведомления (п. 2.6.2)', { disabilityDocumentMissing: true }),
    effects: ['draft_decision'],
  },
  { event: 'start_review', title: 'Начать рассмотрение', from: ['registered', 'documents_received'], to: 'under_review', roles: ['clerk'], guard: allDataSupplied },
  { event: 'start_review', title: 'Начать рассмотрение', from: ['ready_for_review'], to: 'under_review', roles: ['clerk'] },
  // #15, SUS-02: documents back to the applicant with the points to correct; the decision clock pauses (≤ 5 wd, I-05)
  {
    event: 'return_documents_for_rework',
    title: 'Вернуть документы на доработку',
    from: ['under_review'],
    to: 'returned_for_rework',
    roles: ['clerk'],
    effects: ['return_for_rework'],
  },
  // #16: the reworked documents arrived, or (I-06) the 5 working days lapsed and the case is decided on what there is
  { event: 'rework_received', title: 'Доработанные документы поступили', from: ['returned_for_rework'], to: 'under_review', roles: ['clerk'] },
  { event: 'rework_not_returned', title: 'Документы не возвращены с доработки в срок', from: ['returned_for_rework'], to: 'under_review', roles: ['clerk'], automatic: true, firesOnExpiryOf: 'DL-29' },
  // #17, §5.3, I-07: once, +20 working days on EXT-01 / EXT-02, approved by the head; App 8 notice (DL-27)
  { event: 'extend_term', title: 'Продлить срок принятия решения', from: DECISION_CLOCK_RUNNING, to: SAME_STATE, roles: ['head'], guard: extensionGround, effects: ['extend_term'] },
  // #19: draft decision (App 3 / App 4) and notice
  { event: 'draft_decision', title: 'Подготовить проект решения', from: ['under_review'], to: 'department_head_review_grant', roles: ['clerk'], guard: decisionDraft('grant'), recordsDecision: 'draft', effects: ['draft_decision'] },
  { event: 'draft_decision', title: 'Подготовить проект решения', from: ['under_review'], to: 'department_head_review_refusal', roles: ['clerk'], guard: decisionDraft('refuse'), recordsDecision: 'draft', effects: ['draft_decision'] },
  // §8.2, I-36: after a withdrawal the result is a refusal with REF-11
  {
    event: 'draft_decision',
    title: 'Подготовить решение об отказе (отзыв заявления)',
    from: ['withdrawal_review'],
    to: 'department_head_review_refusal',
    roles: ['clerk'],
    // I-36: the withdrawal itself is the fact the rules refuse on (REF-11), whatever else the clerk sends
    presetData: { facts: { withdrawn: true } },
    guard: decisionDraft('refuse', ['REF-11']),
    recordsDecision: 'draft',
    effects: ['draft_decision'],
  },
  // #20, 3.2.4: the department head checks and initials (визирует) within 5 working days (DL-31)
  { event: 'sign_draft', title: 'Проверить и завизировать проект решения', from: ['department_head_review_grant'], to: 'head_signature_grant', roles: ['head'], recordsDecision: 'initial', effects: ['initial_decision'] },
  { event: 'sign_draft', title: 'Проверить и завизировать проект решения', from: ['department_head_review_refusal'], to: 'head_signature_refusal', roles: ['head'], recordsDecision: 'initial', effects: ['initial_decision'] },
  {
    event: 'return_draft',
    title: 'Вернуть проект на доработку',
    from: ['department_head_review_grant', 'department_head_review_refusal', 'head_signature_grant', 'head_signature_refusal'],
    to: 'under_review',
    roles: ['head'],
    guard: reworkReason,
    effects: ['return_decision'],
  },
  // #21: the head signs (coat-of-arms seal) within the decision term (DL-24)
  { event: 'approve_decision', title: 'Подписать решение', from: ['head_signature_grant'], to: 'granted', roles: ['head'], recordsDecision: 'sign', effects: ['sign_decision'] },
  { event: 'approve_decision', title: 'Подписать решение', from: ['head_signature_refusal'], to: 'refused', roles: ['head'], recordsDecision: 'sign', effects: ['sign_decision'] },
  // #22, I-08: the notice (App 5 / App 6) within 1 working day, never after the 30-working-day maximum (DL-30)
  { event: 'send_copy', title: 'Направить уведомление о решении', from: ['granted'], to: 'notified', roles: ['clerk'], effects: ['send_copy'] },
  { event: 'send_copy', title: 'Направить уведомление о решении', from: ['refused'], to: 'refusal_notified', roles: ['clerk'], effects: ['send_copy'] },
  { event: 'send_copy', title: 'Направить уведомление о решении', from: ['payment_setup'], to: 'in_payment', roles: ['clerk'], effects: ['send_copy'] },
  // #24–#25, 3.2.6: the personal file goes to the payment clerk within 1 working day (DL-33)
  { event: 'setup_payment', title: 'Передать личное дело для выплаты', from: ['granted'], to: 'payment_setup', roles: ['clerk'], guard: paymentAmount, effects: ['setup_payment'] },
  { event: 'setup_payment', title: 'Передать личное дело для выплаты', from: ['notified'], to: 'in_payment', roles: ['clerk'], guard: paymentAmount, effects: ['setup_payment'] },
  { event: 'close', title: 'Закрыть дело', from: ['refusal_notified'], to: 'closed', roles: ['clerk'] },
  // §8.2 V2 (App 9): withdrawal before the decision; the refusal (REF-11) within 2 working days of receipt (DL-38)
  { event: 'register_withdrawal', title: 'Зарегистрировать заявление об отзыве', from: PRE_DECISION, to: 'withdrawal_review', roles: ['clerk'], guard: variantFiling('V2_WITHDRAW') },
  // §8.4 V4 (App 11): correction within 5 working days of registration (DL-44), issued within 1 more (DL-45)
  {
    event: 'register_correction_request',
    title: 'Зарегистрировать заявление об исправлении опечаток',
    from: RESULT_ISSUED,
    to: 'correction_review',
    roles: ['clerk'],
    guard: variantFiling('V4_CORRECT_TYPO'),
  },
  // TYPO-REF-01: the written reply that the document has no typo or error (I-48: within the same 5 working days)
  {
    event: 'notify_no_error',
    title: 'Уведомить об отсутствии опечаток и ошибок',
    from: ['correction_review'],
    to: 'no_error_notified',
    roles: ['clerk'],
    presetData: { groundCode: 'TYPO-REF-01' },
    effects: ['notify_no_error'],
  },
  // TYPO-REF-02, TYPO-REF-03 (3.5.1): the application or its documents are incomplete; I-48: in the same 5 working days,
  // the written refusal with the ground goes by the method chosen in App 11
  {
    event: 'refuse_correction',
    title: 'Отказать в исправлении опечаток и ошибок',
    from: ['correction_review'],
    to: 'correction_refused',
    roles: ['clerk'],
    guard: correctionRefusalGround,
    effects: ['refuse_correction'],
  },
  { event: 'draft_correction', title: 'Подготовить исправленное решение', from: ['correction_review'], to: 'correction_department_head_review', roles: ['clerk'], guard: decisionDraft(), recordsDecision: 'draft', effects: ['draft_decision'] },
  { event: 'sign_draft', title: 'Проверить и завизировать исправленное решение', from: ['correction_department_head_review'], to: 'correction_head_signature', roles: ['head'], recordsDecision: 'initial', effects: ['initial_decision'] },
  { event: 'return_draft', title: 'Вернуть на доработку', from: ['correction_department_head_review', 'correction_head_signature'], to: 'correction_review', roles: ['head'], guard: reworkReason, effects: ['return_decision'] },
  { event: 'replace_decision', title: 'Подписать исправленное решение', from: ['correction_head_signature'], to: 'decision_replaced', roles: ['head'], recordsDecision: 'sign', effects: ['sign_decision'] },
  { event: 'send_corrected_decision', title: 'Направить исправленное решение', from: ['decision_replaced'], to: 'corrected_decision_sent', roles: ['clerk'], guard: correctedDelivery, effects: ['send_copy'] },
  // §8.3 V3 (App 10): new bank details; no result document, only the acceptance notice (I-37)
  {
    event: 'change_payment_details',
    title: 'Изменить способ доставки (реквизиты)',
    from: GRANT_IN_FORCE,
    to: SAME_STATE,
    roles: ['clerk'],
    guard: variantFiling('V3_CHANGE_DELIVERY'),
    effects: ['change_payment_details'],
  },
];

export const capitalRepairWorkflow: Workflow = {
  initial: 'received',
  initialEvent: CAPITAL_REPAIR_INITIAL_EVENT,
  states,
  transitions,
};
