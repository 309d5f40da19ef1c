import { useId } from 'react';
import { SLA_BUCKET_TITLES, SLA_BUCKETS, type SlaBucket } from '@casework/domain/sla/sla-bucket';
import type { SlaStats } from '../api/sla';
import { axisTicks, niceMax } from './chart-model';
import './sla.css';
import { useWidth } from './use-width';

const TONE: Record<SlaBucket, string> = { overdue: 'overdue', today: 'today', '1': 'soon', '2-3': 'later', '4-5': 'later', '6-10': 'later', 'over-10': 'later' };

// short enough for seven columns on a narrow card; the table below has the full titles
const AXIS_LABELS: Record<SlaBucket, string> = { overdue: 'просрочено', today: 'сегодня', '1': '1', '2-3': '2–3', '4-5': '4–5', '6-10': '6–10', 'over-10': '> 10' };

const HEIGHT = 236;
const TOP = 18;
const BOTTOM = 44;
const LEFT = 36;

// Open terms by working days left: what is late, what is due today, what comes next.
export const BucketColumnChart = ({ stats }: { stats: SlaStats }) => {
  const [ref, width] = useWidth<HTMLDivElement>();
  const titleId = useId();
  const max = niceMax(Math.max(0, ...SLA_BUCKETS.map((b) => stats.open[b])));
  const plot = HEIGHT - TOP - BOTTOM;
  const scale = plot / max;
  const slot = (width - LEFT) / SLA_BUCKETS.length;
  const column = Math.min(56, slot * 0.62);

  return (
    <div className="sla-chart" ref={ref}>
      <svg width={width} height={HEIGHT} role="img" aria-labelledby={titleId}>
        <title id={titleId}>Открытые сроки по оставшимся рабочим дням; данные в таблице ниже</title>
        {axisTicks(max).map((t) => (
          <g key={t}>
            <line className="sla-chart__grid" x1={LEFT} x2={width} y1={TOP + plot - t * scale} y2={TOP + plot - t * scale} />
            <text x={LEFT - 6} y={TOP + plot - t * scale + 4} textAnchor="end">
              {t}
            </text>
          </g>
        ))}
        <line className="sla-chart__axis" x1={LEFT} x2={width} y1={TOP + plot} y2={TOP + plot} />
        <text x={LEFT + (width - LEFT) / 2} y={HEIGHT - 6} textAnchor="middle">
          осталось рабочих дней
        </text>
        {SLA_BUCKETS.map((b, i) => {
          const value = stats.open[b];
          const h = value * scale;
          const x = LEFT + i * slot + (slot - column) / 2;
          return (
            <g key={b}>
              {value > 0 ? (
                <rect className={`sla-fill--${TONE[b]}`} x={x} y={TOP + plot - h} width={column} height={h}>
                  <title>{`${SLA_BUCKET_TITLES[b]}: ${value}`}</title>
                </rect>
              ) : null}
              <text className="sla-chart__value" x={x + column / 2} y={TOP + plot - h - 5} textAnchor="middle">
                {value}
              </text>
              <text x={x + column / 2} y={TOP + plot + 16} textAnchor="middle">
                {AXIS_LABELS[b]}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
};

export const BucketTable = ({ stats }: { stats: SlaStats }) => (
  <div className="table-wrap">
    <table className="table sla-table">
      <caption className="visually-hidden">Открытые сроки по оставшимся рабочим дням</caption>
      <thead>
        <tr>
          {SLA_BUCKETS.map((b) => (
            <th key={b} scope="col" className="num">
              {SLA_BUCKET_TITLES[b]}
            </th>
          ))}
          <th scope="col" className="num">
            Всего
          </th>
        </tr>
      </thead>
      <tbody>
        <tr>
          {SLA_BUCKETS.map((b) => (
            <td key={b} className="num">
              {stats.open[b]}
            </td>
          ))}
          <td className="num">{stats.openTotal}</td>
        </tr>
      </tbody>
    </table>
  </div>
);
