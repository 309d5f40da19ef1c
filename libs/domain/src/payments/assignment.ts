import type { Kopecks } from '../common/money';
import { addMonths, type Month } from './month';

export const PAYMENT_METHODS = { bank: 'Через кредитную организацию', post: 'Через почтовое отделение' } as const;
export type PaymentMethodKind = keyof typeof PAYMENT_METHODS;

export const ASSIGNMENT_STATUSES = {
  pending: 'Ожидает расчета суммы',
  active: 'Выплачивается',
  suspended: 'Приостановлена',
  terminated: 'Прекращена',
} as const;
export type AssignmentStatus = keyof typeof ASSIGNMENT_STATUSES;

// What a register needs to decide whether an assignment is paid for a month.
export type PayableAssignment = {
  status: AssignmentStatus;
  firstMonth: Month;
  // last month paid, set on termination
  lastMonth: Month | null;
  // while suspended: the first month not paid
  suspendedFrom: Month | null;
};

export const isPayableFor = (a: PayableAssignment, month: Month): boolean => {
  if (a.status === 'pending') return false;
  if (month < a.firstMonth) return false;
  if (a.lastMonth !== null && month > a.lastMonth) return false;
  if (a.suspendedFrom !== null && month >= a.suspendedFrom) return false;
  return true;
};

// The monthly amount in force for a month, from the assignment's amount periods (each from a month, until the next one).
export type AmountPeriod = { fromMonth: Month; amountKopecks: Kopecks };
export const amountFor = (periods: AmountPeriod[], month: Month): Kopecks | null => {
  let found: AmountPeriod | null = null;
  for (const p of periods) if (p.fromMonth <= month && (found === null || p.fromMonth > found.fromMonth)) found = p;
  return found?.amountKopecks ?? null;
};

// A month already paid (a register line not returned), with the regular amount it carried.
export type PaidMonth = { month: Month; amountKopecks: Kopecks };

export type Settlement = {
  // per month: what was paid and what is due now
  months: { month: Month; paid: Kopecks; due: Kopecks }[];
  // доплата: owed to the recipient for months already paid
  additionalKopecks: Kopecks;
  // переплата: paid too much, to be recovered
  overpaymentKopecks: Kopecks;
};

// Recalculation with retroactive effect: months from `fromMonth` that were already paid are settled against the new
// amount. The difference is either an additional payment or an overpayment, never both (the months are netted).
export const settleRecalculation = ({ paid, fromMonth, newAmountKopecks }: { paid: PaidMonth[]; fromMonth: Month; newAmountKopecks: Kopecks }): Settlement => {
  if (!Number.isInteger(newAmountKopecks) || newAmountKopecks < 0) throw new RangeError('amount must be a non-negative integer of kopecks');
  const byMonth = new Map<Month, Kopecks>();
  for (const p of paid) if (p.month >= fromMonth) byMonth.set(p.month, (byMonth.get(p.month) ?? 0) + p.amountKopecks);
  const months = [...byMonth.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, amount]) => ({ month, paid: amount, due: newAmountKopecks }));
  const diff = months.reduce((sum, m) => sum + m.due - m.paid, 0);
  return { months, additionalKopecks: Math.max(diff, 0), overpaymentKopecks: Math.max(-diff, 0) };
};

// Termination: months after the last month due that were already paid are an overpayment.
export const settleTermination = ({ paid, lastMonth }: { paid: PaidMonth[]; lastMonth: Month }): Settlement =>
  settleRecalculation({ paid, fromMonth: addMonths(lastMonth, 1), newAmountKopecks: 0 });

// Resumption: the months of the suspension, paid afterwards when the reason for it fell away (restoreMissed).
export const missedMonths = ({ suspendedFrom, resumeFrom }: { suspendedFrom: Month; resumeFrom: Month }): Month[] => {
  const result: Month[] = [];
  for (let m = suspendedFrom; m < resumeFrom; m = addMonths(m, 1)) result.push(m);
  return result;
};

// Recovery by deduction: at most `percent` of the month's payment (rounded down to a kopeck), never more than the balance.
export const deductionFor = ({ paymentKopecks, balanceKopecks, percent }: { paymentKopecks: Kopecks; balanceKopecks: Kopecks; percent: number }): Kopecks => {
  if (balanceKopecks <= 0 || paymentKopecks <= 0) return 0;
  return Math.min(balanceKopecks, Math.floor((paymentKopecks * percent) / 100));
};
