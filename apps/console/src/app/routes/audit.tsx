import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { auditLogQuerySchema } from '@casework/domain';
import { Pager } from '../../components/pager';
import { Card, Empty, LoadError, Loading, PageHeader } from '../../components/status';
import { logPath, logQuery, PAGE_SIZE, USERS_PATH, type AuditLogPage, type AuditUser, type LogFilters, type PeriodFilters } from '../../features/audit/api/audit';
import { AuditLogFilters } from '../../features/audit/components/log-filters';
import { AuditLogTable } from '../../features/audit/components/log-table';
import { UserActivity } from '../../features/audit/components/user-activity';
import { VerifyPanel } from '../../features/audit/components/verify-panel';
import { useApi } from '../../hooks/use-api';
import { useServices } from '../../lib/reference';
import { useSession } from '../../lib/session';

type Tab = 'log' | 'verify';

const TABS: { tab: Tab; label: string }[] = [
  { tab: 'log', label: 'Журнал' },
  { tab: 'verify', label: 'Проверка целостности' },
];

// Address parameters ↔ filters: the filters live in the address, so a link can open the log filtered to one record.
const PARAMS: Record<Exclude<keyof LogFilters, 'offset'>, string> = { actorId: 'actor', action: 'action', entity: 'entity', entityId: 'entityId', id: 'id', from: 'from', to: 'to' };

const readFilters = (p: URLSearchParams): LogFilters => ({
  actorId: p.get(PARAMS.actorId) ?? '',
  action: p.get(PARAMS.action) ?? '',
  entity: p.get(PARAMS.entity) ?? '',
  entityId: p.get(PARAMS.entityId) ?? '',
  id: p.get(PARAMS.id) ?? '',
  from: p.get(PARAMS.from) ?? '',
  to: p.get(PARAMS.to) ?? '',
  offset: Math.max(0, Number(p.get('offset') ?? 0) || 0),
});

const toParams = (f: Partial<LogFilters>, extra: Record<string, string> = {}): URLSearchParams => {
  const out = new URLSearchParams(extra);
  for (const [key, param] of Object.entries(PARAMS) as [keyof typeof PARAMS, string][]) {
    const value = f[key];
    if (value) out.set(param, value);
  }
  if (f.offset) out.set('offset', String(f.offset));
  return out;
};

const href = (params: URLSearchParams): string => {
  const s = params.toString();
  return s ? `/audit?${s}` : '/audit';
};

export const AuditRoute = () => {
  const { authority } = useSession();
  const timeZone = authority?.timeZone;
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('tab') === 'verify' ? 'verify' : 'log';
  const userId = params.get('user');
  const filters = useMemo(() => readFilters(params), [params]);
  const { services } = useServices();
  const eventTitles = useMemo(() => {
    const titles = new Map<string, string>();
    for (const s of services ?? []) for (const e of s.events) if (!titles.has(e.event)) titles.set(e.event, e.title);
    return titles;
  }, [services]);

  // the same schema the API validates with: a bad filter is shown at once and is not sent
  const query = useMemo(() => logQuery(filters, timeZone), [filters, timeZone]);
  const checked = useMemo(() => auditLogQuerySchema.safeParse(query), [query]);
  const errors = useMemo(() => {
    const out: Record<string, string> = {};
    if (!checked.success) for (const issue of checked.error.issues) out[String(issue.path[0] ?? '_')] ??= issue.message;
    return out;
  }, [checked]);

  const showLog = tab === 'log' && !userId;
  const log = useApi<AuditLogPage>(showLog && checked.success ? logPath(query) : null);
  const users = useApi<AuditUser[]>(USERS_PATH);

  const change = useCallback(
    (next: Partial<LogFilters>) => setParams((prev) => toParams({ ...readFilters(prev), ...next }, prev.get('user') ? { user: prev.get('user') ?? '' } : {}), { replace: true }),
    [setParams],
  );
  const changePeriod = useCallback((next: Partial<PeriodFilters>) => change(next), [change]);
  const selectTab = (next: Tab): void => setParams(toParams(filters, next === 'verify' ? { tab: 'verify' } : {}), { replace: true });

  const userLink = useCallback((id: string) => href(toParams({ from: filters.from, to: filters.to }, { user: id })), [filters.from, filters.to]);
  const recordLink = useCallback((id: number) => href(toParams({ id: String(id) })), []);

  if (userId) {
    return (
      <UserActivity
        userId={userId}
        period={{ from: filters.from, to: filters.to, offset: filters.offset }}
        timeZone={timeZone}
        eventTitles={eventTitles}
        backTo={href(toParams({ actorId: userId, from: filters.from, to: filters.to }))}
        onPeriod={changePeriod}
        actionLink={(action) => href(toParams({ actorId: userId, action, from: filters.from, to: filters.to }))}
      />
    );
  }

  return (
    <>
      <PageHeader title="Аудит" subtitle={`Журнал действий пользователей; время — ${authority ? `${authority.shortName || authority.name}, ${authority.timeZone}` : 'местное'}`} />
      <div className="tabs" role="tablist" aria-label="Раздел аудита">
        {TABS.map((t) => (
          <button
            key={t.tab}
            type="button"
            role="tab"
            id={`audit-tab-${t.tab}`}
            aria-selected={tab === t.tab}
            aria-controls="audit-panel"
            className={`tabs__tab${tab === t.tab ? ' tabs__tab--active' : ''}`}
            onClick={() => selectTab(t.tab)}
          >
            {t.label}
            {t.tab === 'log' && tab === 'log' && log.data ? <span className="tabs__count">{log.data.total}</span> : null}
          </button>
        ))}
      </div>
      <div id="audit-panel" role="tabpanel" aria-labelledby={`audit-tab-${tab}`}>
        {tab === 'verify' ? (
          <VerifyPanel timeZone={timeZone} eventTitles={eventTitles} logLink={recordLink} />
        ) : (
          <Card>
            <AuditLogFilters filters={filters} users={users.data ?? []} errors={errors} onChange={change} />
            {filters.id ? (
              <div className="filters picker__chips">
                <span className="chip">
                  <span className="chip__text">Запись № {filters.id}</span>
                  <button type="button" className="chip__remove" aria-label="Показать все записи" onClick={() => change({ id: '', offset: 0 })}>
                    ×
                  </button>
                </span>
              </div>
            ) : null}
            {log.error ? <LoadError error={log.error} onRetry={log.reload} /> : null}
            {!log.data && log.loading ? <Loading /> : null}
            {log.data && checked.success ? (
              log.data.items.length === 0 ? (
                <Empty>{filters.id ? 'Запись не найдена или относится к органу, недоступному вам.' : 'Записей, подходящих под условия, нет.'}</Empty>
              ) : (
                <div className={log.loading ? 'is-refreshing' : undefined}>
                  <AuditLogTable items={log.data.items} timeZone={timeZone} eventTitles={eventTitles} userLink={userLink} highlightId={filters.id ? Number(filters.id) : null} />
                  <Pager total={log.data.total} limit={PAGE_SIZE} offset={filters.offset} onChange={(offset) => change({ offset })} />
                </div>
              )
            ) : null}
          </Card>
        )}
      </div>
    </>
  );
};
