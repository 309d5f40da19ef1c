import { Link } from 'react-router-dom';
import { localDateTimeIn, PERSONAL_FILE_TIME_ZONE } from '@casework/domain';
import { Badge } from '../../../components/badge';
import { Card, Empty } from '../../../components/status';
import { formatDate, formatDateTime } from '../../../lib/format';
import type { PersonChange } from '../../../types/api';

const FIELD: Record<string, string> = {
  snils: 'СНИЛС',
  lastName: 'Фамилия',
  firstName: 'Имя',
  middleName: 'Отчество',
  birthDate: 'Дата рождения',
  sex: 'Пол',
  citizenship: 'Гражданство',
  identityDocument: 'Документ',
  registrationAddress: 'Адрес регистрации',
  actualAddress: 'Фактический адрес',
  phone: 'Телефон',
  email: 'Эл. почта',
  mergedFrom: 'Присоединено личное дело',
  mergedIntoId: 'Объединено с личным делом',
};

const show = (v: unknown): string => {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'object') {
    const d = v as Record<string, unknown>;
    return [d.series, d.number].filter(Boolean).join(' ') || JSON.stringify(v);
  }
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return formatDate(v);
  return String(v);
};

// Made after the end of the day shown (in Moscow time, as the API counts it).
export const changedAfter = (changedAt: string, asOf: string): boolean => localDateTimeIn(new Date(changedAt), PERSONAL_FILE_TIME_ZONE).date > asOf;

// Who changed what, when, from what to what, on what document; in the as-of view the later changes are marked.
export const PersonHistory = ({ changes, asOf }: { changes: PersonChange[]; asOf?: string }) => (
  <Card title="История изменений" testId="person-history">
    {changes.length === 0 ? (
      <Empty>Изменений не было.</Empty>
    ) : (
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Когда</th>
              <th scope="col">Кто</th>
              <th scope="col">Что изменено</th>
              <th scope="col">Основание</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c, i) => {
              const later = asOf ? changedAfter(c.changedAt, asOf) : false;
              return (
                <tr key={`${c.changedAt}-${i}`} className={later ? 'muted' : undefined} data-testid="person-change" data-later={later ? 'true' : undefined}>
                  <td className="nowrap">
                    {formatDateTime(c.changedAt)}
                    {later ? (
                      <div>
                        <Badge tone="muted">после выбранной даты</Badge>
                      </div>
                    ) : null}
                  </td>
                  <td>{c.changedBy ?? '—'}</td>
                  <td>
                    <ul className="plain-list">
                      {Object.entries(c.changes).map(([field, { from, to }]) => (
                        <li key={field}>
                          <strong>{FIELD[field] ?? field}:</strong>{' '}
                          {field === 'mergedIntoId' && typeof to === 'string' ? (
                            <Link to={`/persons/${to}`}>открыть объединённое дело</Link>
                          ) : (
                            <>
                              <del>{show(from)}</del> → {show(to)}
                            </>
                          )}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>{c.basis ?? '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    )}
  </Card>
);
