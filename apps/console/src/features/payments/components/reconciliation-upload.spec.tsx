import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { renderToStaticMarkup } from 'react-dom/server';
import { decodeBankFile, ReconciliationErrors, uploadReconciliation } from './reconciliation-upload';

const realFetch = globalThis.fetch;
const answer = (status: number, body: unknown) => {
  const fetchMock = jest.fn(async (_url: string, _init?: RequestInit) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
  globalThis.fetch = fetchMock as unknown as typeof fetch;
  return fetchMock;
};

afterEach(() => {
  globalThis.fetch = realFetch;
});

describe('uploading the bank reconciliation', () => {
  it('should send the file as text with the register version and list the rows the API refused, in file order', async () => {
    const fetchMock = answer(400, {
      code: 'VALIDATION_FAILED',
      message: 'Файл сверки не совпадает с реестром: ничего не загружено',
      errors: { 'rows.3.lineNo': 'Строка 3: в реестре нет строки № 2', 'rows.2.total': 'Строка 2: сумма не совпадает с реестром (1500.00)' },
    });
    const csv = '№;сумма;результат;дата;причина\r\n1;1499.00;выплачено;10.11.2025;\r\n2;1.00;выплачено;10.11.2025;\r\n';
    const outcome = await uploadReconciliation('reg-1', csv, 4);

    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/payment-registers/reg-1/reconciliation');
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual({ csv, expectedVersion: 4 });
    expect(outcome.kind).toBe('failed');
    if (outcome.kind !== 'failed') return;

    const html = renderToStaticMarkup(<ReconciliationErrors failure={outcome.failure} />);
    expect(html).toContain('Файл сверки не совпадает с реестром: ничего не загружено');
    const items = [...html.matchAll(/<li data-row="(\d+)">([^<]*)<\/li>/g)].map((m) => [m[1], m[2]]);
    expect(items).toEqual([
      ['2', 'Строка 2: сумма не совпадает с реестром (1500.00)'],
      ['3', 'Строка 3: в реестре нет строки № 2'],
    ]);
  });

  it('should say how many lines were paid and returned when the API accepts the file', async () => {
    answer(200, { id: 'reg-1', status: 'reconciled', version: 5, applied: { paid: 7, returned: 1 } });
    expect(await uploadReconciliation('reg-1', 'x', 4)).toEqual({ kind: 'ok', applied: { paid: 7, returned: 1 } });
  });

  it('should report a conflict when the register changed since the page was loaded', async () => {
    answer(409, { code: 'VERSION_CONFLICT', message: 'Запись изменена другим пользователем' });
    expect(await uploadReconciliation('reg-1', 'x', 3)).toEqual({ kind: 'conflict' });
  });

  it('should read a Windows-1251 file from an older bank system as well as UTF-8', () => {
    const cp1251 = Uint8Array.from([0xc2, 0xee, 0xe7, 0xe2, 0xf0, 0xe0, 0xf2]);
    expect(decodeBankFile(cp1251.buffer)).toBe('Возврат');
    expect(decodeBankFile(new TextEncoder().encode('возврат').buffer as ArrayBuffer)).toBe('возврат');
  });
});
