// Status of an application as the portal or the MFC shows it to the applicant (cl. 75, 78: "принято", progress notices).
export const CHANNEL_STATUS_CODES = [
  'received',
  'registered',
  'refused_acceptance',
  'in_progress',
  'decision_granted',
  'decision_refused',
  'copy_sent',
  'closed',
  'withdrawn',
  'correction_in_progress',
  'decision_corrected',
  'no_error_found',
] as const;
export type ChannelStatusCode = (typeof CHANNEL_STATUS_CODES)[number];

export const CHANNEL_STATUS_TITLES: Record<ChannelStatusCode, string> = {
  received: 'Заявление получено ведомством',
  registered: 'Заявление принято и зарегистрировано',
  refused_acceptance: 'Отказано в приеме документов',
  in_progress: 'Заявление рассматривается',
  decision_granted: 'Принято решение о предоставлении услуги',
  decision_refused: 'Принято решение об отказе в предоставлении услуги',
  copy_sent: 'Решение направлено заявителю',
  closed: 'Рассмотрение завершено',
  withdrawn: 'Заявление отозвано',
  correction_in_progress: 'Рассматривается заявление об исправлении опечаток',
  decision_corrected: 'Исправленное решение направлено заявителю',
  no_error_found: 'Опечаток и ошибок в решении не выявлено',
};

// Case states of the engine's workflows (housing-utilities-compensation and the states other services share) → channel status.
// A state not listed has no status of its own: the channel keeps showing the previous one.
const STATE_STATUS: Readonly<Record<string, ChannelStatusCode>> = {
  received: 'received',
  acceptance_refused: 'refused_acceptance',
  documents_returned: 'refused_acceptance',
  registered: 'registered',
  interagency_pending: 'in_progress',
  ready_for_review: 'in_progress',
  under_review: 'in_progress',
  deputy_review_grant: 'in_progress',
  deputy_review_refusal: 'in_progress',
  head_approval_grant: 'in_progress',
  head_approval_refusal: 'in_progress',
  approved_grant: 'decision_granted',
  payment_setup: 'decision_granted',
  approved_refusal: 'decision_refused',
  grant_copy_sent: 'copy_sent',
  paying: 'copy_sent',
  copy_sent: 'copy_sent',
  closed: 'closed',
  withdrawn: 'withdrawn',
  correction_review: 'correction_in_progress',
  correction_deputy_review: 'correction_in_progress',
  correction_head_approval: 'correction_in_progress',
  decision_replaced: 'correction_in_progress',
  corrected_decision_sent: 'decision_corrected',
  no_error_notified: 'no_error_found',
};

export const channelStatusOf = (state: string): ChannelStatusCode | null => (Object.hasOwn(STATE_STATUS, state) ? STATE_STATUS[state] : null);

// The status to send for a state change, or null when the channel's status stays the same (or the state has none).
export const channelStatusUpdate = ({ fromState, toState }: { fromState: string | null; toState: string }): ChannelStatusCode | null => {
  const to = channelStatusOf(toState);
  if (to === null) return null;
  return fromState !== null && channelStatusOf(fromState) === to ? null : to;
};
