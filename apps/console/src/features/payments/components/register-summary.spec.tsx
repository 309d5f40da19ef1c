import { describe, expect, it } from '@jest/globals';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Role } from '@casework/domain';
import type { Register } from '../api/payments';
import { RegisterSummary } from './register-summary';

const register = (over: Partial<Register> = {}): Register => ({
  id: '6f1c1e1a-1111-4222-8333-444455556666',
  authorityId: 'a1',
  authorityName: 'ГАУ «КЦСОН Сосьвинского городского округа»',
  period: '2025-11',
  method: 'bank',
  number: '3-в/2025',
  status: 'formed',
  stage: null,
  expectedLines: 1200,
  lineCount: 1200,
  totalKopecks: 1_800_000_00,
  startedAt: '2025-10-06T05:00:00Z',
  formedAt: '2025-10-06T05:01:00Z',
  approvedAt: null,
  approvedBy: null,
  exportedAt: null,
  reconciledAt: null,
  error: null,
  version: 2,
  ...over,
});

const render = (r: Register, roles: Role[]): string =>
  renderToStaticMarkup(<RegisterSummary register={r} roles={roles} busy={false} onApprove={() => undefined} onResume={() => undefined} onDownload={() => undefined} />);

describe('the register page summary', () => {
  it('should show the progress of a generating register as lines written of lines expected with its stage', () => {
    const html = render(register({ status: 'generating', stage: 'main', lineCount: 480, expectedLines: 1200, formedAt: null }), ['head']);
    expect(html).toMatch(/<progress max="1200" value="480"/);
    expect(html).toContain('480 из 1200 строк · этап: строки за месяц');
    // nothing to approve or download while it is being formed
    expect(html).not.toContain('Утвердить реестр');
    expect(html).not.toContain('Скачать CSV');
  });

  it('should keep the bar full when the later passes add lines beyond the count, and indeterminate before the count', () => {
    expect(render(register({ status: 'generating', stage: 'reissue', lineCount: 1210, expectedLines: 1200 }), ['clerk'])).toMatch(/<progress max="1200" value="1200"/);
    const counting = render(register({ status: 'generating', stage: null, lineCount: 0, expectedLines: 0 }), ['clerk']);
    expect(counting).toMatch(/<progress max="1"[^>]*aria-label/);
    expect(counting).not.toMatch(/<progress[^>]*value=/);
  });

  it('should show a stopped generation with «Продолжить формирование» to the clerk only', () => {
    const stopped = register({ status: 'generating', stage: 'main', lineCount: 400, error: 'killed' });
    const clerk = render(stopped, ['clerk']);
    expect(clerk).toContain('Формирование прервано');
    expect(clerk).toContain('killed');
    expect(clerk).toContain('Продолжить формирование');
    const auditor = render(stopped, ['auditor']);
    expect(auditor).toContain('killed');
    expect(auditor).not.toContain('Продолжить формирование');
  });

  it.each<[Role[], boolean]>([
    [['head'], true],
    [['clerk', 'head'], true],
    [['clerk'], false],
    [['auditor'], false],
  ])('should offer «Утвердить реестр» to %j: %s when the register is formed', (roles, shown) => {
    expect(render(register(), roles).includes('Утвердить реестр')).toBe(shown);
  });

  it('should not offer approval again once the register is approved, and then let the clerk and the head download it', () => {
    const approved = register({ status: 'approved', approvedAt: '2025-10-06T06:00:00Z', approvedBy: 'Руководитель Р. Р.', version: 3 });
    const head = render(approved, ['head']);
    expect(head).not.toContain('Утвердить реестр');
    expect(head).toContain(`href="/api/payment-registers/${approved.id}/export?format=csv"`);
    expect(head).toContain(`href="/api/payment-registers/${approved.id}/export?format=xlsx"`);
    expect(head).toContain('Руководитель Р. Р.');
    expect(render(approved, ['clerk'])).toContain('Скачать XLSX');
    expect(render(approved, ['auditor'])).not.toContain('Скачать');
    // the bank's answer is asked for only once the file went to the bank
    expect(head).not.toContain('Ответ банка (симулятор)');
  });

  it('should give the clerk of an exported register the bank simulator, labelled as a simulator', () => {
    const html = render(register({ status: 'exported' }), ['clerk']);
    expect(html).toContain('Ответ банка (симулятор)');
    expect(html).toContain('Это не настоящий банк');
    expect(html).toContain('/bank-simulator/reconciliation');
    expect(render(register({ status: 'exported' }), ['auditor'])).not.toContain('симулятор');
  });
});
