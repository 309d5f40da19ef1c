import { Link } from 'react-router-dom';
import { Card, Empty } from '../../../components/status';
import { formatDate } from '../../../lib/format';
import type { PersonCaseSummary, Service } from '../../../types/api';

export const PersonCases = ({ cases, services }: { cases: PersonCaseSummary[]; services: Service[] }) => {
  const service = (slug: string): Service | undefined => services.find((s) => s.slug === slug);
  return (
    <Card title="Дела гражданина" testId="person-cases">
      {cases.length === 0 ? (
        <Empty>Дел нет.</Empty>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">№ дела</th>
                <th scope="col">Услуга</th>
                <th scope="col">Состояние</th>
                <th scope="col">Поступило</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((c) => (
                <tr key={c.id}>
                  <td className="nowrap">
                    <Link to={`/cases/${c.id}`}>{c.number ?? 'без номера'}</Link>
                  </td>
                  <td>{service(c.serviceSlug)?.shortTitle ?? c.serviceSlug}</td>
                  <td>{service(c.serviceSlug)?.states.find((s) => s.code === c.state)?.title ?? c.state}</td>
                  <td className="nowrap">{formatDate(c.receivedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
};
