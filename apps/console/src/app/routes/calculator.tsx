import { useMemo, useRef, useState } from 'react';
import { Alert } from '../../components/alert';
import { describedBy, Field, FieldSet } from '../../components/field';
import { Card, LoadError, Loading, PageHeader } from '../../components/status';
import { evaluateAtCounter } from '../../features/evaluation/api/evaluation';
import { EvaluationResultView } from '../../features/evaluation/components/evaluation-result';
import { FactsForm } from '../../features/evaluation/components/facts-form';
import { factErrors, factFields, toFacts, type Draft, type FactField, type JsonSchema } from '../../features/evaluation/components/facts-model';
import { ApplicationForm } from '../../features/intake/components/application-form';
import { ApiError } from '../../lib/api-client';
import { todayLocal } from '../../lib/format';
import { useServices } from '../../lib/reference';
import { useSession } from '../../lib/session';
import type { EvaluationResult, Person, Service } from '../../types/api';

type Citizen = { birthDate: string; sex: '' | 'male' | 'female' };

// the application forms take a personal file: at the counter the citizen may have none, so a stand-in with only what
// the rules read
const standIn = (c: Citizen): Person => ({
  id: '',
  snils: null,
  lastName: 'Гражданин',
  firstName: `${c.birthDate.split('-').reverse().join('.')} г. р.`,
  middleName: null,
  birthDate: c.birthDate,
  sex: c.sex === 'female' ? 'female' : 'male',
  citizenship: 'RU',
  identityDocument: null,
  registrationAddress: null,
  actualAddress: null,
  phone: null,
  email: null,
  version: 0,
});

// The counter's calculator (issue: a clerk answers a citizen's question without opening a case): the application
// form of the service, the facts the rules read, and the outcome with its grounds, clauses, amount and explanation.
export const CalculatorRoute = () => {
  const { authority } = useSession();
  const { services: all, error } = useServices();
  const services = useMemo(() => (all ?? []).filter((s) => s.evaluation !== null), [all]);
  const [citizen, setCitizen] = useState<Citizen>({ birthDate: '', sex: '' });
  const [citizenErrors, setCitizenErrors] = useState<Record<string, string>>({});
  const [ready, setReady] = useState(false);
  const [asOf, setAsOf] = useState(todayLocal());
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [factsErrors, setFactsErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<EvaluationResult | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const fieldsOf = (s: Service | undefined): FactField[] => factFields((s?.evaluation?.factsSchema ?? {}) as JsonSchema);

  if (error) return <LoadError error={error} />;
  if (!all) return <Loading />;

  const startCitizen = (): void => {
    const errors: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(citizen.birthDate)) errors.birthDate = 'Укажите дату рождения';
    if (citizen.sex === '') errors.sex = 'Укажите пол';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) errors.asOf = 'Укажите дату расчета';
    setCitizenErrors(errors);
    if (Object.keys(errors).length === 0) setReady(true);
  };

  return (
    <>
      <PageHeader title="Калькулятор права и размера" subtitle="Ответ гражданину по правилам регламента — без заведения дела" />
      {!ready ? (
        <Card title="Гражданин и дата расчета">
          <form
            className="form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              startCitizen();
            }}
          >
            <div className="form-grid form-grid--3">
              <Field id="calc-birth" label="Дата рождения" required error={citizenErrors.birthDate}>
                <input id="calc-birth" type="date" className="input" value={citizen.birthDate} onChange={(e) => setCitizen({ ...citizen, birthDate: e.target.value })} aria-describedby={describedBy('calc-birth', citizenErrors.birthDate)} />
              </Field>
              <FieldSet id="calc-sex" legend="Пол" error={citizenErrors.sex}>
                <div className="radio-row">
                  <label className="check">
                    <input type="radio" name="calc-sex" checked={citizen.sex === 'female'} onChange={() => setCitizen({ ...citizen, sex: 'female' })} /> женский
                  </label>
                  <label className="check">
                    <input type="radio" name="calc-sex" checked={citizen.sex === 'male'} onChange={() => setCitizen({ ...citizen, sex: 'male' })} /> мужской
                  </label>
                </div>
              </FieldSet>
              <Field id="calc-as-of" label="Дата, на которую применяются правила" required error={citizenErrors.asOf}>
                <input id="calc-as-of" type="date" className="input" value={asOf} onChange={(e) => setAsOf(e.target.value)} aria-describedby={describedBy('calc-as-of', citizenErrors.asOf)} />
              </Field>
            </div>
            <div className="submit-bar">
              <button type="submit" className="button button--primary">
                Далее: заявление
              </button>
            </div>
          </form>
        </Card>
      ) : (
        <>
          {result ? (
            <div ref={resultRef} tabIndex={-1}>
              <Card title="Ответ по правилам регламента">
                <EvaluationResultView result={result} />
              </Card>
            </div>
          ) : null}
          {services.length === 0 ? (
            <Alert tone="warning">Ни для одной услуги правила расчета не заданы.</Alert>
          ) : (
            <ApplicationForm
              applicant={standIn(citizen)}
              services={services}
              authorityId={authority?.id ?? ''}
              onBack={() => {
                setReady(false);
                setResult(null);
              }}
              calculator={{
                extra: (slug) => {
                  const fields = fieldsOf(services.find((s) => s.slug === slug));
                  return (
                    <Card title="Установленные сведения (межведомственные ответы, документы)">
                      <p className="muted small">«Не установлено» — сведение не подтверждено: правила не считают его ни положительным, ни отрицательным.</p>
                      <FactsForm fields={fields} draft={drafts[slug] ?? {}} onChange={(d) => setDrafts({ ...drafts, [slug]: d })} errors={factsErrors} idPrefix={`calc-${slug}`} />
                    </Card>
                  );
                },
              }}
              onSubmit={async (request) => {
                const fields = fieldsOf(services.find((s) => s.slug === request.serviceSlug));
                try {
                  const r = await evaluateAtCounter(request.serviceSlug, {
                    application: request.payload,
                    applicant: { birthDate: citizen.birthDate, sex: citizen.sex === 'female' ? 'female' : 'male' },
                    facts: toFacts(fields, drafts[request.serviceSlug] ?? {}),
                    asOf,
                    ...(request.submittedOn ? { submittedOn: request.submittedOn } : {}),
                  });
                  setFactsErrors({});
                  setResult(r);
                  window.setTimeout(() => resultRef.current?.focus(), 0);
                } catch (e) {
                  if (!(e instanceof ApiError)) throw e;
                  setFactsErrors(factErrors(e.errors));
                  // the application's fields, named as the intake form names them
                  const payload = Object.fromEntries(Object.entries(e.errors).flatMap(([k, v]) => (k.startsWith('application.') ? [[`payload.${k.slice('application.'.length)}`, v]] : k.startsWith('facts.') ? [] : [[k, v]])));
                  throw new ApiError(e.status, e.code, e.message, payload, e.body);
                }
              }}
            />
          )}
        </>
      )}
    </>
  );
};
