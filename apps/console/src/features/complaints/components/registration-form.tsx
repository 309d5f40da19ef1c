import { useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { ComplaintRegistration, ComplaintRegistrationInput } from '@casework/domain';
import { Alert, ErrorList } from '../../../components/alert';
import { describedBy, Field, FieldSet } from '../../../components/field';
import { Card } from '../../../components/status';
import { errorMessage } from '../../../lib/api-client';
import { applyServerErrors } from '../../../lib/form-errors';
import { fullName } from '../../../lib/format';
import { findCaseByNumber, type CaseForComplaint, type ComplaintOptions } from '../api/complaints';
import { configFor, emptyRegistration, registrationResolver, reviewTermText, toRegistrationInput, type RegistrationValues } from './complaint-model';

const FIELDS = ['caseId', 'serviceSlug', 'complainantName', 'complainantAddress', 'channel', 'receivedAt', 'subject', 'text', 'against.body', 'against.official'] as const;

type Props = {
  authority: { id: string; timeZone: string };
  options: ComplaintOptions;
  // opened from a case (?caseId=): the case is already chosen
  initialCase: CaseForComplaint | null;
  onSubmit: (input: ComplaintRegistrationInput) => Promise<void>;
  onCancel: () => void;
};

export const RegistrationForm = ({ authority, options, initialCase, onSubmit, onCancel }: Props) => {
  const uid = useId();
  const id = (name: string): string => `${uid}-${name}`;
  const [caseRow, setCaseRow] = useState<CaseForComplaint | null>(initialCase);
  const [caseNumber, setCaseNumber] = useState('');
  const [caseLookup, setCaseLookup] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const [failure, setFailure] = useState<{ message: string; rest: Record<string, string> } | null>(null);
  const resolver = useMemo(() => registrationResolver({ authorityId: authority.id, timeZone: authority.timeZone, caseRow }), [authority.id, authority.timeZone, caseRow]);
  const {
    register,
    handleSubmit,
    watch,
    getValues,
    setValue,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RegistrationValues, unknown, ComplaintRegistration>({ defaultValues: emptyRegistration(initialCase?.id ?? ''), resolver, mode: 'onTouched' });

  const byApplicant = watch('byApplicant');
  const serviceSlug = watch('serviceSlug');
  const subject = watch('subject');
  const bodyCode = watch('against.body');
  const config = configFor(options, caseRow ? caseRow.serviceSlug : serviceSlug);
  const chosenSubject = options.subjects.find((s) => s.code === subject);
  const body = config?.bodies.find((b) => b.code === bodyCode);

  const lookUpCase = async (): Promise<void> => {
    if (!caseNumber.trim()) {
      setCaseLookup({ busy: false, error: 'Введите номер дела' });
      return;
    }
    setCaseLookup({ busy: true, error: null });
    try {
      const found = await findCaseByNumber(authority.id, caseNumber);
      if (!found) {
        setCaseLookup({ busy: false, error: `Дело № ${caseNumber.trim()} в этом органе не найдено` });
        return;
      }
      setCaseRow(found);
      setValue('caseId', found.id);
      setValue('against.body', '');
      setCaseLookup({ busy: false, error: null });
    } catch (e) {
      setCaseLookup({ busy: false, error: errorMessage(e) });
    }
  };

  const dropCase = (): void => {
    setCaseRow(null);
    setValue('caseId', '');
    setValue('against.body', '');
  };

  const submit = handleSubmit(async () => {
    setFailure(null);
    // the resolver checked the same input the API receives
    const input = toRegistrationInput(getValues(), { authorityId: authority.id, timeZone: authority.timeZone, caseRow });
    try {
      await onSubmit(input);
    } catch (e) {
      const rest = applyServerErrors(e, setError, FIELDS, (k) => (k === 'complainantPersonId' ? 'complainantName' : k));
      setFailure({ message: errorMessage(e), rest });
    }
  });

  const termHint = reviewTermText(config, chosenSubject?.shortTerm);

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Регистрация жалобы">
      {failure ? (
        <Alert tone="error" title={failure.message}>
          <ErrorList errors={failure.rest} />
        </Alert>
      ) : null}

      <Card title="Дело и заявитель">
        {caseRow ? (
          <div className="selected-person" data-testid="complaint-case">
            <div>
              <div className="selected-person__name">Дело № {caseRow.number ?? 'без номера'}</div>
              <div className="muted">
                {caseRow.serviceTitle} · заявитель {fullName(caseRow.applicant)}
              </div>
            </div>
            <div className="row-actions">
              <button type="button" className="button" onClick={dropCase}>
                Без дела
              </button>
            </div>
          </div>
        ) : (
          <div className="form-grid form-grid--2">
            <Field id={id('case-number')} label="Номер дела" error={caseLookup.error ?? errors.caseId?.message} hint="Если жалоба касается конкретного заявления">
              <div className="row-actions">
                <input
                  id={id('case-number')}
                  className="input"
                  placeholder="например, 12/2025"
                  value={caseNumber}
                  aria-describedby={describedBy(id('case-number'), caseLookup.error ?? errors.caseId?.message, true)}
                  onChange={(e) => setCaseNumber(e.target.value)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') {
                      e.preventDefault();
                      void lookUpCase();
                    }
                  }}
                />
                <button type="button" className="button" disabled={caseLookup.busy} onClick={() => void lookUpCase()}>
                  {caseLookup.busy ? 'Поиск…' : 'Найти'}
                </button>
              </div>
            </Field>
            <Field id={id('service')} label="Услуга" error={errors.serviceSlug?.message} hint="Сроки и органы по регламенту услуги; без услуги — по ст. 11.2 210-ФЗ">
              <select id={id('service')} className="input" {...register('serviceSlug', { onChange: () => setValue('against.body', '') })}>
                <option value="">— не выбрана —</option>
                {options.services.map((s) => (
                  <option key={s.slug} value={s.slug}>
                    {s.shortTitle}
                  </option>
                ))}
              </select>
            </Field>
          </div>
        )}

        {caseRow ? (
          <label className="check check--field">
            <input type="checkbox" {...register('byApplicant')} />
            Жалобу подал заявитель по делу — {fullName(caseRow.applicant)}
          </label>
        ) : null}
        {!caseRow || !byApplicant ? (
          <div className="form-grid form-grid--2">
            <Field id={id('name')} label="Заявитель (ФИО или наименование организации)" required error={errors.complainantName?.message}>
              <input id={id('name')} className="input" autoComplete="off" aria-describedby={describedBy(id('name'), errors.complainantName?.message)} {...register('complainantName')} />
            </Field>
            <Field id={id('address')} label="Почтовый адрес для ответа" error={errors.complainantAddress?.message}>
              <input id={id('address')} className="input" {...register('complainantAddress')} />
            </Field>
          </div>
        ) : null}
      </Card>

      <Card title="Жалоба">
        <div className="form-grid form-grid--2">
          <Field id={id('channel')} label="Способ поступления" required error={errors.channel?.message}>
            <select id={id('channel')} className="input" aria-describedby={describedBy(id('channel'), errors.channel?.message)} {...register('channel')}>
              <option value="">— выберите —</option>
              {options.channels.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.title}
                </option>
              ))}
            </select>
          </Field>
          <Field id={id('received')} label="Поступила" error={errors.receivedAt?.message} hint="Дата и время по местному времени органа; пусто — сейчас">
            <input id={id('received')} type="datetime-local" className="input" aria-describedby={describedBy(id('received'), errors.receivedAt?.message, true)} {...register('receivedAt')} />
          </Field>
          <Field id={id('subject')} label="Предмет жалобы" required error={errors.subject?.message} hint={termHint} className="span-2">
            <select id={id('subject')} className="input" aria-describedby={describedBy(id('subject'), errors.subject?.message, Boolean(termHint))} {...register('subject')}>
              <option value="">— выберите —</option>
              {options.subjects.map((s) => (
                <option key={s.code} value={s.code}>
                  {s.title}
                  {s.shortTerm ? ' (сокращённый срок)' : ''}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <FieldSet id={id('against')} legend="На чьи решения и действия (бездействие) подана жалоба">
          <div className="form-grid form-grid--2">
            <Field id={id('body')} label="Орган или организация" required error={errors.against?.body?.message} hint={body?.filedWith ? `Рассматривает: ${body.filedWith}` : undefined}>
              <select id={id('body')} className="input" aria-describedby={describedBy(id('body'), errors.against?.body?.message, Boolean(body?.filedWith))} {...register('against.body')}>
                <option value="">— выберите —</option>
                {(config?.bodies ?? []).map((b) => (
                  <option key={b.code} value={b.code}>
                    {b.title}
                  </option>
                ))}
              </select>
            </Field>
            <Field id={id('official')} label="Должностное лицо, служащий (если указаны)" error={errors.against?.official?.message}>
              <input id={id('official')} className="input" {...register('against.official')} />
            </Field>
          </div>
        </FieldSet>
        <Field id={id('text')} label="Суть жалобы" required error={errors.text?.message}>
          <textarea id={id('text')} className="input" rows={6} aria-describedby={describedBy(id('text'), errors.text?.message)} {...register('text')} />
        </Field>
      </Card>

      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Отмена
        </button>
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? 'Регистрация…' : 'Зарегистрировать жалобу'}
        </button>
      </div>
    </form>
  );
};
