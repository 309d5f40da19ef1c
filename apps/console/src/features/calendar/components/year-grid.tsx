import { format, getISODay, parseISO } from 'date-fns';
import { ru } from 'date-fns/locale/ru';
import type { CalendarDay } from '../../../types/api';

const WEEKDAYS = ['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Вс'];

export const KIND_TITLES: Record<string, string> = {
  working: 'рабочий день',
  short: 'сокращённый (предпраздничный) день',
  weekend: 'выходной',
  holiday: 'нерабочий праздничный день',
  day_off: 'перенесённый выходной',
};

// The class of a day: a working day that falls on a weekend is a transferred working Saturday (Sunday).
export const dayClass = (d: CalendarDay): string => {
  const weekend = getISODay(parseISO(d.date)) >= 6;
  if (d.kind === 'working' && weekend) return 'day--working-weekend';
  return `day--${d.kind}`;
};

const dayTitle = (d: CalendarDay): string => {
  const weekend = getISODay(parseISO(d.date)) >= 6;
  const base = d.kind === 'working' && weekend ? 'рабочий день (перенос)' : (KIND_TITLES[d.kind] ?? d.kind);
  return [format(parseISO(d.date), 'dd.MM.yyyy'), base, d.holidayTitle, d.movedFrom ? `перенесён с ${format(parseISO(d.movedFrom), 'dd.MM.yyyy')}` : ''].filter(Boolean).join(' — ');
};

type Props = { days: CalendarDay[]; editable: boolean; onPick: (day: CalendarDay) => void };

export const YearGrid = ({ days, editable, onPick }: Props) => {
  const months: CalendarDay[][] = Array.from({ length: 12 }, () => []);
  for (const d of days) months[Number(d.date.slice(5, 7)) - 1].push(d);
  return (
    <div className="year-grid">
      {months.map((list, i) => {
        if (list.length === 0) return null;
        const offset = getISODay(parseISO(list[0].date)) - 1;
        const working = list.filter((d) => d.kind === 'working' || d.kind === 'short').length;
        return (
          <section key={i} className="month" aria-label={format(parseISO(list[0].date), 'LLLL yyyy', { locale: ru })}>
            <h3 className="month__title">
              <span className="month__name">{format(parseISO(list[0].date), 'LLLL', { locale: ru })}</span>
              <span className="muted small">{working} раб. дн.</span>
            </h3>
            <div className="month__grid" role="grid">
              {WEEKDAYS.map((w) => (
                <div key={w} className="month__wd" role="columnheader">
                  {w}
                </div>
              ))}
              {Array.from({ length: offset }, (_, k) => (
                <div key={`pad-${k}`} />
              ))}
              {list.map((d) => (
                <button
                  key={d.date}
                  type="button"
                  className={`day ${dayClass(d)}`}
                  title={dayTitle(d)}
                  aria-label={dayTitle(d)}
                  disabled={!editable}
                  onClick={() => onPick(d)}
                  data-date={d.date}
                >
                  {Number(d.date.slice(8))}
                </button>
              ))}
            </div>
          </section>
        );
      })}
    </div>
  );
};

export const Legend = () => (
  <ul className="legend" aria-label="Обозначения">
    <li>
      <span className="day day--working legend__swatch" aria-hidden="true" /> рабочий
    </li>
    <li>
      <span className="day day--short legend__swatch" aria-hidden="true" /> сокращённый
    </li>
    <li>
      <span className="day day--weekend legend__swatch" aria-hidden="true" /> выходной
    </li>
    <li>
      <span className="day day--holiday legend__swatch" aria-hidden="true" /> праздник
    </li>
    <li>
      <span className="day day--day_off legend__swatch" aria-hidden="true" /> перенесённый выходной
    </li>
    <li>
      <span className="day day--working-weekend legend__swatch" aria-hidden="true" /> рабочая суббота
    </li>
  </ul>
);
