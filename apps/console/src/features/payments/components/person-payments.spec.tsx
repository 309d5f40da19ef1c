import { describe, expect, it } from '@jest/globals';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import type { Assignment } from '../api/payments';
import { assignmentFixture } from './payments-fixtures';
import { PersonPaymentsView } from './person-payments';

const render = (assignments: Assignment[], clerk: boolean): string =>
  renderToStaticMarkup(
    <MemoryRouter>
      <PersonPaymentsView assignments={assignments} serviceTitle={() => 'Компенсация расходов на ЖКУ'} canChange={() => clerk} onAction={() => undefined} />
    </MemoryRouter>,
  );

const rows = (html: string, month: string): string[] => [...html.matchAll(new RegExp(`<tr data-testid="payment-month" data-month="${month}"[^>]*>(.*?)</tr>`, 'g'))].map((m) => m[1]);

describe('the payments of a personal file', () => {
  it('should list the months paid with their register, sum and status, the returned one with its reason', () => {
    const html = render([assignmentFixture()], false);
    const november = rows(html, '2025-11');
    expect(november).toHaveLength(2);
    expect(november[0]).toContain('ноябрь 2025');
    expect(november[0]).toContain('повторная выплата');
    expect(november[0]).toContain('№ 2-в/2025');
    expect(november[0]).toContain('Выплачено');
    expect(november[0]).toContain('10.12.2025');
    expect(november[1]).toContain('Возврат');
    expect(november[1]).toContain('Счет получателя закрыт');
    expect(rows(html, '2025-12')[0]).toContain('1\u00a0500,00\u00a0руб.');
    expect(html).toContain('href="/payments/registers/r-12"');
  });

  it('should show the overpayment with what is left of it, how it is recovered, and each deduction', () => {
    const html = render([assignmentFixture()], false);
    expect(html).toMatch(/<strong>Переплата<\/strong> 600,00\u00a0руб\./);
    expect(html).toContain('<span data-testid="adjustment-balance">остаток 360,00\u00a0руб.</span>');
    expect(html).toContain('удержание из выплат 20 %');
    expect(html).toContain('Удержано 240,00\u00a0руб. по реестру № 3-в/2026, строка 1');
  });

  it('should show the case, the amount, the masked account and the history in Russian', () => {
    const html = render([assignmentFixture()], false);
    expect(html).toContain('href="/cases/c1"');
    expect(html).toContain('Дело № 66-001/2025');
    expect(html).toContain('Выплачивается');
    expect(html).toContain('1\u00a0200,00\u00a0руб.');
    expect(html).toContain('счет •••• 2345');
    expect(html).not.toContain('40817810516540012345');
    expect(html).toContain('Перерасчет');
    expect(html).toContain('Сведения управляющей компании от 20.12.2025');
  });

  it('should give the clerk of the authority the actions that fit the status, and nobody else any', () => {
    const active = render([assignmentFixture()], true);
    for (const label of ['Приостановить', 'Прекратить', 'Перерасчет</button>', 'Возврат переплаты']) expect(active).toContain(label);
    expect(active).not.toContain('Возобновить');
    const suspended = render([assignmentFixture({ status: 'suspended', suspendedFrom: '2026-02' })], true);
    expect(suspended).toContain('Возобновить');
    expect(suspended).toContain('приостановлена с февраля 2026');
    expect(suspended).not.toContain('Приостановить</button>');
    const auditor = render([assignmentFixture()], false);
    expect(auditor).not.toContain('<button');
  });
});
