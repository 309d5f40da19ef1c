import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert } from '../../components/alert';
import { Empty, LoadError, Loading, PageHeader } from '../../components/status';
import { decisionsPath, type SigningStage } from '../../features/signing/api/signing';
import { DecisionReview } from '../../features/signing/components/decision-review';
import { SigningList } from '../../features/signing/components/signing-list';
import { useApi } from '../../hooks/use-api';
import type { DecisionQueueItem } from '../../types/api';

const TABS: { stage: SigningStage; label: string }[] = [
  { stage: 'draft', label: 'Проверка и подпись (заместитель)' },
  { stage: 'initialled', label: 'Утверждение' },
];

export const SigningRoute = () => {
  const [params, setParams] = useSearchParams();
  const stage: SigningStage = params.get('tab') === 'initialled' ? 'initialled' : 'draft';
  const selectedId = params.get('d');
  const { data, error, loading, reload } = useApi<DecisionQueueItem[]>(decisionsPath(stage));
  const [notice, setNotice] = useState<string | null>(null);
  const selected = data?.find((d) => d.id === selectedId) ?? null;

  const select = (next: { tab?: SigningStage; d?: string | null }): void => {
    const out = new URLSearchParams();
    const tab = next.tab ?? stage;
    if (tab !== 'draft') out.set('tab', tab);
    const d = next.d === undefined ? selectedId : next.d;
    if (d) out.set('d', d);
    setParams(out, { replace: true });
  };

  return (
    <>
      <PageHeader title="На подпись" subtitle="Проекты решений: проверка и подпись заместителем главы, утверждение главой" />
      <div className="tabs" role="tablist" aria-label="Этап">
        {TABS.map((t) => (
          <button
            key={t.stage}
            type="button"
            role="tab"
            id={`tab-${t.stage}`}
            aria-selected={stage === t.stage}
            aria-controls="signing-panel"
            className={`tabs__tab${stage === t.stage ? ' tabs__tab--active' : ''}`}
            onClick={() => {
              setNotice(null);
              select({ tab: t.stage, d: null });
            }}
          >
            {t.label}
            {stage === t.stage && data ? <span className="tabs__count">{data.length}</span> : null}
          </button>
        ))}
      </div>
      <div id="signing-panel" role="tabpanel" aria-labelledby={`tab-${stage}`} className="signing">
        {notice ? (
          <Alert tone="success" testId="signing-notice">
            {notice}
          </Alert>
        ) : null}
        {error ? <LoadError error={error} onRetry={reload} /> : null}
        {!data && loading ? <Loading /> : null}
        {data ? (
          <div className="signing__layout">
            <div className="signing__list card">
              {data.length === 0 ? <Empty>Решений на этом этапе нет.</Empty> : <SigningList items={data} selectedId={selected?.id ?? null} onSelect={(id) => select({ d: id })} />}
            </div>
            <div className="signing__review">
              {selected ? (
                <DecisionReview
                  key={selected.id}
                  decision={selected}
                  stage={stage}
                  onDone={(message) => {
                    setNotice(message);
                    select({ d: null });
                    reload();
                  }}
                />
              ) : (
                <div className="card card__body muted">Выберите решение в списке слева, чтобы просмотреть проект и подписать его.</div>
              )}
            </div>
          </div>
        ) : null}
      </div>
    </>
  );
};
