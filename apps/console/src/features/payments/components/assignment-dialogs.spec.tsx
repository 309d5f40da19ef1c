import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { renderToStaticMarkup } from 'react-dom/server';
import { AssignmentForm, requestOf, resolverFor, submitChange, type ChangeValues } from './assignment-dialogs';
import { assignmentFixture } from './payments-fixtures';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

const values = (over: Partial<ChangeValues> = {}): ChangeValues => ({
  fromMonth: '',
  lastMonth: '',
  restoreMissed: false,
  reason: 'Уточнены начисления за ЖКУ',
  basis: 'Сведения управляющей компании от 20.01.2026',
  amount: '',
  recoveryMethod: 'deduction',
  percent: '20',
  paidOn: '',
  document: '',
  ...over,
});

// the field's error block, as components/field.tsx renders it next to the control
const fieldError = (html: string, field: string): string | null => new RegExp(`id="[^"]*-${field}-error" role="alert">([^<]*)<`).exec(html)?.[1] ?? null;

describe('the assignment dialogs', () => {
  it('should send the typed rubles as kopecks with the expected version, and show the 400 field error next to the amount', async () => {
    const a = assignmentFixture();
    const fetchMock = jest.fn(async (_url: string, _init?: RequestInit) =>
      new Response(JSON.stringify({ code: 'VALIDATION_FAILED', message: 'Проверьте данные', errors: { amountKopecks: 'Проверьте размер выплаты', fromMonth: 'Не раньше 2025-11' } }), { status: 400 }),
    );
    globalThis.fetch = fetchMock as unknown as typeof fetch;

    const outcome = await submitChange(a, requestOf('recalculate', a, values({ amount: '1 250,50', fromMonth: '2026-01' })));
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe(`/api/payment-assignments/${a.id}/recalculate`);
    expect(JSON.parse(String(init?.body))).toEqual({ amountKopecks: 125050, fromMonth: '2026-01', reason: 'Уточнены начисления за ЖКУ', basis: 'Сведения управляющей компании от 20.01.2026', expectedVersion: 7 });
    expect(outcome).toEqual({ kind: 'failed', failure: { message: 'Проверьте данные', fields: { amount: 'Проверьте размер выплаты', fromMonth: 'Не раньше 2025-11' }, rest: {} } });
    if (outcome.kind !== 'failed') return;

    const html = renderToStaticMarkup(<AssignmentForm kind="recalculate" assignment={a} failure={outcome.failure} onSubmit={async () => undefined} onClose={() => undefined} />);
    expect(fieldError(html, 'amount')).toBe('Проверьте размер выплаты');
    expect(fieldError(html, 'fromMonth')).toBe('Не раньше 2025-11');
    expect(fieldError(html, 'reason')).toBeNull();
    expect(html).toContain('Проверьте данные');
  });

  it('should report a 409 as a conflict, not as a field error', async () => {
    globalThis.fetch = (async () => new Response(JSON.stringify({ code: 'VERSION_CONFLICT', message: 'Запись изменена' }), { status: 409 })) as typeof fetch;
    const a = assignmentFixture();
    expect(await submitChange(a, requestOf('suspend', a, values({ fromMonth: '2026-02' })))).toEqual({ kind: 'conflict' });
  });

  it('should leave an API error without a field of the form in the list above the fields', async () => {
    globalThis.fetch = (async () => new Response(JSON.stringify({ code: 'VALIDATION_FAILED', message: 'Проверьте данные', errors: { expectedVersion: 'Обновите страницу: нет версии записи' } }), { status: 400 })) as typeof fetch;
    const a = assignmentFixture();
    const outcome = await submitChange(a, requestOf('terminate', a, values({ lastMonth: '2025-12' })));
    expect(outcome).toEqual({ kind: 'failed', failure: { message: 'Проверьте данные', fields: {}, rest: { expectedVersion: 'Обновите страницу: нет версии записи' } } });
  });

  it('should ask how to recover an overpayment only when the recalculation makes one, as the API will settle it', () => {
    const a = assignmentFixture();
    // November (re-issued) and December were paid at 1500.00: from November at 1200.00 is 600.00 overpaid
    const down = requestOf('recalculate', a, values({ amount: '1200', fromMonth: '2025-11', recoveryMethod: 'deduction', percent: '25' }));
    expect(down).toMatchObject({ kind: 'recalculate', body: { amountKopecks: 120000, recovery: { method: 'deduction', percent: 25 } } });
    const up = requestOf('recalculate', a, values({ amount: '1600', fromMonth: '2025-11' }));
    expect(up.body).not.toHaveProperty('recovery');
    // a voluntary refund has no percent to withhold
    expect(requestOf('recalculate', a, values({ amount: '0', fromMonth: '2025-12', recoveryMethod: 'voluntary', percent: '' })).body).toMatchObject({ amountKopecks: 0, recovery: { method: 'voluntary' } });
  });

  it('should send a refund of an overpayment to its adjustment in kopecks', async () => {
    const a = assignmentFixture();
    const fetchMock = jest.fn(async (_url: string, _init?: RequestInit) => new Response(JSON.stringify({ id: a.id }), { status: 200 }));
    globalThis.fetch = fetchMock as unknown as typeof fetch;
    const outcome = await submitChange(a, requestOf('refund', a, values({ amount: '360,00', paidOn: '2026-03-10', document: 'Платежное поручение № 7' }), a.adjustments[0]));
    expect(outcome.kind).toBe('ok');
    expect(fetchMock.mock.calls[0][0]).toBe(`/api/payment-assignments/${a.id}/adjustments/5/refunds`);
    expect(JSON.parse(String(fetchMock.mock.calls[0][1]?.body))).toEqual({ amountKopecks: 36000, paidOn: '2026-03-10', document: 'Платежное поручение № 7' });
  });

  it('should check the form with the API\'s own schemas before sending, in Russian, at the form\'s fields', async () => {
    const a = assignmentFixture();
    const check = async (kind: Parameters<typeof resolverFor>[0], v: ChangeValues) => {
      const result = await resolverFor(kind, a, a.adjustments[0])(v, undefined, { fields: {}, shouldUseNativeValidation: false });
      return Object.fromEntries(Object.entries(result.errors).map(([k, e]) => [k, (e as { message?: string }).message]));
    };
    expect(await check('recalculate', values({ amount: '12,345', fromMonth: '2026-13', reason: ' ' }))).toEqual({
      amount: 'Сумма в рублях, например 1250,50',
      fromMonth: 'Месяц в формате ГГГГ-ММ',
      reason: 'Укажите причину',
    });
    expect(await check('recalculate', values({ amount: '1000', fromMonth: '2025-11', percent: '150' }))).toEqual({ percent: 'От 1 до 100 %' });
    expect(await check('refund', values({ amount: '10', paidOn: '', document: '' }))).toMatchObject({ document: 'Укажите документ-основание (вид, номер, дата)' });
    expect(await check('suspend', values({ fromMonth: '2026-02' }))).toEqual({});
  });
});
