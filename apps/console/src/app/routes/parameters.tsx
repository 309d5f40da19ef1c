import { useState } from 'react';
import { Alert } from '../../components/alert';
import { Card, Empty, LoadError, Loading, PageHeader } from '../../components/status';
import { parametersPath, type ParameterSets } from '../../features/payments/api/payments';
import { ParameterSetForm, ParameterSetList } from '../../features/payments/components/parameter-sets';
import { useApi } from '../../hooks/use-api';
import { ApiError } from '../../lib/api-client';
import { formatDate } from '../../lib/format';
import { useServices } from '../../lib/reference';
import { useSession } from '../../lib/session';
import type { Service } from '../../types/api';

// One service's effective-dated parameters; a service without them answers 404 and is not shown.
const ServiceParameters = ({ service, isAdmin }: { service: Service; isAdmin: boolean }) => {
  const { data, error, loading, reload } = useApi<ParameterSets>(parametersPath(service.slug));
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  if (error instanceof ApiError && error.status === 404) return null;
  return (
    <Card
      title={data?.title ?? service.shortTitle}
      testId={`parameters-${service.slug}`}
      actions={
        isAdmin && data && !adding ? (
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              setAdded(null);
              setAdding(true);
            }}
          >
            + Новый набор
          </button>
        ) : null
      }
    >
      <div className="muted small">{service.title}</div>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {!data && loading ? <Loading /> : null}
      {added ? <Alert tone="success">{added}</Alert> : null}
      {adding && data ? (
        <Card title="Новый набор параметров">
          <ParameterSetForm
            slug={service.slug}
            latest={data.sets[0]}
            onCreated={(set) => {
              setAdding(false);
              setAdded(`Набор параметров с ${formatDate(set.validFrom)} добавлен; предыдущий набор закрыт днем ранее.`);
              reload();
            }}
          />
          <div className="form-actions form-actions--start">
            <button type="button" className="button button--ghost" onClick={() => setAdding(false)}>
              Отмена
            </button>
          </div>
        </Card>
      ) : null}
      {data ? data.sets.length === 0 ? <Empty>Параметры не введены: расчет невозможен, пока администратор не введет их с реквизитами акта.</Empty> : <ParameterSetList sets={data.sets} /> : null}
    </Card>
  );
};

// «Параметры расчета»: rates, standards and percentages with the act that set them and the dates they were in force.
export const ParametersRoute = () => {
  const { user } = useSession();
  const { services, error } = useServices();
  const isAdmin = user?.roles.some((r) => r.role === 'admin') ?? false;
  return (
    <>
      <PageHeader title="Параметры расчета" subtitle={isAdmin ? 'Наборы параметров по датам действия; новый набор вводится с реквизитами акта' : 'Наборы параметров по датам действия (изменяет администратор)'} />
      {error ? <LoadError error={error} /> : null}
      {!services && !error ? <Loading /> : null}
      {services?.map((s) => <ServiceParameters key={s.slug} service={s} isAdmin={isAdmin} />)}
    </>
  );
};
