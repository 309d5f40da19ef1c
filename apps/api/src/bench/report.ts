// What the bench prints: one row per measure, the system next to the raw SQL on the same database in the same run.

export type LatencyStats = { n: number; p50: number; p95: number };

export type BenchRow =
  // system: through HTTP as the console calls it; service: the same call in-process, the HTTP hop and session check left out
  | { kind: 'latency'; measure: string; system: LatencyStats; service: LatencyStats; raw: LatencyStats; p95BudgetMs: number; maxRatio: number; note?: string }
  | { kind: 'rate'; measure: string; systemPerSecond: number; rawPerSecond: number; minRatio: number; note?: string }
  | { kind: 'duration'; measure: string; systemSeconds: number; rawSeconds: number; maxRatio: number; note?: string }
  | { kind: 'missing'; measure: string; reason: string };

// Nearest-rank percentile of a sample (ms).
export const percentile = (samples: readonly number[], p: number): number => {
  if (samples.length === 0) throw new Error('percentile of an empty sample');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
};

export const latencyStats = (samples: readonly number[]): LatencyStats => ({ n: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95) });

const ms = (value: number): string => (value < 10 ? value.toFixed(2) : value.toFixed(1));
const ratio = (value: number): string => `${value.toFixed(2)}×`;

export type RowVerdict = { ratio: number; ok: boolean; httpRatio?: number };

// The ratio is always "how many times the system is slower": p95 over p95, raw rate over system rate, time over time.
// A latency passes when the p95 through HTTP is under the budget and the service's p95 is within the ratio of its SQL;
// the HTTP ratio is printed beside it.
export const verdict = (row: Exclude<BenchRow, { kind: 'missing' }>): RowVerdict => {
  switch (row.kind) {
    case 'latency': {
      const r = row.service.p95 / row.raw.p95;
      return { ratio: r, httpRatio: row.system.p95 / row.raw.p95, ok: row.system.p95 < row.p95BudgetMs && r <= row.maxRatio };
    }
    case 'rate': {
      const r = row.rawPerSecond / row.systemPerSecond;
      return { ratio: r, ok: row.systemPerSecond / row.rawPerSecond >= row.minRatio };
    }
    case 'duration': {
      const r = row.systemSeconds / row.rawSeconds;
      return { ratio: r, ok: r <= row.maxRatio };
    }
  }
};

const cells = (row: BenchRow): string[] => {
  if (row.kind === 'missing') return [row.measure, '—', '—', '—', '—', `not measured: ${row.reason}`];
  const v = verdict(row);
  const ok = v.ok ? 'yes' : 'NO';
  switch (row.kind) {
    case 'latency':
      return [
        row.measure,
        `HTTP p50 ${ms(row.system.p50)} ms, p95 ${ms(row.system.p95)} ms; service p50 ${ms(row.service.p50)} ms, p95 ${ms(row.service.p95)} ms`,
        `p50 ${ms(row.raw.p50)} ms, p95 ${ms(row.raw.p95)} ms`,
        `service ${ratio(v.ratio)} (HTTP ${ratio(v.httpRatio ?? 0)})`,
        `HTTP p95 < ${row.p95BudgetMs} ms, service ≤ ${row.maxRatio}×`,
        ok,
      ];
    case 'rate':
      return [row.measure, `${row.systemPerSecond.toFixed(0)} /s`, `${row.rawPerSecond.toFixed(0)} /s`, ratio(v.ratio), `≥ ${row.minRatio} of raw rate (≤ ${(1 / row.minRatio).toFixed(0)}×)`, ok];
    case 'duration':
      return [row.measure, `${row.systemSeconds.toFixed(1)} s`, `${row.rawSeconds.toFixed(1)} s`, ratio(v.ratio), `≤ ${row.maxRatio}×`, ok];
  }
};

export const markdownTable = (rows: readonly BenchRow[]): string => {
  const header = ['measure', 'system', 'raw SQL', 'ratio', 'budget', 'ok?'];
  const lines = [header, header.map(() => '---'), ...rows.map(cells)].map((c) => `| ${c.join(' | ')} |`);
  const notes = rows.filter((r): r is Exclude<BenchRow, { kind: 'missing' }> & { note: string } => r.kind !== 'missing' && Boolean(r.note)).map((r) => `- ${r.measure}: ${r.note}`);
  return [...lines, ...(notes.length > 0 ? ['', ...notes] : [])].join('\n');
};
