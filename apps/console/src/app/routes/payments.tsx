import { useCallback, useEffect, useMemo, useState } from 'react';
import { Route, Routes, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { Alert, ConflictBanner } from '../../components/alert';
import { Pager } from '../../components/pager';
import { Card, Empty, LoadError, Loading, PageHeader } from '../../components/status';
import { approveRegister, LINES_PAGE_SIZE, registerPath, registersPath, resumeRegister, type Register, type RegisterView } from '../../features/payments/api/payments';
import { METHOD_SHORT, rolesIn } from '../../features/payments/components/payments-model';
import { ReconciliationUpload } from '../../features/payments/components/reconciliation-upload';
import { RegisterForm } from '../../features/payments/components/register-form';
import { LineStatusFilter, RegisterLines } from '../../features/payments/components/register-lines';
import { RegisterSummary, RegisterTotals } from '../../features/payments/components/register-summary';
import { registerHref, RegistersTable } from '../../features/payments/components/registers-table';
import { useApi } from '../../hooks/use-api';
import { errorMessage, isConflict } from '../../lib/api-client';
import { formatMonth, todayLocal } from '../../lib/format';
import { useSession } from '../../lib/session';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

// «Выплаты»: the monthly registers of the authorities the user works in; a clerk forms a new one.
const RegistersList = () => {
  const { user, authorities, authority } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const period = MONTH.test(params.get('period') ?? '') ? (params.get('period') as string) : '';
  const { data, error, loading, reload } = useApi<Register[]>(registersPath({ period }));
  const clerkIn = useMemo(() => authorities.filter((a) => rolesIn(user?.roles, a.id).includes('clerk')), [authorities, user]);
  const defaultAuthority = clerkIn.find((a) => a.id === authority?.id) ?? clerkIn[0];

  return (
    <>
      <PageHeader title="Выплаты" subtitle="Реестры выплат по месяцам: формирование, утверждение, выгрузка в банк (почту) и сверка" />
      {defaultAuthority ? (
        <Card title="Сформировать реестр" testId="register-create">
          <RegisterForm
            key={defaultAuthority.id}
            authorities={clerkIn}
            defaultAuthorityId={defaultAuthority.id}
            defaultPeriod={todayLocal().slice(0, 7)}
            onCreated={(r) => navigate(registerHref(r.id))}
          />
        </Card>
      ) : null}
      <Card title="Реестры">
        <form className="filters" role="search" aria-label="Фильтр реестров" onSubmit={(e) => e.preventDefault()}>
          <div className="filters__item">
            <label htmlFor="registers-period" className="field__label">
              Месяц
            </label>
            <input
              id="registers-period"
              type="month"
              className="input"
              value={period}
              onChange={(e) => setParams(e.target.value ? { period: e.target.value } : {}, { replace: true })}
            />
          </div>
          {period ? (
            <div className="filters__item filters__item--button">
              <button type="button" className="button button--ghost" onClick={() => setParams({}, { replace: true })}>
                Все месяцы
              </button>
            </div>
          ) : null}
        </form>
        {error ? <LoadError error={error} onRetry={reload} /> : null}
        {!data && loading ? <Loading /> : null}
        {data ? (
          data.length === 0 ? (
            <Empty>{period ? `Реестров за ${formatMonth(period)} нет.` : 'Реестров пока нет.'}</Empty>
          ) : (
            <div className={loading ? 'is-refreshing' : undefined}>
              <RegistersTable items={data} />
            </div>
          )
        ) : null}
      </Card>
    </>
  );
};

const readLineFilters = (p: URLSearchParams): { status: string; offset: number } => ({
  status: ['included', 'paid', 'returned'].includes(p.get('status') ?? '') ? (p.get('status') as string) : '',
  offset: Math.max(0, Number(p.get('offset') ?? 0) || 0),
});

const RegisterPage = () => {
  const { registerId = '' } = useParams();
  const { user, authorities } = useSession();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readLineFilters(params), [params]);
  const { data, error, reload } = useApi<RegisterView>(registerPath(registerId, filters));
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  // after a download the API marks the register exported: look again until it says so
  const [awaitingExport, setAwaitingExport] = useState(0);
  const status = data?.register.status;

  // the generation runs in the background: follow it every second until the register is formed
  useEffect(() => {
    if (status !== 'generating') return;
    const timer = window.setInterval(reload, 1000);
    return () => window.clearInterval(timer);
  }, [status, reload]);

  useEffect(() => {
    if (awaitingExport === 0 || status !== 'approved') return;
    const timer = window.setTimeout(() => {
      setAwaitingExport((n) => (n > 5 ? 0 : n + 1));
      reload();
    }, 1000);
    return () => window.clearTimeout(timer);
  }, [awaitingExport, status, reload]);

  const change = useCallback(
    (next: Partial<{ status: string; offset: number }>) => {
      setParams(
        (prev) => {
          const merged = { ...readLineFilters(prev), ...next };
          const out = new URLSearchParams();
          if (merged.status) out.set('status', merged.status);
          if (merged.offset) out.set('offset', String(merged.offset));
          return out;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  if (error && !data) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <Loading />;
  const { register, totals, lines } = data;
  const roles = rolesIn(user?.roles, register.authorityId);
  const timeZone = authorities.find((a) => a.id === register.authorityId)?.timeZone;

  const run = async (what: () => Promise<unknown>, done: string): Promise<void> => {
    setBusy(true);
    setNotice(null);
    try {
      await what();
      setNotice({ tone: 'success', text: done });
    } catch (e) {
      if (isConflict(e)) setConflict(true);
      else setNotice({ tone: 'error', text: errorMessage(e) });
    } finally {
      setBusy(false);
      reload();
    }
  };

  return (
    <>
      <PageHeader title={`Реестр № ${register.number}`} subtitle={`${register.authorityName} · ${formatMonth(register.period)} · ${METHOD_SHORT[register.method]}`} />
      {conflict ? (
        <ConflictBanner
          title="Реестр изменен другим пользователем"
          text="Действие не выполнено. Обновите реестр, проверьте его состояние и повторите действие."
          reloadLabel="Обновить реестр"
          onReload={() => {
            setConflict(false);
            reload();
          }}
        />
      ) : null}
      {notice ? (
        <Alert tone={notice.tone} testId="register-notice">
          {notice.text}
        </Alert>
      ) : null}
      <RegisterSummary
        register={register}
        roles={roles}
        timeZone={timeZone}
        busy={busy}
        onApprove={() => void run(() => approveRegister(register.id, register.version), 'Реестр утвержден: его можно выгрузить в банк (почту).')}
        onResume={() => void run(() => resumeRegister(register.id), 'Формирование продолжено.')}
        onDownload={() => setAwaitingExport(1)}
      />
      {register.status === 'exported' && roles.includes('clerk') ? (
        <ReconciliationUpload
          key={register.version}
          registerId={register.id}
          version={register.version}
          onConflict={() => {
            setConflict(true);
            reload();
          }}
          onReconciled={(applied) => {
            setNotice({ tone: 'success', text: `Сверка загружена. Выплачено ${applied.paid}, возвращено ${applied.returned}.` });
            reload();
          }}
        />
      ) : null}
      {register.status !== 'generating' ? <RegisterTotals totals={totals} /> : null}
      <Card title="Строки реестра" testId="register-lines">
        <LineStatusFilter value={filters.status} onChange={(s) => change({ status: s, offset: 0 })} />
        {lines.items.length === 0 ? (
          <Empty>{register.status === 'generating' ? 'Строки появятся по мере формирования.' : 'Строк нет.'}</Empty>
        ) : (
          <>
            <RegisterLines items={lines.items} />
            <Pager total={lines.total} limit={LINES_PAGE_SIZE} offset={filters.offset} onChange={(offset) => change({ offset })} />
          </>
        )}
      </Card>
    </>
  );
};

export const PaymentsRoute = () => (
  <Routes>
    <Route index element={<RegistersList />} />
    <Route path="registers/:registerId" element={<RegisterPage />} />
  </Routes>
);
