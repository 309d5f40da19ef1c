import { useId, useState } from 'react';
import { Badge } from '../../../components/badge';
import { Field } from '../../../components/field';
import { Card } from '../../../components/status';
import { errorMessage, isConflict } from '../../../lib/api-client';
import { formatDate, formatDateTime } from '../../../lib/format';
import { replyPdfUrl, type ComplaintDetail, type ComplaintOptions } from '../api/complaints';

type Props = {
  c: ComplaintDetail;
  replyMethods: ComplaintOptions['replyMethods'];
  onReplySent: (method: string | undefined) => Promise<void>;
  onConflict: () => void;
};

const paragraphs = (text: string) => text.split(/\n+/).filter((p) => p.trim() !== '');

// The decision as taken, the stored reply, and the clerk's mark that the reply went out.
export const ComplaintOutcome = ({ c, replyMethods, onReplySent, onConflict }: Props) => {
  const uid = useId();
  const [method, setMethod] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!c.outcome) return null;
  const tz = c.authority.timeZone;

  const send = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await onReplySent(method || undefined);
    } catch (e) {
      if (isConflict(e)) onConflict();
      else setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      title="Решение по жалобе"
      testId="complaint-outcome"
      actions={
        c.replySha256 ? (
          <a className="button button--small" href={replyPdfUrl(c.id)} target="_blank" rel="noreferrer">
            Ответ (PDF)
          </a>
        ) : null
      }
    >
      <div className="decisions__head">
        <Badge tone={c.outcome.outcome === 'upheld' ? 'success' : 'danger'}>{c.outcome.outcome === 'upheld' ? 'Жалоба удовлетворена' : 'Отказано в удовлетворении'}</Badge>
        <span className="muted small">
          {formatDate(c.decidedOn)}
          {c.decidedBy ? ` · ${c.decidedBy}` : ''}
        </span>
      </div>
      <dl className="kv">
        {c.outcome.remedyTitle ? (
          <div className="kv__row">
            <dt>Принятые меры</dt>
            <dd>
              {c.outcome.remedyTitle}
              {c.outcome.remedy?.details ? ` — ${c.outcome.remedy.details}` : ''}
            </dd>
          </div>
        ) : null}
        <div className="kv__row">
          <dt>Мотивы</dt>
          <dd>
            {paragraphs(c.outcome.reasons).map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </dd>
        </div>
        {c.outcome.nextSteps ? (
          <div className="kv__row">
            <dt>Дальнейшие действия заявителя</dt>
            <dd>{c.outcome.nextSteps}</dd>
          </div>
        ) : null}
        <div className="kv__row">
          <dt>Ответ заявителю</dt>
          <dd>
            {c.repliedAt ? (
              <>
                направлен {formatDateTime(c.repliedAt, tz)}
                {c.replyMethodTitle ? ` (${c.replyMethodTitle.toLowerCase()})` : ''}
                {c.repliedBy ? ` · ${c.repliedBy}` : ''}{' '}
                {c.replyWithinTerm === false ? <Badge tone="danger">с нарушением срока</Badge> : <Badge tone="success">в срок</Badge>}
              </>
            ) : (
              <span className="muted">не направлен, срок — {formatDate(c.terms.reply?.dueDate)}</span>
            )}
          </dd>
        </div>
      </dl>
      {c.replySha256 ? (
        <div className="muted small mono" title="Контрольная сумма SHA-256 сохранённого ответа">
          SHA-256: {c.replySha256}
        </div>
      ) : null}
      {c.actions.replySent ? (
        <div className="details-block" data-testid="reply-sent-form">
          <div className="details-block__title">Отметить направление ответа</div>
          <Field id={`${uid}-method`} label="Способ направления" error={error ?? undefined}>
            <select id={`${uid}-method`} className="input" value={method} onChange={(e) => setMethod(e.target.value)}>
              <option value="">— не указан —</option>
              {replyMethods.map((m) => (
                <option key={m.code} value={m.code}>
                  {m.title}
                </option>
              ))}
            </select>
          </Field>
          <div className="form-actions form-actions--start">
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void send()} data-testid="reply-sent">
              {busy ? 'Сохранение…' : 'Ответ направлен'}
            </button>
          </div>
        </div>
      ) : null}
    </Card>
  );
};
