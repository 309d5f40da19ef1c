export type Tone = 'danger' | 'warning' | 'caution' | 'neutral' | 'paused' | 'success' | 'muted';

// Queue and case colours: overdue red, due today amber, two working days or less yellow, a stopped clock grey, else neutral.
export const termTone = (status: string, workingDaysLeft: number | null | undefined): Tone => {
  switch (status) {
    case 'overdue':
    case 'breached':
      return 'danger';
    case 'due_today':
      return 'warning';
    case 'met':
      return 'success';
    case 'cancelled':
      return 'muted';
    // the clock stands still (rework, waiting for answers): no urgency until it runs again
    case 'paused':
      return 'paused';
    default:
      return workingDaysLeft !== null && workingDaysLeft !== undefined && workingDaysLeft <= 2 ? 'caution' : 'neutral';
  }
};

export const termLeftText = (status: string, workingDaysLeft: number | null | undefined): string => {
  if (status === 'overdue' || status === 'breached') {
    return workingDaysLeft !== null && workingDaysLeft !== undefined && workingDaysLeft < 0 ? `просрочено на ${Math.abs(workingDaysLeft)} р.д.` : 'просрочено';
  }
  if (status === 'due_today') return 'срок сегодня';
  if (status === 'met') return 'соблюдён';
  if (status === 'cancelled') return 'отменён';
  if (status === 'paused') return 'приостановлен';
  if (workingDaysLeft === null || workingDaysLeft === undefined) return '';
  return `осталось ${workingDaysLeft} р.д.`;
};

// State badge colour by the meaning of the state code, so new services get sensible colours without a table.
export const stateTone = (state: string): 'info' | 'success' | 'danger' | 'warning' | 'progress' | 'muted' | 'sign' => {
  // awaiting a signature, whatever the outcome
  if (/deputy|head_approval|signing|initial/.test(state)) return 'sign';
  if (/refus|rejected|withdrawn|breach/.test(state)) return 'danger';
  if (/approved_grant|granted|paying|payment|result_issued|copy_sent|registers_approved/.test(state)) return 'success';
  if (/closed|archived|no_error/.test(state)) return 'muted';
  if (/pending|waiting|rework|suspend|correction/.test(state)) return 'warning';
  if (/review|ready/.test(state)) return 'progress';
  return 'info';
};
