import { SAME_STATE, stringArray, type Guard, type StateDefinition, type Transition, type Workflow } from '../../workflow/workflow';
import { housingApplicationSchema } from './application.schema';
import { housingGround, mfcMissingDocumentsProblem } from './grounds';
import { INTERAGENCY_CODES, missingInteragencyData } from './interagency';

// Spec §8 adapted to the Institution's console. The portal and MFC states before delivery (row 1 epgu_draft; rows 3–7
// mfc_intake, mfc_refused, mfc_accepted, complex_waiting_dependency, in_transfer) live in the ЕПГУ / АИС МФЦ: the
// engine opens a case in 'received' when the clerk takes an application in person or by post, or when an MFC / ЕПГУ
// delivery arrives. Of rows 3–7 the engine runs what reaches it: the MFC's transfer terms T12–T14 are checked on
// delivery from the MFC's acceptance (or the other services' results) date; an MFC refusal (ACC_REJ_01,
// ACC_REJ_MFC_04, cl. 85) stays in АИС МФЦ as a consultation (cl. 89) and is never delivered.
// The head's approval chain is split by outcome so that the state, not event data, says which decision is approved.
// No 'suspended' state: cl. 21 says there are no suspension grounds.

export const HOUSING_INITIAL_EVENT = 'receive';

const states: StateDefinition[] = [
  { code: 'received', title: 'Заявление поступило' },
  { code: 'acceptance_refused', title: 'Отказано в приеме документов' },
  { code: 'documents_returned', title: 'Документы возвращены заявителю', final: true },
  { code: 'registered', title: 'Заявление зарегистрировано в Журнале' },
  { code: 'interagency_pending', title: 'Ожидание ответов на межведомственные запросы' },
  { code: 'ready_for_review', title: 'Сведения получены, готово к рассмотрению' },
  { code: 'under_review', title: 'На рассмотрении у специалиста' },
  { code: 'deputy_review_grant', title: 'Проект решения о предоставлении на проверке у заместителя главы' },
  { code: 'deputy_review_refusal', title: 'Проект решения об отказе на проверке у заместителя главы' },
  { code: 'head_approval_grant', title: 'Решение о предоставлении на утверждении у главы' },
  { code: 'head_approval_refusal', title: 'Решение об отказе на утверждении у главы' },
  { code: 'approved_grant', title: 'Утверждено решение о предоставлении', decided: true },
  { code: 'approved_refusal', title: 'Утверждено решение об отказе', decided: true },
  // spec §8: after a grant the copy (T21/T22) and the payment (T23) run in parallel, so both orders are states
  { code: 'grant_copy_sent', title: 'Копия решения направлена, выплата не организована', decided: true },
  { code: 'payment_setup', title: 'Выплата организована в АСКВ, копия решения не направлена', decided: true },
  { code: 'paying', title: 'Выплата назначена, копия решения направлена', decided: true },
  { code: 'copy_sent', title: 'Копия решения об отказе направлена', decided: true },
  { code: 'closed', title: 'Дело закрыто', decided: true },
  { code: 'correction_review', title: 'Рассмотрение заявления об исправлении опечаток и ошибок', decided: true },
  { code: 'correction_deputy_review', title: 'Исправленное решение на проверке у заместителя главы', decided: true },
  { code: 'correction_head_approval', title: 'Исправленное решение на утверждении у главы', decided: true },
  { code: 'decision_replaced', title: 'Решение заменено', decided: true },
  { code: 'corrected_decision_sent', title: 'Исправленное решение направлено заявителю', decided: true },
  { code: 'no_error_notified', title: 'Заявитель уведомлен об отсутствии опечаток и ошибок', decided: true },
  // A16: withdrawal only before the head's approval, closing the case without a decision
  { code: 'withdrawn', title: 'Заявление отозвано', final: true },
];

// cl. 20, 85(4): the ground must be a refusal-to-accept ground valid for the case's channel
const acceptanceGround: Guard = ({ data, channel, payload }) => {
  const code = data['groundCode'];
  if (typeof code !== 'string' || code === '') return 'Укажите основание отказа в приеме документов (п. 20)';
  const ground = housingGround(code);
  if (!ground || ground.kind !== 'refuse_accept') return `«${code}» не является основанием для отказа в приеме документов (п. 20)`;
  if (channel !== undefined && ground.channels && !ground.channels.includes(channel))
    return `Основание ${code} применяется только при подаче через ${ground.channels.join(', ')}, а заявление подано через ${channel}`;
  // A8: data.missingDocuments names the missing mandatory items of §4.1
  if (code === 'ACC_REJ_MFC_04') return mfcMissingDocumentsProblem({ missing: stringArray(data['missingDocuments']), representative: payload['representative'] !== undefined });
  return null;
};

// cl. 17, 20(2): an unsigned ЕПГУ application cannot be registered, only refused (ACC_REJ_02)
const signedIfElectronic: Guard = ({ payload, channel }) =>
  channel === 'EPGU' && (payload['esignature'] === undefined || payload['esignature'] === 'none')
    ? 'Заявление через ЕПГУ не подписано электронной подписью: откажите в приеме по основанию ACC_REJ_02 (п. 17, 20)'
    : null;

// cl. 49: the request lists the data needed (D1–D7)
const requestedKinds: Guard = ({ data }) => {
  const kinds = stringArray(data['kinds']);
  if (!kinds || kinds.length === 0) return 'Укажите, какие сведения запрашиваются (D1–D7)';
  const unknown = kinds.filter((k) => !(INTERAGENCY_CODES as readonly string[]).includes(k));
  return unknown.length > 0 ? `Неизвестные виды сведений: ${unknown.join(', ')}` : null;
};

// cl. 47, 51: review right after registration only when the applicant brought every needed item of cl. 18
const allDataSupplied: Guard = ({ payload }) => {
  const parsed = housingApplicationSchema.safeParse(payload);
  if (!parsed.success) return 'Сведения заявления не заполнены или содержат ошибки: исправьте заявление';
  const missing = missingInteragencyData(parsed.data);
  return missing.length > 0 ? `Заявитель не представил сведения ${missing.join(', ')}: направьте межведомственные запросы (п. 47, 49)` : null;
};

// cl. 21: a refusal names at least one REF_* ground; a grant names none
const draftProblem = ({ data, payload }: { data: Record<string, unknown>; payload: Record<string, unknown> }): string | null => {
  const outcome = data['outcome'];
  if (outcome !== 'grant' && outcome !== 'refuse') return 'Укажите вид решения: о предоставлении или об отказе';
  const codes = data['groundCodes'] === undefined ? [] : stringArray(data['groundCodes']);
  if (codes === null) return 'Основания отказа — список кодов REF_01–REF_04';
  if (outcome === 'grant') return codes.length > 0 ? 'В решении о предоставлении не указываются основания отказа' : null;
  if (codes.length === 0) return 'Укажите хотя бы одно основание отказа (п. 21)';
  const wrong = codes.filter((c) => housingGround(c)?.kind !== 'refuse');
  if (wrong.length > 0) return `Не являются основаниями отказа в предоставлении услуги (п. 21): ${wrong.join(', ')}`;
  // cl. 21(4): only for an application filed at the place of stay
  if (codes.includes('REF_04') && payload['place'] !== 'stay') return 'Основание REF_04 применяется только к заявлению, поданному по месту пребывания (подп. 4 п. 21)';
  return null;
};

// `expected`: the outcome the transition leads to; the draft itself is checked first so the user sees the real problem
const decisionDraft =
  (expected?: 'grant' | 'refuse'): Guard =>
  ({ data, payload }) =>
    draftProblem({ data, payload }) ?? (expected !== undefined && data['outcome'] !== expected ? 'Вид решения не соответствует переходу' : null);

const reworkReason: Guard = ({ data }) =>
  typeof data['comment'] === 'string' && data['comment'].trim() !== '' ? null : 'Укажите, что нужно исправить в проекте решения';

// A13: the amount is calculated in АСКВ; the case stores it as received, in kopecks
const askvAmount: Guard = ({ data }) => {
  const amount = data['amountKopecks'];
  return typeof amount === 'number' && Number.isInteger(amount) && amount > 0 ? null : 'Укажите сумму компенсации, начисленную в АСКВ (в копейках, целое положительное число)';
};

// cl. 96: the corrected decision is handed over in person, sent by registered mail with acknowledgement, or put into the ЕПГУ account
const correctedDelivery: Guard = ({ data, channel }) => {
  const method = data['method'];
  if (method !== 'in_person' && method !== 'registered_mail' && method !== 'epgu_account')
    return 'Укажите способ направления: лично, заказным письмом с уведомлением о вручении или в личный кабинет ЕПГУ (п. 96)';
  if (method === 'epgu_account' && channel !== undefined && channel !== 'EPGU') return 'В личный кабинет ЕПГУ направляется решение только по заявлению, поданному через ЕПГУ (п. 96)';
  return null;
};

const PRE_DECISION = ['registered', 'interagency_pending', 'ready_for_review', 'under_review', 'deputy_review_grant', 'deputy_review_refusal', 'head_approval_grant', 'head_approval_refusal'];
// cl. 95: corrections concern a decision already issued to the applicant
const DECISION_ISSUED = ['copy_sent', 'closed', 'paying', 'corrected_decision_sent', 'no_error_notified'];

const transitions: Transition[] = [
  // cl. 43: registration in the Journal the same day (in person, post, MFC) or by the next working day (ЕПГУ)
  { event: 'register', title: 'Зарегистрировать заявление', from: ['received'], to: 'registered', roles: ['clerk'], guard: signedIfElectronic, effects: ['register'] },
  // cl. 20, 43, 46: the official's refusal to accept, recorded in the oral reception journal
  { event: 'refuse_acceptance', title: 'Отказать в приеме документов', from: ['received'], to: 'acceptance_refused', roles: ['clerk'], guard: acceptanceGround, effects: ['refuse_acceptance'] },
  // cl. 43: documents back to the applicant, the MFC or by post by the next working day (T10)
  { event: 'return_documents', title: 'Вернуть документы заявителю', from: ['acceptance_refused'], to: 'documents_returned', roles: ['clerk'] },
  // cl. 49: within 2 working days of registration (T15); the MFC never sends them (cl. 90)
  {
    event: 'send_interagency_requests',
    title: 'Направить межведомственные запросы',
    from: ['registered'],
    to: 'interagency_pending',
    roles: ['clerk'],
    guard: requestedKinds,
    effects: ['send_interagency_requests'],
  },
  // cl. 49, A7: an incomplete or failed answer is asked again; a late answer is still an answer, never a refusal ground (cl. 18)
  {
    event: 'reask_interagency',
    title: 'Направить запрос повторно',
    from: ['interagency_pending'],
    to: SAME_STATE,
    roles: ['clerk'],
    effects: ['reask_interagency'],
  },
  // A2: the receipt of the last answer starts T20 anew
  { event: 'interagency_completed', title: 'Ответы на все запросы получены', from: ['interagency_pending'], to: 'ready_for_review', roles: ['clerk'], automatic: true },
  { event: 'start_review', title: 'Начать рассмотрение', from: ['registered'], to: 'under_review', roles: ['clerk'], guard: allDataSupplied },
  { event: 'start_review', title: 'Начать рассмотрение', from: ['ready_for_review'], to: 'under_review', roles: ['clerk'] },
  // cl. 57(1)–(3): the clerk checks the case and passes the draft to the deputy head (T17)
  {
    event: 'draft_decision',
    title: 'Подготовить проект решения',
    from: ['under_review'],
    to: 'deputy_review_grant',
    roles: ['clerk'],
    guard: decisionDraft('grant'),
    recordsDecision: 'draft',
    effects: ['draft_decision'],
  },
  {
    event: 'draft_decision',
    title: 'Подготовить проект решения',
    from: ['under_review'],
    to: 'deputy_review_refusal',
    roles: ['clerk'],
    guard: decisionDraft('refuse'),
    recordsDecision: 'draft',
    effects: ['draft_decision'],
  },
  // cl. 59, A5: the deputy head checks and signs (+ seal) within 1 working day (T18); one 'head' role by default
  {
    event: 'sign_draft',
    title: 'Проверить и подписать проект решения',
    from: ['deputy_review_grant'],
    to: 'head_approval_grant',
    roles: ['head'],
    recordsDecision: 'initial',
    effects: ['initial_decision'],
  },
  {
    event: 'sign_draft',
    title: 'Проверить и подписать проект решения',
    from: ['deputy_review_refusal'],
    to: 'head_approval_refusal',
    roles: ['head'],
    recordsDecision: 'initial',
    effects: ['initial_decision'],
  },
  // A5: a return path is not in the text but harmless; T20 keeps running
  {
    event: 'return_for_rework',
    title: 'Вернуть на доработку',
    from: ['deputy_review_grant', 'deputy_review_refusal', 'head_approval_grant', 'head_approval_refusal'],
    to: 'under_review',
    roles: ['head'],
    guard: reworkReason,
    effects: ['return_decision'],
  },
  // cl. 13, 14, 61: the decision is taken when the head (or a person he authorised, cl. 57(4), 80) approves it
  {
    event: 'approve_decision',
    title: 'Утвердить решение',
    from: ['head_approval_grant'],
    to: 'approved_grant',
    roles: ['head'],
    recordsDecision: 'sign',
    effects: ['sign_decision'],
  },
  {
    event: 'approve_decision',
    title: 'Утвердить решение',
    from: ['head_approval_refusal'],
    to: 'approved_refusal',
    roles: ['head'],
    recordsDecision: 'sign',
    effects: ['sign_decision'],
  },
  // cl. 14, 61: copy to the applicant (T21) or to the MFC (T22); A24: sent by the Institution clerk
  { event: 'send_copy', title: 'Направить копию решения', from: ['approved_refusal'], to: 'copy_sent', roles: ['clerk'], effects: ['send_copy'] },
  { event: 'send_copy', title: 'Направить копию решения', from: ['approved_grant'], to: 'grant_copy_sent', roles: ['clerk'], effects: ['send_copy'] },
  { event: 'send_copy', title: 'Направить копию решения', from: ['payment_setup'], to: 'paying', roles: ['clerk'], effects: ['send_copy'] },
  // cl. 63–66: amount and payment method entered in АСКВ within 1 working day of the grant (T23)
  { event: 'setup_payment', title: 'Организовать выплату (АСКВ)', from: ['approved_grant'], to: 'payment_setup', roles: ['clerk'], guard: askvAmount, effects: ['setup_payment'] },
  { event: 'setup_payment', title: 'Организовать выплату (АСКВ)', from: ['grant_copy_sent'], to: 'paying', roles: ['clerk'], guard: askvAmount, effects: ['setup_payment'] },
  { event: 'close', title: 'Закрыть дело', from: ['copy_sent'], to: 'closed', roles: ['clerk'] },
  // cl. 95: free-form application to correct typos, reviewed within 3 working days of its registration (T29)
  { event: 'register_correction_request', title: 'Зарегистрировать заявление об исправлении опечаток', from: DECISION_ISSUED, to: 'correction_review', roles: ['clerk'] },
  { event: 'notify_no_error', title: 'Уведомить об отсутствии опечаток и ошибок', from: ['correction_review'], to: 'no_error_notified', roles: ['clerk'], effects: ['notify_no_error'] },
  // A10: the replacement goes through the deputy head and the head again, within T29
  {
    event: 'draft_correction',
    title: 'Подготовить исправленное решение',
    from: ['correction_review'],
    to: 'correction_deputy_review',
    roles: ['clerk'],
    guard: decisionDraft(),
    recordsDecision: 'draft',
    effects: ['draft_decision'],
  },
  {
    event: 'sign_draft',
    title: 'Проверить и подписать исправленное решение',
    from: ['correction_deputy_review'],
    to: 'correction_head_approval',
    roles: ['head'],
    recordsDecision: 'initial',
    effects: ['initial_decision'],
  },
  {
    event: 'return_for_rework',
    title: 'Вернуть на доработку',
    from: ['correction_deputy_review', 'correction_head_approval'],
    to: 'correction_review',
    roles: ['head'],
    guard: reworkReason,
    effects: ['return_decision'],
  },
  {
    event: 'replace_decision',
    title: 'Утвердить исправленное решение',
    from: ['correction_head_approval'],
    to: 'decision_replaced',
    roles: ['head'],
    recordsDecision: 'sign',
    effects: ['sign_decision'],
  },
  {
    event: 'send_corrected_decision',
    title: 'Направить исправленное решение',
    from: ['decision_replaced'],
    to: 'corrected_decision_sent',
    roles: ['clerk'],
    guard: correctedDelivery,
    effects: ['send_copy'],
  },
  // A16: withdrawal before the head's approval closes the case without a decision; the applicant gets a notice and his documents
  { event: 'withdraw', title: 'Отзыв заявления', from: PRE_DECISION, to: 'withdrawn', roles: ['clerk'], effects: ['withdraw_application'] },
  // cl. 13, 65(2): the applicant chooses how the compensation is paid; a change of details applies from the next month
  {
    event: 'change_payment_details',
    title: 'Изменить реквизиты для выплаты',
    from: ['approved_grant', 'grant_copy_sent', 'payment_setup', 'paying'],
    to: SAME_STATE,
    roles: ['clerk'],
    effects: ['change_payment_details'],
  },
];

export const housingWorkflow: Workflow = {
  initial: 'received',
  initialEvent: HOUSING_INITIAL_EVENT,
  states,
  transitions,
};
