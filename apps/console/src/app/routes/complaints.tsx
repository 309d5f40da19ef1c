import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ComplaintReplySent } from '@casework/domain';
import { Link, Route, Routes, useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { Alert, ConflictBanner } from '../../components/alert';
import { Pager } from '../../components/pager';
import { Card, Empty, LoadError, Loading, PageHeader } from '../../components/status';
import {
  caseForComplaintPath,
  COMPLAINT_OPTIONS_PATH,
  complaintPath,
  COMPLAINTS_PAGE_SIZE,
  complaintsPath,
  decideComplaint,
  markReplySent,
  registerComplaint,
  type CaseForComplaint,
  type ComplaintDetail,
  type ComplaintFilters as Filters,
  type ComplaintListPage,
  type ComplaintOptions,
} from '../../features/complaints/api/complaints';
import { ComplaintFilters } from '../../features/complaints/components/complaint-filters';
import { ComplaintHeader } from '../../features/complaints/components/complaint-header';
import { ComplaintOutcome } from '../../features/complaints/components/complaint-outcome';
import { ComplaintTerms } from '../../features/complaints/components/complaint-terms';
import { ComplaintsTable } from '../../features/complaints/components/complaints-table';
import { DecisionForm } from '../../features/complaints/components/decision-form';
import { RegistrationForm } from '../../features/complaints/components/registration-form';
import { useApi } from '../../hooks/use-api';
import { useSession } from '../../lib/session';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Filters live in the address: "back" from a complaint returns to the same page, and a case links to its complaints.
const readFilters = (p: URLSearchParams): Filters => ({
  status: p.get('status') ?? '',
  caseId: UUID.test(p.get('caseId') ?? '') ? (p.get('caseId') as string) : '',
  offset: Math.max(0, Number(p.get('offset') ?? 0) || 0),
});

const ComplaintsList = () => {
  const { authority, hasRole } = useSession();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const { data, error, loading, reload } = useApi<ComplaintListPage>(authority ? complaintsPath(authority.id, filters) : null);
  const { data: options } = useApi<ComplaintOptions>(COMPLAINT_OPTIONS_PATH);
  const { data: caseRow } = useApi<CaseForComplaint>(filters.caseId ? caseForComplaintPath(filters.caseId) : null);

  const change = useCallback(
    (next: Partial<Filters>) => {
      setParams(
        (prev) => {
          const merged = { ...readFilters(prev), ...next };
          const out = new URLSearchParams();
          if (merged.status) out.set('status', merged.status);
          if (merged.caseId) out.set('caseId', merged.caseId);
          if (merged.offset) out.set('offset', String(merged.offset));
          return out;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  return (
    <>
      <PageHeader
        title="Жалобы"
        subtitle={authority ? `Досудебное обжалование · ${authority.name}` : undefined}
        actions={
          hasRole('clerk') ? (
            <Link to={`/complaints/new${filters.caseId ? `?caseId=${filters.caseId}` : ''}`} className="button button--primary">
              + Зарегистрировать жалобу
            </Link>
          ) : null
        }
      />
      <Card>
        <ComplaintFilters filters={filters} statuses={options?.statuses ?? []} caseNumber={caseRow?.number ?? null} onChange={change} />
        {error ? <LoadError error={error} onRetry={reload} /> : null}
        {!data && loading ? <Loading /> : null}
        {data ? (
          data.items.length === 0 ? (
            <Empty>{filters.caseId ? 'Жалоб по этому делу нет.' : 'Жалоб, подходящих под условия, нет.'}</Empty>
          ) : (
            <div className={loading ? 'is-refreshing' : undefined}>
              <ComplaintsTable items={data.items} />
              <Pager total={data.total} limit={COMPLAINTS_PAGE_SIZE} offset={filters.offset} onChange={(offset) => change({ offset })} />
            </div>
          )
        ) : null}
      </Card>
    </>
  );
};

const NewComplaint = () => {
  const { authority, hasRole, selectAuthority } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const caseId = UUID.test(params.get('caseId') ?? '') ? (params.get('caseId') as string) : null;
  const { data: options, error: optionsError } = useApi<ComplaintOptions>(COMPLAINT_OPTIONS_PATH);
  const { data: caseRow, error: caseError, loading: caseLoading } = useApi<CaseForComplaint>(caseId ? caseForComplaintPath(caseId) : null);

  const header = <PageHeader title="Регистрация жалобы" subtitle={authority ? `Поступила в: ${authority.name}` : undefined} />;
  if (authority && !hasRole('clerk')) {
    return (
      <>
        {header}
        <Alert tone="warning">В выбранном органе у вас нет роли специалиста: регистрация жалоб недоступна. Выберите другой орган вверху страницы.</Alert>
      </>
    );
  }
  if (optionsError) return <LoadError error={optionsError} />;
  if (!options || !authority || (caseId && caseLoading && !caseRow)) return <Loading />;
  if (caseRow && caseRow.authority.id !== authority.id) {
    return (
      <>
        {header}
        <Alert
          tone="warning"
          title="Дело относится к другому органу"
          actions={
            <button type="button" className="button button--small" onClick={() => selectAuthority(caseRow.authority.id)}>
              Перейти к органу дела
            </button>
          }
        >
          Жалоба по делу регистрируется в органе, который ведёт дело.
        </Alert>
      </>
    );
  }
  return (
    <>
      {header}
      {caseError ? <Alert tone="warning">Дело из ссылки не найдено: выберите его по номеру или зарегистрируйте жалобу без дела.</Alert> : null}
      <RegistrationForm
        key={`${authority.id}:${caseRow?.id ?? ''}`}
        authority={authority}
        options={options}
        initialCase={caseRow ?? null}
        onCancel={() => navigate(-1)}
        onSubmit={async (input) => {
          const created = await registerComplaint(input);
          navigate(`/complaints/${created.id}`, { state: { notice: `Жалоба зарегистрирована за № ${created.number}` } });
        }}
      />
    </>
  );
};

const ComplaintPage = () => {
  const { complaintId = '' } = useParams();
  const location = useLocation();
  const { data: c, error, reload, setData } = useApi<ComplaintDetail>(complaintPath(complaintId));
  const { data: options } = useApi<ComplaintOptions>(COMPLAINT_OPTIONS_PATH);
  const [conflict, setConflict] = useState(false);
  const [notice, setNotice] = useState<string | null>(() => (location.state as { notice?: string } | null)?.notice ?? null);

  useEffect(() => {
    if (!notice) return;
    const t = window.setTimeout(() => setNotice(null), 6000);
    return () => window.clearTimeout(t);
  }, [notice]);

  if (error && !c) return <LoadError error={error} onRetry={reload} />;
  if (!c) return <Loading />;

  return (
    <div className="case-page">
      {conflict ? (
        <ConflictBanner
          title="Жалоба изменена другим пользователем"
          text="Ваше действие не выполнено. Обновите жалобу, проверьте изменения и повторите действие."
          reloadLabel="Обновить жалобу"
          onReload={() => {
            setConflict(false);
            reload();
          }}
        />
      ) : null}
      {notice ? (
        <Alert tone="success" testId="complaint-notice">
          {notice}
        </Alert>
      ) : null}
      <ComplaintHeader c={c} />
      <div className="case-grid">
        <div className="case-grid__main">
          <Card title="Суть жалобы" testId="complaint-text">
            <dl className="kv">
              <div className="kv__row">
                <dt>Предмет</dt>
                <dd>{c.subjectTitle}</dd>
              </div>
              <div className="kv__row">
                <dt>На чьи решения и действия</dt>
                <dd>
                  {c.against.bodyTitle}
                  {c.against.official ? `; ${c.against.official}` : ''}
                  {c.against.filedWith ? <div className="muted small">Рассматривает: {c.against.filedWith}</div> : null}
                </dd>
              </div>
              <div className="kv__row">
                <dt>Текст</dt>
                <dd>
                  {c.text
                    .split(/\n+/)
                    .filter((p) => p.trim() !== '')
                    .map((p, i) => (
                      <p key={i}>{p}</p>
                    ))}
                </dd>
              </div>
            </dl>
          </Card>
          {c.actions.decide && options ? (
            <DecisionForm
              key={c.version}
              c={c}
              remedies={options.remedies}
              onConflict={() => setConflict(true)}
              onSubmit={async (input) => {
                const next = await decideComplaint(c.id, input);
                setData(next);
                setNotice(next.status === 'upheld' ? 'Жалоба удовлетворена, ответ сформирован' : 'Отказано в удовлетворении жалобы, ответ сформирован');
              }}
            />
          ) : null}
          {c.status === 'registered' && !c.actions.decide ? (
            <Card title="Решение по жалобе">
              <div className="muted">Жалоба на рассмотрении. Решение принимает руководитель; ответ направляется не позднее рабочего дня, следующего за днём решения.</div>
            </Card>
          ) : null}
          <ComplaintOutcome
            c={c}
            replyMethods={options?.replyMethods ?? []}
            onConflict={() => setConflict(true)}
            onReplySent={async (method) => {
              const next = await markReplySent(c.id, { expectedVersion: c.version, ...(method ? { method: method as ComplaintReplySent['method'] } : {}) });
              setData(next);
              setNotice(next.replyWithinTerm === false ? 'Направление ответа отмечено: срок ответа нарушен' : 'Направление ответа отмечено');
            }}
          />
        </div>
        <div className="case-grid__side">
          <ComplaintTerms c={c} />
          <div className="muted small">
            <Link to={c.caseId ? `/complaints?caseId=${c.caseId}` : '/complaints'}>← {c.caseId ? 'Жалобы по делу' : 'Все жалобы'}</Link>
          </div>
        </div>
      </div>
    </div>
  );
};

export const ComplaintsRoute = () => (
  <Routes>
    <Route index element={<ComplaintsList />} />
    <Route path="new" element={<NewComplaint />} />
    <Route path=":complaintId" element={<ComplaintPage />} />
  </Routes>
);
