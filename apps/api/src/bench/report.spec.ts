import { latencyStats, markdownTable, percentile, verdict, type BenchRow } from './report';

describe('bench report', () => {
  it.each([
    { name: 'one sample', samples: [5], p: 50, expected: 5 },
    { name: 'one sample', samples: [5], p: 95, expected: 5 },
    { name: '1..4', samples: [1, 2, 3, 4], p: 50, expected: 2 },
    { name: '4..1 unsorted', samples: [4, 3, 2, 1], p: 95, expected: 4 },
    { name: '1..100', samples: Array.from({ length: 100 }, (_, i) => i + 1), p: 95, expected: 95 },
    { name: '200..1 unsorted', samples: Array.from({ length: 200 }, (_, i) => 200 - i), p: 95, expected: 190 },
  ])('should take p$p of $name as $expected (nearest rank)', ({ samples, p, expected }) => {
    expect(percentile(samples, p)).toBe(expected);
  });

  it('should refuse the percentile of an empty sample', () => {
    expect(() => percentile([], 50)).toThrow(/empty/);
  });

  it('should pass a latency only when the HTTP p95 is under the budget and the service within the ratio of the raw SQL', () => {
    const row = (system: number[], service: number[], raw: number[]): Exclude<BenchRow, { kind: 'missing' }> => ({
      kind: 'latency',
      measure: 'q',
      system: latencyStats(system),
      service: latencyStats(service),
      raw: latencyStats(raw),
      p95BudgetMs: 50,
      maxRatio: 2,
    });
    expect(verdict(row([20, 30, 40], [10, 20, 30], [10, 15, 20]))).toEqual({ ratio: 1.5, httpRatio: 2, ok: true });
    // fast but the service three times the raw query
    expect(verdict(row([3, 6, 9], [3, 6, 9], [1, 2, 3])).ok).toBe(false);
    // the service as fast as raw SQL but over 50 ms through HTTP
    expect(verdict(row([40, 60], [40, 50], [40, 50])).ok).toBe(false);
  });

  it('should print a latency row with the HTTP and service times and both ratios', () => {
    const line = markdownTable([{ kind: 'latency', measure: 'Поиск', system: latencyStats([3]), service: latencyStats([1.5]), raw: latencyStats([1]), p95BudgetMs: 50, maxRatio: 2 }]).split('\n')[2];
    expect(line).toBe('| Поиск | HTTP p50 3.00 ms, p95 3.00 ms; service p50 1.50 ms, p95 1.50 ms | p50 1.00 ms, p95 1.00 ms | service 1.50× (HTTP 3.00×) | HTTP p95 < 50 ms, service ≤ 2× | yes |');
  });

  it('should express a rate as how many times slower the system is and pass it at half the raw rate', () => {
    expect(verdict({ kind: 'rate', measure: 'i', systemPerSecond: 500, rawPerSecond: 1000, minRatio: 0.5 })).toEqual({ ratio: 2, ok: true });
    expect(verdict({ kind: 'rate', measure: 'i', systemPerSecond: 499, rawPerSecond: 1000, minRatio: 0.5 }).ok).toBe(false);
  });

  it('should pass a duration within 1.5 times the raw statement and fail above', () => {
    expect(verdict({ kind: 'duration', measure: 'r', systemSeconds: 15, rawSeconds: 10, maxRatio: 1.5 })).toEqual({ ratio: 1.5, ok: true });
    expect(verdict({ kind: 'duration', measure: 'r', systemSeconds: 16, rawSeconds: 10, maxRatio: 1.5 }).ok).toBe(false);
  });

  it('should print a markdown table with a verdict per row, a row that could not be measured, and the notes', () => {
    const table = markdownTable([
      { kind: 'duration', measure: 'Реестр', systemSeconds: 30, rawSeconds: 10, maxRatio: 1.5, note: 'batches' },
      { kind: 'missing', measure: 'Выгрузка', reason: 'no service' },
    ]);
    const lines = table.split('\n');
    expect(lines[0]).toBe('| measure | system | raw SQL | ratio | budget | ok? |');
    expect(lines[2]).toBe('| Реестр | 30.0 s | 10.0 s | 3.00× | ≤ 1.5× | NO |');
    expect(lines[3]).toBe('| Выгрузка | — | — | — | — | not measured: no service |');
    expect(lines.slice(4)).toEqual(['', '- Реестр: batches']);
  });
});
