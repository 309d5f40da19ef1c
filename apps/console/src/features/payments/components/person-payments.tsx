import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ASSIGNMENT_STATUSES } from '@casework/domain';
import { Alert, ConflictBanner } from '../../../components/alert';
import { Badge } from '../../../components/badge';
import { Card, Empty, LoadError, Loading } from '../../../components/status';
import { useApi } from '../../../hooks/use-api';
import { formatDate, formatDateTime, formatMoney, formatMonth, fromMonth } from '../../../lib/format';
import { useServices } from '../../../lib/reference';
import { useSession } from '../../../lib/session';
import { personPaymentsPath, type Adjustment, type Assignment, type PersonPaymentsData } from '../api/payments';
import { AssignmentDialog, CHANGE_TITLES, type ChangeKind } from './assignment-dialogs';
import {
  ADJUSTMENT_KIND_TITLES,
  ASSIGNMENT_STATUS_TONES,
  EVENT_KIND_TITLES,
  LINE_STATUS_TITLES,
  LINE_STATUS_TONES,
  METHOD_TITLES,
  NUM,
  RECOVERY_METHOD_TITLES,
  requisitesText,
  rolesIn,
} from './payments-model';

type Open = { kind: ChangeKind; assignmentId: string; adjustmentId?: string };

type ViewProps = {
  assignments: Assignment[];
  serviceTitle: (slug: string) => string;
  // whether the user is a clerk in the assignment's authority
  canChange: (a: Assignment) => boolean;
  onAction: (open: Open) => void;
};

const DONE: Record<ChangeKind, string> = {
  suspend: 'Выплата приостановлена.',
  resume: 'Выплата возобновлена.',
  terminate: 'Выплата прекращена.',
  recalculate: 'Перерасчет выполнен.',
  refund: 'Возврат переплаты учтен.',
};

// The payments of a personal file: every assignment with its amounts, months paid, adjustments and history; the
// clerk of the assignment's authority suspends, resumes, terminates, recalculates and records refunds here.
export const PersonPayments = ({ personId }: { personId: string }) => {
  const { data, error, loading, reload } = useApi<PersonPaymentsData>(personPaymentsPath(personId));
  const { user } = useSession();
  const { services = [] } = useServices();
  const [open, setOpen] = useState<Open | null>(null);
  const [conflict, setConflict] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const assignment = open ? data?.assignments.find((a) => a.id === open.assignmentId) : undefined;
  const adjustment = open?.adjustmentId ? assignment?.adjustments.find((j) => j.id === open.adjustmentId) : undefined;

  return (
    <Card title="Выплаты" testId="person-payments">
      {conflict ? (
        <ConflictBanner
          title="Выплата изменена другим пользователем"
          text="Ваше действие не выполнено. Данные обновлены: проверьте их и повторите действие."
          onReload={() => {
            setConflict(false);
            reload();
          }}
        />
      ) : null}
      {notice ? (
        <Alert tone="success" testId="payments-notice">
          {notice}
        </Alert>
      ) : null}
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {!data && loading ? <Loading /> : null}
      {data ? (
        data.assignments.length === 0 ? (
          <Empty>Назначенных выплат нет.</Empty>
        ) : (
          <PersonPaymentsView
            assignments={data.assignments}
            serviceTitle={(slug) => services.find((s) => s.slug === slug)?.shortTitle ?? slug}
            canChange={(a) => rolesIn(user?.roles, a.authorityId).includes('clerk')}
            onAction={(o) => {
              setNotice(null);
              setOpen(o);
            }}
          />
        )
      ) : null}
      {open && assignment ? (
        <AssignmentDialog
          key={`${open.kind}:${assignment.id}:${assignment.version}`}
          kind={open.kind}
          assignment={assignment}
          adjustment={adjustment}
          onClose={() => setOpen(null)}
          onConflict={() => {
            setOpen(null);
            setConflict(true);
            reload();
          }}
          onDone={(kind) => {
            setOpen(null);
            setNotice(DONE[kind]);
            reload();
          }}
        />
      ) : null}
    </Card>
  );
};

export const PersonPaymentsView = ({ assignments, serviceTitle, canChange, onAction }: ViewProps) => (
  <div className="plain-list">
    {assignments.map((a) => (
      <AssignmentBlock key={a.id} a={a} serviceTitle={serviceTitle(a.serviceSlug)} canChange={canChange(a)} onAction={onAction} />
    ))}
  </div>
);

const AssignmentBlock = ({ a, serviceTitle, canChange, onAction }: { a: Assignment; serviceTitle: string; canChange: boolean; onAction: (open: Open) => void }) => {
  const actions: ChangeKind[] = !canChange ? [] : a.status === 'active' ? ['suspend', 'terminate', 'recalculate'] : a.status === 'suspended' ? ['resume', 'terminate', 'recalculate'] : [];
  return (
    <section className="details-block" data-testid="assignment" data-status={a.status}>
      <div className="details-block__title">
        <Link to={`/cases/${a.caseId}`}>Дело № {a.caseNumber ?? 'без номера'}</Link> · {serviceTitle} <Badge tone={ASSIGNMENT_STATUS_TONES[a.status]}>{ASSIGNMENT_STATUSES[a.status]}</Badge>
      </div>
      <dl className="kv kv--2">
        <div className="kv__row">
          <dt>Размер в месяц</dt>
          <dd data-testid="assignment-amount">{formatMoney(a.amountKopecks)}</dd>
        </div>
        <div className="kv__row">
          <dt>Период выплаты</dt>
          <dd>
            {fromMonth(a.firstMonth)}
            {a.lastMonth ? ` по ${formatMonth(a.lastMonth)}` : ''}
            {a.suspendedFrom ? <div className="muted small">приостановлена {fromMonth(a.suspendedFrom)}</div> : null}
          </dd>
        </div>
        <div className="kv__row">
          <dt>Способ выплаты</dt>
          <dd>
            {METHOD_TITLES[a.method]}
            <div className="muted small">{requisitesText(a)}</div>
          </dd>
        </div>
        <div className="kv__row">
          <dt>Размер по периодам</dt>
          <dd>
            {a.amountPeriods.length === 0 ? (
              '—'
            ) : (
              <ul className="plain-list">
                {a.amountPeriods.map((p) => (
                  <li key={p.fromMonth}>
                    {fromMonth(p.fromMonth)}: {formatMoney(p.amountKopecks)}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
      {actions.length > 0 ? (
        <div className="form-actions form-actions--start">
          {actions.map((kind) => (
            <button key={kind} type="button" className="button button--small" onClick={() => onAction({ kind, assignmentId: a.id })}>
              {CHANGE_TITLES[kind]}
            </button>
          ))}
        </div>
      ) : null}

      <h3 className="form-section">Выплаты по месяцам</h3>
      {a.lines.length === 0 ? (
        <div className="muted small">В реестры выплат еще не включалась.</div>
      ) : (
        <div className="table-wrap">
          <table className="table table--compact" aria-label="Выплаты по месяцам">
            <thead>
              <tr>
                <th scope="col">Месяц</th>
                <th scope="col">Реестр</th>
                <th scope="col" style={NUM}>
                  К выплате
                </th>
                <th scope="col">Статус</th>
                <th scope="col">Дата</th>
                <th scope="col">Причина возврата</th>
              </tr>
            </thead>
            <tbody>
              {a.lines.map((l) => (
                <tr key={l.id} data-testid="payment-month" data-month={l.period} data-status={l.status}>
                  <td className="nowrap">
                    {formatMonth(l.period)}
                    {l.reissueOf ? <div className="muted small">повторная выплата</div> : null}
                  </td>
                  <td className="nowrap">
                    <Link to={`/payments/registers/${l.registerId}`}>№ {l.registerNumber}</Link>, стр. {l.lineNo}
                  </td>
                  <td style={NUM}>
                    {formatMoney(l.totalKopecks)}
                    {l.additionalKopecks ? <div className="muted small">доплата {formatMoney(l.additionalKopecks)}</div> : null}
                    {l.deductionKopecks ? <div className="muted small">удержано {formatMoney(l.deductionKopecks)}</div> : null}
                  </td>
                  <td>
                    <Badge tone={LINE_STATUS_TONES[l.status]}>{LINE_STATUS_TITLES[l.status]}</Badge>
                  </td>
                  <td className="nowrap">{formatDate(l.resultOn)}</td>
                  <td className="small">{l.returnReason ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {a.adjustments.length > 0 ? (
        <>
          <h3 className="form-section">Доплаты и переплаты</h3>
          <ul className="plain-list">
            {a.adjustments.map((j) => (
              <AdjustmentItem key={j.id} j={j} onRefund={canChange && j.kind === 'overpayment' && j.status === 'open' ? () => onAction({ kind: 'refund', assignmentId: a.id, adjustmentId: j.id }) : null} />
            ))}
          </ul>
        </>
      ) : null}

      <h3 className="form-section">История</h3>
      <div className="table-wrap">
        <table className="table table--compact" aria-label="История выплаты">
          <thead>
            <tr>
              <th scope="col">Событие</th>
              <th scope="col">С месяца</th>
              <th scope="col">Причина</th>
              <th scope="col">Основание</th>
              <th scope="col">Кто</th>
              <th scope="col">Когда</th>
            </tr>
          </thead>
          <tbody>
            {a.events.map((e) => (
              <tr key={e.id} data-kind={e.kind}>
                <td>{EVENT_KIND_TITLES[e.kind] ?? e.kind}</td>
                <td className="nowrap">{e.effectiveMonth ? formatMonth(e.effectiveMonth) : '—'}</td>
                <td className="small">{e.reason ?? ''}</td>
                <td className="small">{e.basis ?? ''}</td>
                <td>{e.actor}</td>
                <td className="nowrap">{formatDateTime(e.at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
};

const AdjustmentItem = ({ j, onRefund }: { j: Adjustment; onRefund: (() => void) | null }) => (
  <li data-testid="adjustment" data-kind={j.kind} data-status={j.status}>
    <strong>{ADJUSTMENT_KIND_TITLES[j.kind]}</strong> {formatMoney(j.amountKopecks)} ·{' '}
    <span data-testid="adjustment-balance">остаток {formatMoney(j.balanceKopecks)}</span>
    {j.status === 'settled' ? ' · погашена' : ''}
    {j.kind === 'overpayment' && j.recoveryMethod ? ` · ${RECOVERY_METHOD_TITLES[j.recoveryMethod]}${j.recoveryMethod === 'deduction' && j.deductionPercent ? ` ${j.deductionPercent} %` : ''}` : ''}
    <div className="muted small">
      {j.reason} · {formatDate(j.createdAt)}
    </div>
    {j.recoveries.length > 0 ? (
      <ul className="small">
        {j.recoveries.map((r) => (
          <li key={r.id}>
            {r.kind === 'deduction' ? `Удержано ${formatMoney(r.amountKopecks)} по реестру № ${r.registerNumber ?? '—'}, строка ${r.lineNo ?? '—'}` : `Возвращено ${formatMoney(r.amountKopecks)} ${formatDate(r.paidOn)}, ${r.document ?? ''}`}
          </li>
        ))}
      </ul>
    ) : null}
    {onRefund ? (
      <div>
        <button type="button" className="button button--small" onClick={onRefund}>
          Возврат переплаты
        </button>
      </div>
    ) : null}
  </li>
);
