import { useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { ComplaintDecision } from '@casework/domain';
import { Alert, ErrorList } from '../../../components/alert';
import { describedBy, Field, FieldSet } from '../../../components/field';
import { Card } from '../../../components/status';
import { errorMessage, isConflict } from '../../../lib/api-client';
import { applyServerErrors } from '../../../lib/form-errors';
import type { ComplaintDetail, ComplaintOptions } from '../api/complaints';
import { decisionResolver, emptyDecision, toDecisionInput, type DecisionValues } from './complaint-model';

const FIELDS = ['outcome', 'reasons', 'remedy.kind', 'remedy.details', 'nextSteps'] as const;

type Props = {
  c: ComplaintDetail;
  remedies: ComplaintOptions['remedies'];
  onSubmit: (input: ReturnType<typeof toDecisionInput>) => Promise<void>;
  onConflict: () => void;
};

// The head's decision (210-FZ art. 11.2 part 7): upheld with the remedy, or rejected; the reply PDF is made from it.
export const DecisionForm = ({ c, remedies, onSubmit, onConflict }: Props) => {
  const uid = useId();
  const id = (name: string): string => `${uid}-${name}`;
  const [failure, setFailure] = useState<{ message: string; rest: Record<string, string> } | null>(null);
  const resolver = useMemo(() => decisionResolver(c.version), [c.version]);
  const {
    register,
    handleSubmit,
    watch,
    getValues,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<DecisionValues, unknown, ComplaintDecision>({ defaultValues: emptyDecision, resolver });
  const outcome = watch('outcome');

  const submit = handleSubmit(async () => {
    setFailure(null);
    try {
      await onSubmit(toDecisionInput(getValues(), c.version));
    } catch (e) {
      if (isConflict(e)) {
        onConflict();
        return;
      }
      const rest = applyServerErrors(e, setError, FIELDS);
      setFailure({ message: errorMessage(e), rest });
    }
  });

  return (
    <Card title="Решение по жалобе" testId="complaint-decision-form">
      <form className="form" onSubmit={submit} noValidate aria-label="Решение по жалобе">
        {failure ? (
          <Alert tone="error" title={failure.message}>
            <ErrorList errors={failure.rest} />
          </Alert>
        ) : null}
        <FieldSet id={id('outcome')} legend="Результат рассмотрения" error={errors.outcome?.message}>
          <div className="radio-row">
            <label className="check">
              <input type="radio" value="upheld" {...register('outcome')} />
              Удовлетворить жалобу
            </label>
            <label className="check">
              <input type="radio" value="rejected" {...register('outcome')} />
              Отказать в удовлетворении
            </label>
          </div>
        </FieldSet>
        {outcome === 'upheld' ? (
          <div className="form-grid form-grid--2">
            <Field id={id('remedy')} label="В какой форме удовлетворена" required error={errors.remedy?.kind?.message}>
              <select id={id('remedy')} className="input" aria-describedby={describedBy(id('remedy'), errors.remedy?.kind?.message)} {...register('remedy.kind')}>
                <option value="">— выберите —</option>
                {remedies.map((r) => (
                  <option key={r.code} value={r.code}>
                    {r.title}
                  </option>
                ))}
              </select>
            </Field>
            <Field id={id('remedy-details')} label="Что именно сделано" error={errors.remedy?.details?.message} hint="Например: решение № 5-р от 01.10.2025 отменено">
              <input id={id('remedy-details')} className="input" aria-describedby={describedBy(id('remedy-details'), errors.remedy?.details?.message, true)} {...register('remedy.details')} />
            </Field>
            <Field id={id('next-steps')} label="Что заявителю сделать дальше для получения услуги" error={errors.nextSteps?.message} className="span-2">
              <input id={id('next-steps')} className="input" {...register('nextSteps')} />
            </Field>
          </div>
        ) : null}
        <Field id={id('reasons')} label={outcome === 'rejected' ? 'Мотивы отказа (аргументированные разъяснения)' : 'Мотивы решения'} required error={errors.reasons?.message}>
          <textarea id={id('reasons')} className="input" rows={5} aria-describedby={describedBy(id('reasons'), errors.reasons?.message)} {...register('reasons')} />
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {isSubmitting ? 'Формирование ответа…' : 'Принять решение и сформировать ответ'}
          </button>
        </div>
      </form>
    </Card>
  );
};
