import { addMonths, ASSIGNMENT_STATUSES, PAYMENT_METHODS, settleRecalculation, type Role, type Settlement } from '@casework/domain';
import { formatDate, maskAccount } from '../../../lib/format';
import type { Assignment, AssignmentLine, LineStatus, PaymentMethod, Register, RegisterStatus } from '../api/payments';

export const REGISTER_STATUS_TITLES: Record<RegisterStatus, string> = {
  generating: 'Формируется',
  formed: 'Сформирован',
  approved: 'Утвержден',
  exported: 'Выгружен в банк (почту)',
  reconciled: 'Сверен',
};

export const REGISTER_STATUS_TONES: Record<RegisterStatus, string> = { generating: 'progress', formed: 'info', approved: 'sign', exported: 'warning', reconciled: 'success' };

export const LINE_STATUS_TITLES: Record<LineStatus, string> = { included: 'Включено в реестр', paid: 'Выплачено', returned: 'Возврат' };
export const LINE_STATUS_TONES: Record<LineStatus, string> = { included: 'info', paid: 'success', returned: 'danger' };

// The passes of the background generation (payment-registers.service.ts), in their order.
export const STAGE_TITLES: Record<string, string> = {
  main: 'строки за месяц',
  arrears: 'неполученные суммы за прошлые месяцы',
  reissue: 'повторная выплата возвращенных сумм',
  adjustments: 'доплаты и удержания',
};

export const METHOD_TITLES: Record<PaymentMethod, string> = PAYMENT_METHODS;
export const METHOD_SHORT: Record<PaymentMethod, string> = { bank: 'банк', post: 'почта' };

export const ASSIGNMENT_STATUS_TONES: Record<keyof typeof ASSIGNMENT_STATUSES, string> = { pending: 'muted', active: 'success', suspended: 'warning', terminated: 'danger' };

export const EVENT_KIND_TITLES: Record<string, string> = {
  created: 'Назначена',
  activated: 'Выплата организована',
  details_changed: 'Изменены реквизиты',
  suspended: 'Приостановлена',
  resumed: 'Возобновлена',
  terminated: 'Прекращена',
  recalculated: 'Перерасчет',
  refund: 'Возврат переплаты',
};

export const ADJUSTMENT_KIND_TITLES = { additional: 'Доплата', overpayment: 'Переплата' } as const;
export const RECOVERY_METHOD_TITLES = { deduction: 'удержание из выплат', voluntary: 'добровольный возврат' } as const;

// Roles of the user in one authority: a register or an assignment is acted on in its own authority.
export const rolesIn = (grants: readonly { authorityId: string; role: Role }[] | undefined, authorityId: string): Role[] =>
  (grants ?? []).filter((g) => g.authorityId === authorityId).map((g) => g.role);

// What a user may do with a register in its present status (the API checks the same and answers 403/422 otherwise).
export const registerActions = (register: Pick<Register, 'status' | 'error'>, roles: readonly Role[]) => {
  const clerk = roles.includes('clerk');
  const head = roles.includes('head');
  const issued = register.status === 'approved' || register.status === 'exported' || register.status === 'reconciled';
  return {
    approve: head && register.status === 'formed',
    download: (clerk || head) && issued,
    reconcile: clerk && register.status === 'exported',
    simulator: (clerk || head) && register.status === 'exported',
    resume: clerk && register.status === 'generating' && register.error !== null,
  };
};

// Progress of a generation: lines written of those expected; the later passes may add lines beyond the count.
export const progressOf = (register: Pick<Register, 'lineCount' | 'expectedLines' | 'stage'>): { value: number | null; max: number; text: string } => {
  const stage = register.stage ? (STAGE_TITLES[register.stage] ?? register.stage) : 'подготовка';
  if (register.expectedLines <= 0) return { value: null, max: 1, text: `Этап: ${stage}` };
  const value = Math.min(register.lineCount, register.expectedLines);
  return { value, max: register.expectedLines, text: `${register.lineCount} из ${register.expectedLines} строк · этап: ${stage}` };
};

// The errors of a reconciliation file as the API names them ('rows.3.total', 'csv'), in the order of the file.
export const reconciliationErrors = (errors: Record<string, string>): { key: string; row: number | null; message: string }[] =>
  Object.entries(errors)
    .map(([key, message]) => {
      const m = /^rows\.(\d+)\./.exec(key);
      return { key, row: m ? Number(m[1]) : null, message };
    })
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || a.key.localeCompare(b.key));

export const requisitesText = (r: { method: PaymentMethod; bik: string | null; account: string | null; postOffice: string | null; bankName?: string | null }): string =>
  r.method === 'bank' ? [r.bankName, r.bik ? `БИК ${r.bik}` : null, `счет ${maskAccount(r.account)}`].filter(Boolean).join(', ') : `почтовое отделение ${r.postOffice ?? '—'}`;

export const lineResultText = (l: Pick<AssignmentLine, 'status' | 'resultOn'>): string => (l.resultOn && l.status !== 'included' ? `${LINE_STATUS_TITLES[l.status]} ${formatDate(l.resultOn)}` : LINE_STATUS_TITLES[l.status]);

// Months already paid or on their way (lines not returned) with the regular amount each carried: the API settles a
// recalculation against exactly these, so the form can say beforehand whether it makes an additional payment or an overpayment.
export const previewRecalculation = (a: Pick<Assignment, 'lines'>, fromMonth: string, newAmountKopecks: number): Settlement | null => {
  if (!/^\d{4}-\d{2}$/.test(fromMonth) || !Number.isSafeInteger(newAmountKopecks) || newAmountKopecks < 0) return null;
  const paid = a.lines.filter((l) => l.status !== 'returned').map((l) => ({ month: l.period, amountKopecks: l.amountKopecks }));
  return settleRecalculation({ paid, fromMonth, newAmountKopecks });
};

// The first month a suspension may start: after the last month already in a register (the API refuses earlier ones).
export const firstFreeMonth = (a: Pick<Assignment, 'lines' | 'firstMonth'>): string => {
  const last = a.lines.reduce<string | null>((max, l) => (max === null || l.period > max ? l.period : max), null);
  return last === null || last < a.firstMonth ? a.firstMonth : addMonths(last, 1);
};

// Sums and counts line up on the right (the console's stylesheet has no numeric cell class; this feature keeps its own).
export const NUM = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
