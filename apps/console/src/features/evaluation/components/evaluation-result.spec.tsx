import { describe, expect, it } from '@jest/globals';
import { renderToStaticMarkup } from 'react-dom/server';
import type { EvaluationResult } from '../../../types/api';
import { EvaluationResultView } from './evaluation-result';

const grant: EvaluationResult = {
  serviceSlug: 'capital-repair-compensation',
  rulesVersion: 'nk-1553-2024/1',
  asOf: '2025-10-06',
  submittedOn: '2025-10-06',
  outcome: 'grant',
  outcomeTitle: 'Предоставить',
  grounds: [],
  amount: 396_00,
  period: { from: '2025-10-01' },
  explanation: [{ rule: 'Возраст не менее 80 лет на дату регистрации', clause: 'п. 1.2; I-19', inputs: { age: 81 }, result: true }],
  parameters: { validFrom: '2025-01-01', act: 'Тестовый набор' },
  calculation: [
    { label: 'Общая площадь', value: '41,70 м²' },
    { label: 'Сумма', value: '396,00 ₽' },
  ],
  facts: {},
};

describe('the rules result', () => {
  it('should show the amount a month, the period, the calculation, the act of the parameters and each rule with its clause', () => {
    const html = renderToStaticMarkup(<EvaluationResultView result={grant} />);
    expect(html).toContain('Предоставить');
    expect(html).toMatch(/396,00\s?руб\. в месяц/);
    expect(html).toContain('с 01.10.2025');
    expect(html).toContain('<th scope="row">Общая площадь</th><td>41,70 м²</td>');
    expect(html).toContain('Тестовый набор, действуют с 01.01.2025');
    expect(html).toContain('<td class="nowrap">п. 1.2; I-19</td>');
    expect(html).toContain('выполнено');
    // the inputs by their Russian names
    expect(html).toContain('<td class="small">возраст: 81</td>');
  });

  it('should list the refusal grounds with their clauses and say no amount when the rules refuse', () => {
    const refuse: EvaluationResult = { ...grant, outcome: 'refuse', outcomeTitle: 'Отказать', amount: undefined, calculation: [], grounds: [{ code: 'REF-06', clause: 'п. 2.7.2', title: 'Задолженность по взносу' }] };
    const html = renderToStaticMarkup(<EvaluationResultView result={refuse} />);
    expect(html).toContain('<span class="code">REF-06</span> Задолженность по взносу <span class="muted small">(п. 2.7.2)</span>');
    expect(html).not.toContain('в месяц');
  });
});
