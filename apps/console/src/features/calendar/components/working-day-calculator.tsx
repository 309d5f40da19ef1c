import { useState } from 'react';
import { Alert } from '../../../components/alert';
import { Card } from '../../../components/status';
import { errorMessage } from '../../../lib/api-client';
import { formatDate, todayLocal } from '../../../lib/format';
import { nthWorkingDay } from '../api/calendar';

// "The N-th working day after a date": the same count the engine uses for statutory terms.
export const WorkingDayCalculator = () => {
  const [from, setFrom] = useState(todayLocal());
  const [days, setDays] = useState('10');
  const [result, setResult] = useState<{ from: string; days: number; date: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <Card title="Калькулятор рабочих дней">
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          setFailure(null);
          nthWorkingDay(from, Number(days))
            .then(setResult)
            .catch((err: unknown) => {
              setResult(null);
              setFailure(errorMessage(err));
            });
        }}
      >
        <div className="filters__item">
          <label htmlFor="calc-from" className="field__label">
            От даты
          </label>
          <input id="calc-from" type="date" className="input" value={from} onChange={(e) => setFrom(e.target.value)} required />
        </div>
        <div className="filters__item">
          <label htmlFor="calc-days" className="field__label">
            Рабочих дней
          </label>
          <input id="calc-days" type="number" min={0} max={3650} className="input input--narrow" value={days} onChange={(e) => setDays(e.target.value)} required />
        </div>
        <div className="filters__item filters__item--button">
          <button type="submit" className="button">
            Рассчитать
          </button>
        </div>
        {result ? (
          <div className="filters__item filters__item--result" role="status" data-testid="calc-result">
            {result.days}-й рабочий день после {formatDate(result.from)}: <strong>{formatDate(result.date)}</strong>
          </div>
        ) : null}
      </form>
      {failure ? <Alert tone="error">{failure}</Alert> : null}
    </Card>
  );
};
