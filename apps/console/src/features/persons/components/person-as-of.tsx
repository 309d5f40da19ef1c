import { useState } from 'react';
import { Alert } from '../../../components/alert';
import { formatDate } from '../../../lib/format';

// «Показать на дату»: the file as it was at the end of a past day.
export const AsOfPicker = ({ asOf, max, onChange }: { asOf: string | null; max: string; onChange: (asOf: string | null) => void }) => {
  const [value, setValue] = useState(asOf ?? '');
  return (
    <form
      className="filters"
      aria-label="Показать на дату"
      onSubmit={(e) => {
        e.preventDefault();
        onChange(value || null);
      }}
    >
      <div className="filters__item">
        <label htmlFor="person-as-of" className="field__label">
          Показать на дату
        </label>
        <input id="person-as-of" type="date" className="input input--compact" value={value} max={max} onChange={(e) => setValue(e.target.value)} />
      </div>
      <div className="filters__item filters__item--button">
        <button type="submit" className="button button--small" disabled={!value}>
          Показать
        </button>
        {asOf ? (
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={() => {
              setValue('');
              onChange(null);
            }}
          >
            Текущие сведения
          </button>
        ) : null}
      </div>
    </form>
  );
};

// The historical view is marked as such: nothing on it can be changed.
export const AsOfBanner = ({ asOf, existedAsOf, onReset }: { asOf: string; existedAsOf?: boolean; onReset: () => void }) => (
  <Alert
    tone="warning"
    title={`Исторический вид: сведения на конец дня ${formatDate(asOf)}`}
    testId="as-of-banner"
    actions={
      <button type="button" className="button button--small" onClick={onReset}>
        Текущие сведения
      </button>
    }
  >
    Данные гражданина показаны такими, какими они были на эту дату; семейные связи — действовавшие на эту дату. Изменение сведений в этом режиме недоступно.
    {existedAsOf === false ? ' На эту дату личного дела ещё не было: показаны сведения, внесённые при его заведении.' : ''}
  </Alert>
);
