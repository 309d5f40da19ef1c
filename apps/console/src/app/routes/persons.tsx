import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Card, Empty, LoadError, Loading, PageHeader } from '../../components/status';
import { personsSearchPath } from '../../features/persons/api/persons';
import { useApi } from '../../hooks/use-api';
import { formatDate, formatSnils, fullName } from '../../lib/format';
import type { Person } from '../../types/api';

const pathFor = (p: URLSearchParams): string | null => {
  const snils = p.get('snils');
  const q = p.get('q');
  if (snils) return personsSearchPath({ snils });
  if (q) return personsSearchPath({ q });
  return null;
};

export const PersonsRoute = () => {
  const [params, setParams] = useSearchParams();
  const [input, setInput] = useState(params.get('snils') ?? params.get('q') ?? '');
  const { data, error, loading, reload } = useApi<Person[]>(pathFor(params));

  return (
    <>
      <PageHeader title="Граждане" subtitle="Личные дела заявителей" />
      <Card>
        <form
          className="filters"
          role="search"
          aria-label="Поиск гражданина"
          onSubmit={(e) => {
            e.preventDefault();
            const v = input.trim();
            const digits = v.replace(/[\s-]/g, '');
            setParams(v ? (/^\d{11}$/.test(digits) ? { snils: v } : { q: v }) : {}, { replace: true });
          }}
        >
          <div className="filters__item filters__item--grow">
            <label htmlFor="persons-q" className="field__label">
              Фамилия (начало) или СНИЛС
            </label>
            <input id="persons-q" type="search" className="input" value={input} onChange={(e) => setInput(e.target.value)} placeholder="Иванов или 112-233-445 95" />
          </div>
          <div className="filters__item filters__item--button">
            <button type="submit" className="button button--primary">
              Найти
            </button>
          </div>
        </form>
        {error ? <LoadError error={error} onRetry={reload} /> : null}
        {loading ? <Loading /> : null}
        {!pathFor(params) ? <Empty>Введите фамилию или СНИЛС.</Empty> : null}
        {data && pathFor(params) ? (
          data.length === 0 ? (
            <Empty>Никого не найдено.</Empty>
          ) : (
            <div className="table-wrap">
              <table className="table table--hover">
                <thead>
                  <tr>
                    <th scope="col">ФИО</th>
                    <th scope="col">Дата рождения</th>
                    <th scope="col">СНИЛС</th>
                    <th scope="col">Адрес регистрации</th>
                  </tr>
                </thead>
                <tbody>
                  {data.map((p) => (
                    <tr key={p.id}>
                      <td>
                        <Link to={`/persons/${p.id}`}>{fullName(p)}</Link>
                      </td>
                      <td className="nowrap">{formatDate(p.birthDate)}</td>
                      <td className="nowrap mono">{formatSnils(p.snils)}</td>
                      <td>{p.registrationAddress ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        ) : null}
      </Card>
    </>
  );
};
