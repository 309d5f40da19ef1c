import { useId } from 'react';
import type { SlaStats } from '../api/sla';
import { axisTicks, clip, niceMax, stackSegments } from './chart-model';
import './sla.css';
import { useWidth } from './use-width';

export type StatsRow = { id: string; label: string; stats: SlaStats };

const SEGMENTS = [
  { key: 'met', label: 'Соблюдено', value: (s: SlaStats) => s.met },
  { key: 'breached', label: 'Нарушено', value: (s: SlaStats) => s.breached },
  { key: 'open', label: 'В работе', value: (s: SlaStats) => s.openTotal },
] as const;

const ROW = 30;
const BAR = 16;
const AXIS = 24;
const VALUE = 44;

export const ChartLegend = ({ items }: { items: { key: string; label: string }[] }) => (
  <ul className="legend" aria-hidden="true">
    {items.map((i) => (
      <li key={i.key}>
        <span className={`legend__swatch sla-fill--${i.key}`} />
        {i.label}
      </li>
    ))}
  </ul>
);

// One bar per row (clerk, service, authority): terms met and breached in the period, then open now.
export const StackedBarChart = ({ label, rows }: { label: string; rows: StatsRow[] }) => {
  const [ref, width] = useWidth<HTMLDivElement>();
  const titleId = useId();
  const labelWidth = Math.min(210, Math.round(width * 0.34));
  const barX = labelWidth + 10;
  const barWidth = Math.max(40, width - barX - VALUE);
  const totals = rows.map((r) => SEGMENTS.reduce((sum, s) => sum + s.value(r.stats), 0));
  const max = niceMax(Math.max(0, ...totals));
  const scale = barWidth / max;
  const height = rows.length * ROW + AXIS;
  const ticks = axisTicks(max);
  const chars = Math.max(8, Math.floor(labelWidth / 7));

  return (
    <div className="sla-chart" ref={ref}>
      <ChartLegend items={SEGMENTS.map((s) => ({ key: s.key, label: s.label }))} />
      <svg width={width} height={height} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{`${label}: соблюдено, нарушено и в работе; данные в таблице ниже`}</title>
        {ticks.map((t) => (
          <g key={t}>
            <line className="sla-chart__grid" x1={barX + t * scale} x2={barX + t * scale} y1={0} y2={rows.length * ROW} />
            <text x={barX + t * scale} y={rows.length * ROW + 16} textAnchor="middle">
              {t}
            </text>
          </g>
        ))}
        <line className="sla-chart__axis" x1={barX} x2={barX} y1={0} y2={rows.length * ROW} />
        {rows.map((r, i) => {
          const y = i * ROW + (ROW - BAR) / 2;
          const segments = stackSegments(
            SEGMENTS.map((s) => ({ key: s.key, value: s.value(r.stats) })),
            barX,
            scale,
          );
          return (
            <g key={r.id}>
              <text x={labelWidth} y={i * ROW + ROW / 2 + 4} textAnchor="end">
                <title>{r.label}</title>
                {clip(r.label, chars)}
              </text>
              {segments.map((s) => (
                <rect key={s.key} className={`sla-fill--${s.key}`} x={s.x} y={y} width={s.width} height={BAR}>
                  <title>{`${r.label} — ${SEGMENTS.find((x) => x.key === s.key)?.label}: ${s.value}`}</title>
                </rect>
              ))}
              <text className="sla-chart__value" x={barX + totals[i] * scale + 6} y={i * ROW + ROW / 2 + 4}>
                {totals[i]}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
};

const percent = (v: number | null): string => (v === null ? '—' : `${v.toLocaleString('ru-RU')} %`);

// The same numbers as the chart, for screen readers and for copying.
export const StatsTable = ({ caption, firstColumn, rows, total }: { caption: string; firstColumn: string; rows: StatsRow[]; total?: SlaStats }) => (
  <div className="table-wrap">
    <table className="table sla-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{firstColumn}</th>
          <th scope="col" className="num">
            Соблюдено
          </th>
          <th scope="col" className="num">
            Нарушено
          </th>
          <th scope="col" className="num">
            Отменено
          </th>
          <th scope="col" className="num">
            Соблюдение
          </th>
          <th scope="col" className="num">
            В работе
          </th>
          <th scope="col" className="num">
            из них просрочено
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <StatsCells key={r.id} label={r.label} stats={r.stats} />
        ))}
      </tbody>
      {total ? (
        <tfoot>
          <StatsCells label="Итого" stats={total} />
        </tfoot>
      ) : null}
    </table>
  </div>
);

const StatsCells = ({ label, stats }: { label: string; stats: SlaStats }) => (
  <tr>
    <th scope="row" className="sla-table__label">
      {label}
    </th>
    <td className="num">{stats.met}</td>
    <td className="num">{stats.breached}</td>
    <td className="num">{stats.cancelled}</td>
    <td className="num">{percent(stats.compliance)}</td>
    <td className="num">{stats.openTotal}</td>
    <td className="num">{stats.open.overdue}</td>
  </tr>
);
