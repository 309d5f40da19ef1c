import { amountFor, deductionFor, isPayableFor, missedMonths, settleRecalculation, settleTermination, type PayableAssignment } from './assignment';
import { addMonths, formatMonth, monthsBetween } from './month';

describe('payment months', () => {
  it.each([
    ['2025-01', 1, '2025-02'],
    ['2025-12', 1, '2026-01'],
    ['2026-01', -1, '2025-12'],
    ['2025-03', -15, '2023-12'],
    ['2025-11', 14, '2027-01'],
  ])('should add months: %s %+d = %s', (m, n, expected) => {
    expect(addMonths(m, n)).toBe(expected);
  });

  it('should list the months between two months across a year, both ends included, and none when reversed', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-02', '2025-11')).toEqual([]);
    expect(formatMonth('2026-02')).toBe('февраль 2026');
  });
});

describe('which months an assignment pays', () => {
  const active: PayableAssignment = { status: 'active', firstMonth: '2025-10', lastMonth: null, suspendedFrom: null };

  it('should pay from the first month on and not before', () => {
    expect(isPayableFor(active, '2025-09')).toBe(false);
    expect(isPayableFor(active, '2025-10')).toBe(true);
    expect(isPayableFor(active, '2027-01')).toBe(true);
  });

  it('should not pay an assignment still waiting for its amount', () => {
    expect(isPayableFor({ ...active, status: 'pending' }, '2025-11')).toBe(false);
  });

  it('should stop at the last month of a terminated assignment and from the month of a suspension', () => {
    expect(isPayableFor({ ...active, status: 'terminated', lastMonth: '2025-12' }, '2025-12')).toBe(true);
    expect(isPayableFor({ ...active, status: 'terminated', lastMonth: '2025-12' }, '2026-01')).toBe(false);
    expect(isPayableFor({ ...active, status: 'suspended', suspendedFrom: '2025-12' }, '2025-11')).toBe(true);
    expect(isPayableFor({ ...active, status: 'suspended', suspendedFrom: '2025-12' }, '2025-12')).toBe(false);
  });

  it('should take the amount of the latest period begun by the month', () => {
    const periods = [
      { fromMonth: '2025-10', amountKopecks: 100_00 },
      { fromMonth: '2026-01', amountKopecks: 120_00 },
    ];
    expect(amountFor(periods, '2025-09')).toBeNull();
    expect(amountFor(periods, '2025-12')).toBe(100_00);
    expect(amountFor(periods, '2026-01')).toBe(120_00);
    expect(amountFor([...periods].reverse(), '2026-03')).toBe(120_00);
  });
});

describe('settling a recalculation', () => {
  const paid = [
    { month: '2025-10', amountKopecks: 1000_00 },
    { month: '2025-11', amountKopecks: 1000_00 },
    { month: '2025-12', amountKopecks: 1000_00 },
  ];

  it('should owe an additional payment for the months paid at the lower amount since the effective month', () => {
    const s = settleRecalculation({ paid, fromMonth: '2025-11', newAmountKopecks: 1150_50 });
    expect(s.months.map((m) => m.month)).toEqual(['2025-11', '2025-12']);
    expect(s.additionalKopecks).toBe(301_00);
    expect(s.overpaymentKopecks).toBe(0);
  });

  it('should find an overpayment when the amount goes down retroactively', () => {
    const s = settleRecalculation({ paid, fromMonth: '2025-10', newAmountKopecks: 800_00 });
    expect(s.overpaymentKopecks).toBe(600_00);
    expect(s.additionalKopecks).toBe(0);
  });

  it('should settle nothing when the change takes effect after the last month paid', () => {
    const s = settleRecalculation({ paid, fromMonth: '2026-01', newAmountKopecks: 1_00 });
    expect(s).toEqual({ months: [], additionalKopecks: 0, overpaymentKopecks: 0 });
  });

  it('should count a month paid twice (a line and its re-issue) at its full paid sum', () => {
    const s = settleRecalculation({ paid: [...paid, { month: '2025-12', amountKopecks: 1000_00 }], fromMonth: '2025-12', newAmountKopecks: 1000_00 });
    expect(s.overpaymentKopecks).toBe(1000_00);
  });

  it('should refuse a negative or fractional amount', () => {
    expect(() => settleRecalculation({ paid, fromMonth: '2025-10', newAmountKopecks: -1 })).toThrow(RangeError);
    expect(() => settleRecalculation({ paid, fromMonth: '2025-10', newAmountKopecks: 10.5 })).toThrow(RangeError);
  });

  it('should make the months paid after a termination an overpayment', () => {
    expect(settleTermination({ paid, lastMonth: '2025-10' }).overpaymentKopecks).toBe(2000_00);
    expect(settleTermination({ paid, lastMonth: '2025-12' }).overpaymentKopecks).toBe(0);
  });
});

describe('resumption and recovery', () => {
  it('should list the months of a suspension up to the month of resumption', () => {
    expect(missedMonths({ suspendedFrom: '2025-11', resumeFrom: '2026-02' })).toEqual(['2025-11', '2025-12', '2026-01']);
    expect(missedMonths({ suspendedFrom: '2025-11', resumeFrom: '2025-11' })).toEqual([]);
  });

  it('should withhold at most the percent of the payment, rounded down, and never more than the balance', () => {
    expect(deductionFor({ paymentKopecks: 1234_57, balanceKopecks: 10_000_00, percent: 20 })).toBe(246_91);
    expect(deductionFor({ paymentKopecks: 1234_57, balanceKopecks: 100_00, percent: 20 })).toBe(100_00);
    expect(deductionFor({ paymentKopecks: 1234_57, balanceKopecks: 0, percent: 20 })).toBe(0);
    expect(deductionFor({ paymentKopecks: 0, balanceKopecks: 100_00, percent: 20 })).toBe(0);
  });
});
