import { useEffect, useRef, useState } from 'react';
import { Alert } from '../../components/alert';
import { Card, LoadError, Loading, PageHeader } from '../../components/status';
import { importYear, yearPath, yearsPath } from '../../features/calendar/api/calendar';
import { DayDialog } from '../../features/calendar/components/day-dialog';
import { WorkingDayCalculator } from '../../features/calendar/components/working-day-calculator';
import { Legend, YearGrid } from '../../features/calendar/components/year-grid';
import { useApi } from '../../hooks/use-api';
import { errorMessage } from '../../lib/api-client';
import { formatDateTime } from '../../lib/format';
import { useSession } from '../../lib/session';
import type { CalendarDay, CalendarYear, CalendarYearInfo } from '../../types/api';

export const CalendarRoute = () => {
  const { user } = useSession();
  const isAdmin = user?.roles.some((r) => r.role === 'admin') ?? false;
  const years = useApi<CalendarYearInfo[]>(yearsPath);
  const [year, setYear] = useState<number | null>(null);
  const current = useApi<CalendarYear>(year ? yearPath(year) : null);
  const [picked, setPicked] = useState<CalendarDay | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (year !== null || !years.data || years.data.length === 0) return;
    const thisYear = new Date().getFullYear();
    setYear(years.data.some((y) => y.year === thisYear) ? thisYear : years.data[years.data.length - 1].year);
  }, [years.data, year]);

  const info = years.data?.find((y) => y.year === year);

  const onFile = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    setNotice(null);
    try {
      const xml = await file.text();
      const result = await importYear(xml);
      setNotice({ tone: 'success', text: `Календарь на ${result.year} год загружен: ${result.days} особых дней` });
      years.reload();
      setYear(result.year);
      current.reload();
    } catch (e) {
      setNotice({ tone: 'error', text: errorMessage(e) });
    } finally {
      if (fileRef.current) fileRef.current.value = '';
    }
  };

  return (
    <>
      <PageHeader
        title="Производственный календарь"
        subtitle="Праздники, переносы выходных и сокращённые дни: по ним считаются сроки в рабочих днях"
        actions={
          isAdmin ? (
            <>
              <label className="button" htmlFor="calendar-import">
                Импорт года из XML…
              </label>
              <input id="calendar-import" ref={fileRef} type="file" accept=".xml,application/xml,text/xml" className="visually-hidden" onChange={(e) => void onFile(e.target.files?.[0])} />
            </>
          ) : null
        }
      />
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {years.error ? <LoadError error={years.error} onRetry={years.reload} /> : null}
      <Card
        title={
          <span className="year-select">
            <label htmlFor="calendar-year">Год</label>
            <select id="calendar-year" className="input input--compact" value={year ?? ''} onChange={(e) => setYear(Number(e.target.value))}>
              {(years.data ?? []).map((y) => (
                <option key={y.year} value={y.year}>
                  {y.year}
                </option>
              ))}
            </select>
          </span>
        }
        actions={info ? <span className="muted small">Источник: {info.source}, загружен {formatDateTime(info.loadedAt)}</span> : null}
      >
        <Legend />
        {current.error ? <LoadError error={current.error} onRetry={current.reload} /> : null}
        {current.loading && !current.data ? <Loading /> : null}
        {current.data ? <YearGrid days={current.data.days} editable={isAdmin} onPick={setPicked} /> : null}
        {isAdmin ? <p className="muted small">Нажмите на день, чтобы изменить его вид.</p> : null}
      </Card>
      <WorkingDayCalculator />
      {picked ? (
        <DayDialog
          day={picked}
          onClose={() => setPicked(null)}
          onSaved={() => {
            setPicked(null);
            setNotice({ tone: 'success', text: 'День сохранён' });
            current.reload();
          }}
        />
      ) : null}
    </>
  );
};
