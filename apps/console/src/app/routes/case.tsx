import { useCallback, useEffect, useState } from 'react';
import { useLocation, useParams } from 'react-router-dom';
import { Alert, ConflictBanner } from '../../components/alert';
import { LoadError, Loading } from '../../components/status';
import { casePath, fireEvent, pollInteragency } from '../../features/cases/api/case';
import { ActionsBar } from '../../features/cases/components/actions-bar';
import { ApplicationPanel } from '../../features/cases/components/application-panel';
import { CaseHeader } from '../../features/cases/components/case-header';
import { DecisionsPanel } from '../../features/cases/components/decisions-panel';
import { DocumentsPanel } from '../../features/cases/components/documents-panel';
import { dialogFor, EventDialog, type DialogKind } from '../../features/cases/components/event-dialogs';
import { InteragencyPanel } from '../../features/cases/components/interagency-panel';
import { NoticesPanel } from '../../features/cases/components/notices-panel';
import { TermsPanel } from '../../features/cases/components/terms-panel';
import { Timeline } from '../../features/cases/components/timeline';
import { CaseEvaluation } from '../../features/evaluation/components/case-evaluation';
import { useApi } from '../../hooks/use-api';
import { errorMessage, isConflict } from '../../lib/api-client';
import { useService } from '../../lib/reference';
import { useSession } from '../../lib/session';
import type { CaseAction, CaseDetail, EvaluationResult } from '../../types/api';

export const CaseRoute = () => {
  const { caseId = '' } = useParams();
  const location = useLocation();
  const { data: c, error, loading, reload, setData } = useApi<CaseDetail>(casePath(caseId));
  const { service } = useService(c?.serviceSlug);
  const { user } = useSession();
  const [busy, setBusy] = useState<string | null>(null);
  const [dialog, setDialog] = useState<{ action: CaseAction; kind: DialogKind; preselected?: string[] } | null>(null);
  const [conflict, setConflict] = useState(false);
  // the rules' result on the facts the clerk confirmed: the draft decision starts from it
  const [evaluation, setEvaluation] = useState<EvaluationResult | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(() => {
    const state = location.state as { notice?: string } | null;
    return state?.notice ? { tone: 'success', text: state.notice } : null;
  });

  useEffect(() => {
    if (!notice || notice.tone !== 'success') return;
    const t = window.setTimeout(() => setNotice(null), 6000);
    return () => window.clearTimeout(t);
  }, [notice]);

  // One event, sent with the version the user saw: a 409 means someone else changed the case meanwhile.
  const run = useCallback(
    async (action: CaseAction, data: Record<string, unknown>, fromDialog: boolean): Promise<void> => {
      if (!c) return;
      setBusy(action.event);
      setNotice(null);
      try {
        const next = await fireEvent(c.id, { event: action.event, data, expectedVersion: c.version });
        setData(next);
        setDialog(null);
        setNotice({ tone: 'success', text: `Выполнено: ${action.title}` });
      } catch (e) {
        if (isConflict(e)) {
          setDialog(null);
          setConflict(true);
          return;
        }
        if (fromDialog) throw e;
        setNotice({ tone: 'error', text: errorMessage(e) });
      } finally {
        setBusy(null);
      }
    },
    [c, setData],
  );

  const poll = async (): Promise<void> => {
    if (!c) return;
    setBusy('poll');
    setNotice(null);
    try {
      const next = await pollInteragency(c.id);
      setData(next);
      const waiting = next.interagency.filter((r) => r.status === 'sent').length;
      setNotice({ tone: 'success', text: waiting > 0 ? `Ответы получены не на все запросы: ожидается ещё ${waiting}` : 'Ответы на все запросы получены' });
    } catch (e) {
      setNotice({ tone: 'error', text: errorMessage(e) });
    } finally {
      setBusy(null);
    }
  };

  if (error && !c) return <LoadError error={error} onRetry={reload} />;
  if (!c) return <Loading />;

  const stateTitle = (code: string | null): string => (code ? (service?.states.find((s) => s.code === code)?.title ?? code) : '');
  const channelTitle = c.channelTitle ?? service?.channels.find((ch) => ch.code === c.channel)?.title ?? c.channel;
  const variantTitle = service && service.variants.length > 1 ? service.variants.find((v) => v.code === c.variant)?.title : undefined;
  const isClerk = user?.roles.some((r) => r.authorityId === c.authority.id && r.role === 'clerk') ?? false;
  const reask = c.actions.find((a) => dialogFor(a) === 'reask');

  return (
    <div className="case-page">
      {conflict ? (
        <ConflictBanner
          title="Дело изменено другим пользователем"
          text="Ваше действие не выполнено. Обновите дело, проверьте изменения и повторите действие."
          reloadLabel="Обновить дело"
          onReload={() => {
            setConflict(false);
            reload();
          }}
        />
      ) : null}
      {notice ? (
        <Alert tone={notice.tone} testId="case-notice">
          {notice.text}
        </Alert>
      ) : null}
      <CaseHeader c={c} channelTitle={channelTitle} variantTitle={variantTitle} canComplain={isClerk} />
      <ActionsBar
        actions={c.actions}
        busy={busy ?? (loading ? 'loading' : null)}
        onAction={(action) => {
          const kind = dialogFor(action);
          if (kind) setDialog({ action, kind });
          else void run(action, {}, false);
        }}
      />
      <div className="case-grid">
        <div className="case-grid__main">
          <ApplicationPanel payload={c.payload} service={service} />
          {service?.evaluation ? <CaseEvaluation caseId={c.id} caseVersion={c.version} service={service} canEdit={isClerk} onResult={setEvaluation} /> : null}
          <InteragencyPanel
            requests={c.interagency}
            canPoll={isClerk}
            polling={busy === 'poll'}
            onPoll={() => void poll()}
            busy={busy !== null}
            onReask={reask ? (requestId) => setDialog({ action: reask, kind: 'reask', preselected: [requestId] }) : undefined}
          />
          <DecisionsPanel decisions={c.decisions} />
          <NoticesPanel caseId={c.id} notices={c.notices} timeZone={c.authority.timeZone} />
          <DocumentsPanel documents={c.documents} />
        </div>
        <div className="case-grid__side">
          <TermsPanel terms={c.terms} />
          <Timeline events={c.events} timeZone={c.authority.timeZone} stateTitle={stateTitle} />
        </div>
      </div>
      {dialog ? (
        <EventDialog
          action={dialog.action}
          kind={dialog.kind}
          preselected={dialog.preselected}
          c={c}
          service={service}
          evaluation={evaluation}
          onClose={() => setDialog(null)}
          onSubmit={(data) => run(dialog.action, data, true)}
        />
      ) : null}
    </div>
  );
};
