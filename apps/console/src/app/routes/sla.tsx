import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Role } from '@casework/domain/common/roles';
import { Card, Empty, LoadError, Loading, PageHeader } from '../../components/status';
import { dashboardPath, MY_TERMS_PATH, type MyTerms, type SlaDashboard } from '../../features/sla/api/sla';
import { BucketColumnChart, BucketTable } from '../../features/sla/components/bucket-column-chart';
import { LastSweep } from '../../features/sla/components/last-sweep';
import { MyTermsTable } from '../../features/sla/components/my-terms-table';
import { ALL_AUTHORITIES, SlaFilters } from '../../features/sla/components/sla-filters';
import { StackedBarChart, StatsTable, type StatsRow } from '../../features/sla/components/stacked-bar-chart';
import { useApi } from '../../hooks/use-api';
import { useServices } from '../../lib/reference';
import { useSession } from '../../lib/session';

const DASHBOARD_ROLES: Role[] = ['head', 'auditor', 'admin'];

// «Сроки»: a clerk sees the running terms of their own cases; a head, auditor or admin the SLA dashboard.
export const SlaRoute = () => {
  const { user } = useSession();
  const roles = user?.roles ?? [];
  const isClerk = roles.some((r) => r.role === 'clerk');
  const canDashboard = roles.some((r) => DASHBOARD_ROLES.includes(r.role));
  return (
    <>
      <PageHeader title="Сроки" subtitle={canDashboard ? 'Соблюдение сроков по органам, услугам и специалистам' : 'Идущие сроки ваших дел'} />
      {isClerk ? <MyTermsView showSweep={!canDashboard} /> : null}
      {canDashboard ? <DashboardView /> : null}
    </>
  );
};

const MyTermsView = ({ showSweep }: { showSweep: boolean }) => {
  const { authority } = useSession();
  const { data, error, loading, reload } = useApi<MyTerms>(MY_TERMS_PATH);
  const overdue = data?.items.filter((t) => t.status === 'overdue').length ?? 0;
  const today = data?.items.filter((t) => t.status === 'due_today').length ?? 0;
  return (
    <Card
      title="Мои сроки"
      testId="my-terms"
      actions={
        data ? (
          <span className="muted small">
            просрочено: <strong className={overdue ? 'term term--danger' : undefined}>{overdue}</strong> · сегодня: <strong className={today ? 'term term--warning' : undefined}>{today}</strong> · всего: {data.items.length}
          </span>
        ) : null
      }
    >
      {showSweep && data ? <LastSweep run={data.lastSweep} timeZone={authority?.timeZone} canRun={false} onDone={reload} /> : null}
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {!data && loading ? <Loading /> : null}
      {data ? data.items.length === 0 ? <Empty>Идущих сроков по вашим делам нет.</Empty> : <MyTermsTable items={data.items} /> : null}
    </Card>
  );
};

const DashboardView = () => {
  const { user, authorities, authority: current } = useSession();
  const [params, setParams] = useSearchParams();
  const { services = [] } = useServices();

  const allowedIds = useMemo(() => new Set((user?.roles ?? []).filter((r) => DASHBOARD_ROLES.includes(r.role)).map((r) => r.authorityId)), [user]);
  const allowed = useMemo(() => authorities.filter((a) => allowedIds.has(a.id)), [authorities, allowedIds]);
  const requested = params.get('authority');
  // by default the authority chosen in the top bar, if the user may see its report
  const authority = requested && (requested === ALL_AUTHORITIES || allowedIds.has(requested)) ? requested : current && allowedIds.has(current.id) ? current.id : ALL_AUTHORITIES;
  const serviceSlug = params.get('service') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const { data, error, loading, reload } = useApi<SlaDashboard>(dashboardPath({ authorityId: authority === ALL_AUTHORITIES ? '' : authority, serviceSlug, from, to }));
  const isAdmin = (user?.roles ?? []).some((r) => r.role === 'admin');
  const timeZone = allowed.find((a) => a.id === authority)?.timeZone ?? current?.timeZone;

  const change = useCallback(
    (next: { authority?: string; serviceSlug?: string; from?: string; to?: string }) => {
      setParams(
        (prev) => {
          const out = new URLSearchParams(prev);
          const set = (key: string, value: string | undefined): void => {
            if (value === undefined) return;
            if (value) out.set(key, value);
            else out.delete(key);
          };
          set('authority', next.authority);
          set('service', next.serviceSlug);
          set('from', next.from);
          set('to', next.to);
          return out;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const clerks: StatsRow[] = data?.byClerk.map((c) => ({ id: c.userId, label: c.fullName, stats: c.stats })) ?? [];
  const byService: StatsRow[] = data?.byService.map((s) => ({ id: s.serviceSlug, label: s.title, stats: s.stats })) ?? [];
  const byAuthority: StatsRow[] = data?.byAuthority.map((a) => ({ id: a.authorityId, label: a.title, stats: a.stats })) ?? [];
  const nothing = data ? clerks.length === 0 : false;

  return (
    <>
      <Card testId="sla-dashboard">
        <SlaFilters authorities={allowed} services={services} authority={authority} serviceSlug={serviceSlug} from={data?.from ?? from} to={data?.to ?? to} onChange={change} />
        {data ? <LastSweep run={data.lastSweep} timeZone={timeZone} canRun={isAdmin} onDone={reload} /> : null}
        {error ? <LoadError error={error} onRetry={reload} /> : null}
        {!data && loading ? <Loading /> : null}
        {data ? (
          <dl className={`facts sla-summary${loading ? ' is-refreshing' : ''}`} data-testid="sla-summary">
            <div>
              <dt>Соблюдено</dt>
              <dd>{data.total.met}</dd>
            </div>
            <div>
              <dt>Нарушено</dt>
              <dd className={data.total.breached ? 'term term--danger' : undefined}>{data.total.breached}</dd>
            </div>
            <div>
              <dt>Отменено</dt>
              <dd>{data.total.cancelled}</dd>
            </div>
            <div>
              <dt>Соблюдение</dt>
              <dd>{data.total.compliance === null ? '—' : `${data.total.compliance.toLocaleString('ru-RU')} %`}</dd>
            </div>
            <div>
              <dt>В работе сейчас</dt>
              <dd>{data.total.openTotal}</dd>
            </div>
            <div>
              <dt>из них просрочено</dt>
              <dd className={data.total.open.overdue ? 'term term--danger' : undefined}>{data.total.open.overdue}</dd>
            </div>
            <div>
              <dt>сегодня</dt>
              <dd className={data.total.open.today ? 'term term--warning' : undefined}>{data.total.open.today}</dd>
            </div>
            {data.total.paused ? (
              <div>
                <dt>Приостановлено</dt>
                <dd>{data.total.paused}</dd>
              </div>
            ) : null}
          </dl>
        ) : null}
      </Card>

      {data && nothing ? (
        <Card>
          <Empty>Сроков за выбранный период и открытых сроков нет.</Empty>
        </Card>
      ) : null}

      {data && !nothing ? (
        <div className={loading ? 'is-refreshing' : undefined}>
          <div className="sla-grid">
            <Card title="По специалистам" testId="sla-by-clerk">
              <StackedBarChart label="Сроки по специалистам" rows={clerks} />
              <StatsTable caption="Сроки по специалистам" firstColumn="Специалист" rows={clerks} />
            </Card>
            <Card title="По услугам" testId="sla-by-service">
              <StackedBarChart label="Сроки по услугам" rows={byService} />
              <StatsTable caption="Сроки по услугам" firstColumn="Услуга" rows={byService} />
            </Card>
            <Card title="Открытые сроки по оставшимся рабочим дням" testId="sla-buckets">
              <BucketColumnChart stats={data.total} />
              <BucketTable stats={data.total} />
            </Card>
            {byAuthority.length > 1 ? (
              <Card title="По органам" testId="sla-by-authority">
                <StackedBarChart label="Сроки по органам" rows={byAuthority} />
                <StatsTable caption="Сроки по органам" firstColumn="Орган" rows={byAuthority} total={data.total} />
              </Card>
            ) : null}
          </div>
        </div>
      ) : null}
    </>
  );
};
