import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert } from '../../../components/alert';
import { Card, Loading } from '../../../components/status';
import { ApiError, errorMessage } from '../../../lib/api-client';
import type { EvaluationResult, Service } from '../../../types/api';
import { evaluateCase } from '../api/evaluation';
import { EvaluationResultView } from './evaluation-result';
import { FactsForm } from './facts-form';
import { factErrors, factFields, fromFacts, toFacts, type Draft, type JsonSchema } from './facts-model';

type Props = {
  caseId: string;
  // a new version of the case (an answer came in, the payload changed) evaluates again
  caseVersion: number;
  service: Service;
  // the clerk confirms facts; others read the result
  canEdit: boolean;
  onResult: (result: EvaluationResult | null) => void;
};

// The case through its service's rules (spec §9): the facts the interagency answers establish, which the clerk
// confirms or completes, and the result with every rule and its clause. The draft decision takes this result.
export const CaseEvaluation = ({ caseId, caseVersion, service, canEdit, onResult }: Props) => {
  const fields = useMemo(() => factFields((service.evaluation?.factsSchema ?? {}) as JsonSchema), [service]);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [result, setResult] = useState<EvaluationResult | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // what the clerk confirmed with «Пересчитать» stays confirmed when the case moves on (another action, a new answer)
  const confirmed = useRef<{ caseId: string; facts: Record<string, unknown> }>({ caseId, facts: {} });
  if (confirmed.current.caseId !== caseId) confirmed.current = { caseId, facts: {} };

  useEffect(() => {
    let live = true;
    setFailure(null);
    evaluateCase(caseId, { facts: confirmed.current.facts })
      .then((r) => {
        if (!live) return;
        setResult(r);
        setDraft(fromFacts(fields, r.facts));
        onResult(r);
      })
      .catch((e: unknown) => {
        if (!live) return;
        setFailure(errorMessage(e));
        onResult(null);
      });
    return () => {
      live = false;
    };
  }, [caseId, caseVersion, fields, onResult]);

  const recalculate = async (): Promise<void> => {
    if (!draft) return;
    setBusy(true);
    setFailure(null);
    try {
      const facts = toFacts(fields, draft);
      const r = await evaluateCase(caseId, { facts });
      confirmed.current = { caseId, facts };
      setResult(r);
      setErrors({});
      onResult(r);
    } catch (e) {
      setErrors(e instanceof ApiError ? factErrors(e.errors) : {});
      setFailure(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="Расчет по правилам регламента" testId="case-evaluation">
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      {!result && !failure ? <Loading label="Расчет…" /> : null}
      {result ? <EvaluationResultView result={result} /> : null}
      {draft && canEdit ? (
        <details className="evaluation__facts">
          <summary>Установленные сведения ({Object.keys(toFacts(fields, draft)).length} из {fields.length}): проверьте и дополните</summary>
          <p className="muted small">Сведения межведомственных ответов подставлены; «не установлено» — сведение не подтверждено и не считается отрицательным.</p>
          <FactsForm fields={fields} draft={draft} onChange={setDraft} errors={errors} idPrefix={`facts-${caseId}`} />
          <button type="button" className="button button--primary" onClick={() => void recalculate()} disabled={busy}>
            {busy ? 'Расчет…' : 'Пересчитать'}
          </button>
        </details>
      ) : null}
    </Card>
  );
};
