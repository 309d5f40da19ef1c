import { useState } from 'react';
import { Alert } from '../../../components/alert';
import { Dialog } from '../../../components/dialog';
import { Field } from '../../../components/field';
import { errorMessage } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import type { CalendarDay } from '../../../types/api';
import { updateDay } from '../api/calendar';

type Kind = 'holiday' | 'day_off' | 'short' | 'working' | 'default';

const OPTIONS: { kind: Kind; title: string }[] = [
  { kind: 'default', title: 'Обычный (пн–пт рабочие, сб–вс выходные)' },
  { kind: 'working', title: 'Рабочий день (в том числе перенесённый на субботу)' },
  { kind: 'short', title: 'Сокращённый предпраздничный день' },
  { kind: 'holiday', title: 'Нерабочий праздничный день' },
  { kind: 'day_off', title: 'Выходной (перенос)' },
];

export const DayDialog = ({ day, onClose, onSaved }: { day: CalendarDay; onClose: () => void; onSaved: () => void }) => {
  const [kind, setKind] = useState<Kind>(day.kind === 'weekend' ? 'default' : day.kind);
  const [title, setTitle] = useState(day.holidayTitle ?? '');
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const save = async (): Promise<void> => {
    setSaving(true);
    setFailure(null);
    try {
      await updateDay(day.date, { kind, holidayTitle: kind === 'holiday' ? title.trim() || null : null });
      onSaved();
    } catch (e) {
      setFailure(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Dialog
      open
      title={`День ${formatDate(day.date)}`}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Отмена
          </button>
          <button type="button" className="button button--primary" disabled={saving} onClick={() => void save()}>
            Сохранить
          </button>
        </>
      }
    >
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      <fieldset className="fieldset">
        <legend className="field__label">Вид дня</legend>
        {OPTIONS.map((o) => (
          <label key={o.kind} className="check">
            <input type="radio" name="day-kind" value={o.kind} checked={kind === o.kind} onChange={() => setKind(o.kind)} /> {o.title}
          </label>
        ))}
      </fieldset>
      {kind === 'holiday' ? (
        <Field id="holiday-title" label="Название праздника">
          <input id="holiday-title" className="input" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
        </Field>
      ) : null}
      <p className="muted small">Изменение влияет на расчёт сроков по всем делам, которые будут рассчитаны после сохранения.</p>
    </Dialog>
  );
};
