import { useCallback, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Pager } from '../../components/pager';
import { Card, Empty, LoadError, Loading, PageHeader } from '../../components/status';
import { PAGE_SIZE, queuePath, type QueueFilters as Filters } from '../../features/queue/api/cases';
import { QueueFilters } from '../../features/queue/components/queue-filters';
import { QueueTable } from '../../features/queue/components/queue-table';
import { useApi } from '../../hooks/use-api';
import { useServices } from '../../lib/reference';
import { useSession } from '../../lib/session';
import type { QueuePage } from '../../types/api';

const TERMS = new Set(['overdue', 'due_today', 'open']);

// Filters live in the address, so "back" from a case returns to the same page of the queue.
const readFilters = (p: URLSearchParams): Filters => ({
  state: p.get('state') ?? '',
  serviceSlug: p.get('service') ?? '',
  term: (TERMS.has(p.get('term') ?? '') ? p.get('term') : '') as Filters['term'],
  mine: p.get('mine') === '1',
  q: p.get('q') ?? '',
  offset: Math.max(0, Number(p.get('offset') ?? 0) || 0),
});

export const QueueRoute = () => {
  const { authority, hasRole } = useSession();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const { services = [] } = useServices();
  const { data, error, loading, reload } = useApi<QueuePage>(authority ? queuePath(authority.id, filters) : null);

  const change = useCallback(
    (next: Partial<Filters>) => {
      setParams(
        (prev) => {
          const merged = { ...readFilters(prev), ...next };
          const out = new URLSearchParams();
          if (merged.state) out.set('state', merged.state);
          if (merged.serviceSlug) out.set('service', merged.serviceSlug);
          if (merged.term) out.set('term', merged.term);
          if (merged.mine) out.set('mine', '1');
          if (merged.q) out.set('q', merged.q);
          if (merged.offset) out.set('offset', String(merged.offset));
          return out;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const channelTitle = useCallback(
    (slug: string, code: string): string => services.find((s) => s.slug === slug)?.channels.find((c) => c.code === code)?.title ?? code,
    [services],
  );

  return (
    <>
      <PageHeader
        title="Очередь дел"
        subtitle={authority?.name}
        actions={
          hasRole('clerk') ? (
            <Link to="/intake" className="button button--primary">
              + Новое заявление
            </Link>
          ) : null
        }
      />
      <Card>
        <QueueFilters filters={filters} services={services} onChange={change} />
        {error ? <LoadError error={error} onRetry={reload} /> : null}
        {!data && loading ? <Loading /> : null}
        {data ? (
          data.items.length === 0 ? (
            <Empty>Дел, подходящих под условия, нет.</Empty>
          ) : (
            <div className={loading ? 'is-refreshing' : undefined}>
              <QueueTable items={data.items} channelTitle={channelTitle} timeZone={authority?.timeZone} />
              <Pager total={data.total} limit={PAGE_SIZE} offset={filters.offset} onChange={(offset) => change({ offset })} />
            </div>
          )
        ) : null}
      </Card>
    </>
  );
};
