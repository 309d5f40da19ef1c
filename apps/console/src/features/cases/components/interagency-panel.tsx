import { Badge } from '../../../components/badge';
import { Card, Empty } from '../../../components/status';
import { formatDate } from '../../../lib/format';
import type { InteragencyRequest } from '../../../types/api';
import { canReask, INTERAGENCY_STATUS as STATUS, missingOf } from './procedure-model';

const LABELS: Record<string, string> = {
  found: 'Сведения найдены',
  note: 'Примечание',
  hasRight: 'Право на меру',
  basis: 'Основание',
  ownership: 'Владение',
  registered: 'Зарегистрирован',
  address: 'Адрес',
  since: 'С',
  persons: 'Зарегистрированы',
  area: 'Площадь, м²',
  living: 'Условия',
  stock: 'Жилищный фонд',
  charged: 'Начислено',
  paid: 'Оплачено',
  debt: 'Задолженность',
  centralHeating: 'Центральное отопление',
  gas: 'Газ',
  solidFuelExpenses: 'Расходы на топливо',
  receivesAtResidence: 'Получает по месту жительства',
  error: 'Ошибка',
};

const KOPECKS = new Set(['charged', 'paid', 'debt', 'solidFuelExpenses']);

const rub = (kopecks: number): string => `${(kopecks / 100).toLocaleString('ru-RU', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ₽`;

const value = (key: string, v: unknown): string => {
  if (typeof v === 'boolean') return v ? 'да' : 'нет';
  if (typeof v === 'number') return KOPECKS.has(key) ? rub(v) : String(v);
  if (typeof v === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDate(v) : v;
  if (Array.isArray(v)) return v.map((x) => (x && typeof x === 'object' ? Object.values(x as Record<string, unknown>).join(', ') : String(x))).join('; ');
  return v === null || v === undefined ? '—' : JSON.stringify(v);
};

// The agency's answer as short "label: value" lines; a plain "no records" answer is one line.
const AnswerView = ({ answer }: { answer: unknown }) => {
  if (answer === null || answer === undefined) return <span className="muted">—</span>;
  if (typeof answer !== 'object') return <>{String(answer)}</>;
  const entries = Object.entries(answer as Record<string, unknown>);
  const a = answer as Record<string, unknown>;
  if (a.found === false) return <span className="muted">{typeof a.note === 'string' ? a.note : 'Сведения не найдены'}</span>;
  return (
    <ul className="answer">
      {entries
        .filter(([k]) => k !== 'found' && k !== 'missing')
        .map(([k, v]) => (
          <li key={k}>
            <span className="muted">{LABELS[k] ?? k}:</span> {value(k, v)}
          </li>
        ))}
    </ul>
  );
};

type Props = { requests: InteragencyRequest[]; canPoll: boolean; polling: boolean; onPoll: () => void; onReask?: (requestId: string) => void; busy?: boolean };

// `onReask`: given when the action reask_interagency is available now; each incomplete or failed row gets its button.
export const InteragencyPanel = ({ requests, canPoll, polling, onPoll, onReask, busy = false }: Props) => {
  const waiting = requests.some((r) => r.status === 'sent');
  return (
    <Card
      title="Межведомственные запросы"
      testId="interagency-panel"
      actions={
        canPoll && waiting ? (
          <button type="button" className="button button--small" onClick={onPoll} disabled={polling}>
            {polling ? 'Запрос ответов…' : 'Получить ответы'}
          </button>
        ) : null
      }
    >
      {requests.length === 0 ? (
        <Empty>Запросы не направлялись.</Empty>
      ) : (
        <div className="table-wrap">
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">Сведения</th>
                <th scope="col">Запрос</th>
                <th scope="col">Статус</th>
                <th scope="col">Ответ</th>
              </tr>
            </thead>
            <tbody>
              {requests.map((r) => (
                <tr key={r.id} data-testid="interagency-row" data-status={r.status}>
                  <td className="interagency__what">
                    <span className="code">{r.kind}</span> <span className="clamp-2" title={r.title}>{r.title}</span>
                    <div className="muted small ellipsis-line" title={r.agency}>
                      {r.agency}
                    </div>
                  </td>
                  <td className="nowrap small">
                    <div>{r.number ?? '—'}</div>
                    <div className="muted">от {formatDate(r.sentOn)}</div>
                    <div className="muted">срок {formatDate(r.dueDate)}</div>
                  </td>
                  <td className="nowrap">
                    <Badge tone={STATUS[r.status].tone}>{STATUS[r.status].title}</Badge>
                    {r.answeredOn ? <div className="muted small">{formatDate(r.answeredOn)}</div> : null}
                    {r.reaskOf ? (
                      <div className="muted small" title="Повторный запрос вместо неполного ответа или ошибки">
                        повторный ({requests.find((o) => o.id === r.reaskOf)?.number ?? '—'})
                      </div>
                    ) : null}
                    {onReask && canReask(r) ? (
                      <button type="button" className="button button--small interagency__reask" disabled={busy} onClick={() => onReask(r.id)} data-testid="reask-button">
                        Запросить повторно…
                      </button>
                    ) : null}
                  </td>
                  <td className="small interagency__answer">
                    {r.status === 'incomplete' ? (
                      <div className="interagency__missing" data-testid="interagency-missing">
                        Неполный ответ, нет сведений: {missingOf(r.answer).map((m) => LABELS[m] ?? m).join(', ') || '—'}
                      </div>
                    ) : null}
                    {r.late && r.status !== 'superseded' && r.status !== 'failed' ? (
                      <div className="interagency__late" data-testid="interagency-late">
                        {r.status === 'sent' ? 'срок ответа истёк' : 'ответ получен с опозданием'} — не может быть основанием для отказа (п. 18)
                      </div>
                    ) : null}
                    <AnswerView answer={r.answer} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
};
