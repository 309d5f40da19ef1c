import { Link } from 'react-router-dom';
import { Pager } from '../../../components/pager';
import { Card, Empty, LoadError, Loading, PageHeader } from '../../../components/status';
import { useApi } from '../../../hooks/use-api';
import { actionTitle } from '../api/actions';
import { activityPath, PAGE_SIZE, type AuditUserActivity, type PeriodFilters } from '../api/audit';
import { AuditLogTable } from './log-table';

type Props = {
  userId: string;
  period: PeriodFilters;
  timeZone?: string;
  eventTitles: ReadonlyMap<string, string>;
  backTo: string;
  onPeriod: (next: Partial<PeriodFilters>) => void;
  // a click on an action count shows those rows in the log
  actionLink: (action: string) => string;
};

export const UserActivity = ({ userId, period, timeZone, eventTitles, backTo, onPeriod, actionLink }: Props) => {
  const invalid = Boolean(period.from && period.to && period.from > period.to);
  const { data, error, loading, reload } = useApi<AuditUserActivity>(invalid ? null : activityPath(userId, period, timeZone));
  const total = data ? data.counts.reduce((s, c) => s + c.count, 0) : 0;

  return (
    <>
      <PageHeader
        title={data ? `Действия пользователя: ${data.user.fullName}` : 'Действия пользователя'}
        subtitle={data ? [data.user.login, data.user.position, data.user.active ? null : 'учётная запись отключена'].filter(Boolean).join(' · ') : undefined}
        actions={
          <Link to={backTo} className="button button--ghost">
            ← Журнал
          </Link>
        }
      />
      <Card>
        <form className="filters" aria-label="Период" onSubmit={(e) => e.preventDefault()}>
          <div className="filters__item">
            <label htmlFor="activity-from" className="field__label">
              Период с
            </label>
            <input id="activity-from" type="date" className="input" value={period.from} max={period.to || undefined} onChange={(e) => onPeriod({ from: e.target.value, offset: 0 })} />
          </div>
          <div className="filters__item">
            <label htmlFor="activity-to" className="field__label">
              по
            </label>
            <input id="activity-to" type="date" className="input" value={period.to} min={period.from || undefined} onChange={(e) => onPeriod({ to: e.target.value, offset: 0 })} aria-invalid={invalid} />
            {invalid ? (
              <div className="field__error" role="alert">
                Конец периода раньше его начала
              </div>
            ) : null}
          </div>
          <div className="filters__item filters__item--result muted">{period.from || period.to ? null : 'За всё время'}</div>
        </form>
        {error ? <LoadError error={error} onRetry={reload} /> : null}
        {!data && loading ? <Loading /> : null}
        {data ? (
          <div className={loading ? 'is-refreshing' : undefined}>
            {data.counts.length === 0 ? (
              <Empty>За выбранный период действий нет.</Empty>
            ) : (
              <>
                <h2 className="card__title">По видам действий</h2>
                <div className="table-wrap">
                  <table className="table table--compact" aria-label="Число действий по видам" data-testid="activity-counts">
                    <thead>
                      <tr>
                        <th scope="col">Действие</th>
                        <th scope="col">Количество</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.counts.map((c) => (
                        <tr key={c.action}>
                          <td>
                            <Link to={actionLink(c.action)}>{actionTitle(c.action, eventTitles)}</Link> <span className="muted small mono">{c.action}</span>
                          </td>
                          <td>{c.count}</td>
                        </tr>
                      ))}
                      <tr>
                        <td>
                          <strong>Всего</strong>
                        </td>
                        <td>
                          <strong>{total}</strong>
                        </td>
                      </tr>
                    </tbody>
                  </table>
                </div>
                <h2 className="card__title">Записи журнала</h2>
                <AuditLogTable items={data.page.items} timeZone={timeZone} eventTitles={eventTitles} userLink={null} label="Действия пользователя" />
                <Pager total={data.page.total} limit={PAGE_SIZE} offset={period.offset} onChange={(offset) => onPeriod({ offset })} />
              </>
            )}
          </div>
        ) : null}
      </Card>
    </>
  );
};
