import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { registerRequestSchema, type RegisterRequest } from '@casework/domain';
import { Alert, ErrorList } from '../../../components/alert';
import { describedBy, Field } from '../../../components/field';
import type { Authority } from '../../../types/api';
import { createRegister, type Register } from '../api/payments';
import { METHOD_TITLES } from './payments-model';
import { attempt, useServerErrors, type Failure } from './server-failure';

const FIELDS = ['authorityId', 'period', 'method'] as const;

type Props = { authorities: Authority[]; defaultAuthorityId: string; defaultPeriod: string; onCreated: (register: Register) => void };

// «Сформировать реестр»: the API answers 202 at once and forms the register in the background.
export const RegisterForm = ({ authorities, defaultAuthorityId, defaultPeriod, onCreated }: Props) => {
  const uid = useId();
  const id = (name: string): string => `${uid}-${name}`;
  const [failure, setFailure] = useState<Failure | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<RegisterRequest>({
    defaultValues: { authorityId: defaultAuthorityId, period: defaultPeriod, method: 'bank' },
    resolver: zodResolver(registerRequestSchema),
    errors: useServerErrors<RegisterRequest>(failure),
  });

  const submit = handleSubmit(async (body) => {
    setFailure(null);
    const outcome = await attempt(() => createRegister(body), FIELDS);
    if (outcome.kind === 'ok') onCreated(outcome.result);
    else if (outcome.kind === 'failed') setFailure(outcome.failure);
  });

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Сформировать реестр">
      {failure ? (
        <Alert tone="error" title={failure.message}>
          <ErrorList errors={failure.rest} />
        </Alert>
      ) : null}
      <div className="form-grid form-grid--4">
        <Field id={id('authorityId')} label="Орган" required error={errors.authorityId?.message} className="span-2">
          <select id={id('authorityId')} className="input" aria-describedby={describedBy(id('authorityId'), errors.authorityId?.message)} {...register('authorityId')}>
            {authorities.map((a) => (
              <option key={a.id} value={a.id}>
                {a.shortName || a.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id={id('period')} label="Месяц выплаты" required error={errors.period?.message}>
          <input id={id('period')} type="month" className="input" aria-invalid={errors.period ? true : undefined} aria-describedby={describedBy(id('period'), errors.period?.message)} {...register('period')} />
        </Field>
        <Field id={id('method')} label="Способ выплаты" required error={errors.method?.message}>
          <select id={id('method')} className="input" aria-describedby={describedBy(id('method'), errors.method?.message)} {...register('method')}>
            {(Object.keys(METHOD_TITLES) as (keyof typeof METHOD_TITLES)[]).map((m) => (
              <option key={m} value={m}>
                {METHOD_TITLES[m]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="form-actions form-actions--start">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? 'Запускается…' : 'Сформировать реестр'}
        </button>
      </div>
    </form>
  );
};
