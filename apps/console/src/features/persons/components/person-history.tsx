import { Card, Empty } from '../../../components/status';
import { formatDateTime } from '../../../lib/format';
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
};

const show = (v: unknown): string => {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'object') {
    const d = v as Record<string, unknown>;
    return [d.series, d.number].filter(Boolean).join(' ') || JSON.stringify(v);
  }
  return String(v);
};

export const PersonHistory = ({ changes }: { changes: PersonChange[] }) => (
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
            {changes.map((c, i) => (
              <tr key={`${c.changedAt}-${i}`}>
                <td className="nowrap">{formatDateTime(c.changedAt)}</td>
                <td>{c.changedBy ?? '—'}</td>
                <td>
                  <ul className="plain-list">
                    {Object.entries(c.changes).map(([field, { from, to }]) => (
                      <li key={field}>
                        <strong>{FIELD[field] ?? field}:</strong> <del>{show(from)}</del> → {show(to)}
                      </li>
                    ))}
                  </ul>
                </td>
                <td>{c.basis ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )}
  </Card>
);
