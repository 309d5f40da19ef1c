import { Badge } from '../../../components/badge';
import { Card, Empty } from '../../../components/status';
import { formatDate } from '../../../lib/format';
import type { InteragencyRequest } from '../../../types/api';

const STATUS: Record<InteragencyRequest['status'], { title: string; tone: string }> = {
  sent: { title: 'ожидается ответ', tone: 'warning' },
  answered: { title: 'ответ получен', tone: 'success' },
  failed: { title: 'ошибка', tone: 'danger' },
};

const LABELS: Record<string, string> = {
  right: 'Право',
  registered: 'Зарегистрирован',
  paid: 'Оплачено',
  debt: 'Задолженность',
  error: 'Ошибка',
};

const answerText = (answer: unknown): string => {
  if (answer === null || answer === undefined) return '';
  if (typeof answer !== 'object') return String(answer);
  return Object.entries(answer as Record<string, unknown>)
    .map(([k, v]) => `${LABELS[k] ?? k}: ${typeof v === 'boolean' ? (v ? 'да' : 'нет') : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)}`)
    .join('; ');
};

type Props = { requests: InteragencyRequest[]; canPoll: boolean; polling: boolean; onPoll: () => void };

export const InteragencyPanel = ({ requests, canPoll, polling, onPoll }: Props) => {
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
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Сведения</th>
                <th scope="col">№ запроса</th>
                <th scope="col">Направлен</th>
                <th scope="col">Срок ответа</th>
                <th scope="col">Статус</th>
                <th scope="col">Ответ</th>
              </tr>
            </thead>
            <tbody>
              {requests.map((r) => (
                <tr key={r.id} data-testid="interagency-row" data-status={r.status}>
                  <td>
                    <span className="code">{r.kind}</span> {r.title}
                    <div className="muted small">{r.agency}</div>
                  </td>
                  <td className="nowrap">{r.number ?? '—'}</td>
                  <td className="nowrap">{formatDate(r.sentOn)}</td>
                  <td className="nowrap">{formatDate(r.dueDate)}</td>
                  <td className="nowrap">
                    <Badge tone={STATUS[r.status].tone}>{STATUS[r.status].title}</Badge>
                    {r.answeredOn ? <div className="muted small">{formatDate(r.answeredOn)}</div> : null}
                  </td>
                  <td className="small">{answerText(r.answer)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
};
