import { useEffect, useId, useState, type ReactNode } from 'react';
import { Controller, useForm, type FieldErrors, type Path, type UseFormRegister } from 'react-hook-form';
import type { IntakeRequest } from '@casework/domain';
import { AGE_ALTERNATIVE_CATEGORIES, FAMILY_CATEGORIES, TEN_YEAR_SERVICE_CATEGORIES } from '@casework/domain/services/housing-utilities-compensation/categories';
import { Alert, ErrorList } from '../../../components/alert';
import { describedBy, Field, FieldSet } from '../../../components/field';
import { Card } from '../../../components/status';
import { ApiError, errorMessage } from '../../../lib/api-client';
import { fullName } from '../../../lib/format';
import type { Person, Service } from '../../../types/api';
import { CategoryPicker } from './category-picker';
import { duplicatePrompt, duplicateReasonProblem, emptyDetails, initialIntake, intakeResolver, type IntakeFormOutput, type IntakeFormValues } from './intake-model';

type Props = {
  applicant: Person;
  services: Service[];
  authorityId: string;
  onBack: () => void;
  onSubmit: (request: IntakeRequest) => Promise<void>;
};

const CHANNELS_WITH_SUBMISSION_DATE = new Set(['MFC', 'MFC_EXTRATERRITORIAL', 'MFC_COMPLEX', 'EPGU', 'POST']);
const APPLICANT_STATUS = [
  { code: 'citizen', title: 'Гражданин Российской Федерации' },
  { code: 'foreigner', title: 'Иностранный гражданин' },
  { code: 'stateless', title: 'Лицо без гражданства' },
];
const IDENTITY_KINDS = [
  { code: 'passport', title: 'Паспорт гражданина РФ' },
  { code: 'other', title: 'Иной документ, удостоверяющий личность' },
  { code: 'temporary_residence_permit', title: 'Разрешение на временное проживание' },
  { code: 'residence_permit', title: 'Вид на жительство' },
];
const RESULT_DELIVERY = [
  { code: 'paper', title: 'На бумажном носителе в учреждении' },
  { code: 'electronic', title: 'Электронным документом (УКЭП)' },
  { code: 'mfc', title: 'Через МФЦ' },
  { code: 'epgu', title: 'В личный кабинет ЕПГУ' },
];

// Reads an error at a schema path from the nested RHF error tree; arrays report their first item.
const errorAt = (errors: FieldErrors<IntakeFormValues>, path: string): string | undefined => {
  let node: unknown = errors;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  const seen = new Set<unknown>();
  const first = (n: unknown): string | undefined => {
    if (n === null || typeof n !== 'object' || seen.has(n)) return undefined;
    seen.add(n);
    const m = (n as { message?: unknown }).message;
    if (typeof m === 'string' && m) return m;
    for (const [k, v] of Object.entries(n as Record<string, unknown>)) {
      if (k === 'ref' || k === 'type' || k === 'types') continue;
      const found = first(v);
      if (found) return found;
    }
    return undefined;
  };
  return first(node);
};

// The message of this node itself, not of its children (an object-level error such as "heating is missing").
const ownErrorAt = (errors: FieldErrors<IntakeFormValues>, path: string): string | undefined => {
  let node: unknown = errors;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  const m = (node as { message?: unknown } | undefined)?.message;
  return typeof m === 'string' && m ? m : undefined;
};

type TriProps = { name: Path<IntakeFormValues>; legend: ReactNode; register: UseFormRegister<IntakeFormValues>; error?: string; yes?: string; no?: string };

const TriRadio = ({ name, legend, register, error, yes = 'Да', no = 'Нет' }: TriProps) => {
  const id = useId();
  return (
    <FieldSet id={id} legend={legend} error={error} className="fieldset--inline">
      <div className="radio-row">
        <label className="check">
          <input type="radio" value="yes" {...register(name)} /> {yes}
        </label>
        <label className="check">
          <input type="radio" value="no" {...register(name)} /> {no}
        </label>
      </div>
    </FieldSet>
  );
};

export const ApplicationForm = ({ applicant, services, authorityId, onBack, onSubmit }: Props) => {
  const [serviceSlug, setServiceSlug] = useState(services[0]?.slug ?? '');
  const service = services.find((s) => s.slug === serviceSlug);
  const [failure, setFailure] = useState<{ message: string; rest: Record<string, string> } | null>(null);
  // the pending case the API named on a 409; the clerk then gives the reason and submits again
  const [duplicate, setDuplicate] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    watch,
    setError,
    setValue,
    getValues,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<IntakeFormValues, unknown, IntakeFormOutput>({
    defaultValues: initialIntake(applicant, service?.channels[0]?.code ?? '', service?.variants[0]?.code ?? 'MAIN'),
    resolver: intakeResolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const err = (path: string): string | undefined => errorAt(errors, path);
  const own = (path: string): string | undefined => ownErrorAt(errors, path);

  const channel = watch('channel');
  const categories = watch('payload.categories');
  const paymentKind = watch('payload.paymentMethod.kind');
  const withRepresentative = watch('withRepresentative');
  const variant = watch('variant');

  // every chosen category gets a details block, so its inputs exist before the clerk types
  useEffect(() => {
    const current = getValues('payload.categoryDetails') ?? {};
    for (const code of categories) if (!current[code]) setValue(`payload.categoryDetails.${code}`, emptyDetails());
  }, [categories, getValues, setValue]);

  useEffect(() => {
    if (duplicate) setFocus('duplicateReason');
  }, [duplicate, setFocus]);

  const documents = (service?.documents ?? []).filter((d) => d.providedBy === 'applicant' && (!d.variants || d.variants.includes(variant)) && (d.mandatory !== 'if_representative' || withRepresentative));
  const interagency = service?.interagency ?? [];

  const submit = handleSubmit(async (v) => {
    setFailure(null);
    const duplicateReason = getValues('duplicateReason');
    if (duplicate) {
      const problem = duplicateReasonProblem(duplicateReason);
      if (problem) {
        setError('duplicateReason', { type: 'validate', message: problem }, { shouldFocus: true });
        return;
      }
    }
    const presented = new Set(getValues('documents'));
    const request: IntakeRequest = {
      serviceSlug,
      authorityId,
      channel: v.channel,
      variant: v.variant,
      applicantId: applicant.id,
      payload: v.payload as unknown as Record<string, unknown>,
      documents: (service?.documents ?? []).filter((d) => presented.has(d.code)).map((d) => ({ code: d.code, title: d.title, providedBy: d.providedBy })),
      ...(v.submittedOn ? { submittedOn: v.submittedOn } : {}),
      ...(duplicate ? { duplicateReason: duplicateReason.trim() } : {}),
    };
    try {
      await onSubmit(request);
    } catch (e) {
      const pending = duplicatePrompt(e);
      if (pending) {
        setDuplicate(pending);
        return;
      }
      const rest: Record<string, string> = {};
      if (e instanceof ApiError) {
        for (const [key, message] of Object.entries(e.errors)) {
          if (key.startsWith('payload.') || key === 'channel' || key === 'variant' || key === 'submittedOn' || key === 'duplicateReason') setError(key as Path<IntakeFormValues>, { type: 'server', message });
          else rest[key] = message;
        }
      }
      setFailure({ message: errorMessage(e), rest });
    }
  });

  const text = (name: Path<IntakeFormValues>, label: string, opts: { required?: boolean; hint?: string; type?: string; className?: string; inputMode?: 'numeric' | 'decimal'; placeholder?: string } = {}) => {
    const e = err(name);
    return (
      <Field id={`f-${name}`} label={label} error={e} hint={opts.hint} required={opts.required} className={opts.className}>
        <input
          id={`f-${name}`}
          className="input"
          type={opts.type ?? 'text'}
          inputMode={opts.inputMode}
          placeholder={opts.placeholder}
          aria-invalid={e ? true : undefined}
          aria-describedby={describedBy(`f-${name}`, e, Boolean(opts.hint))}
          {...register(name)}
        />
      </Field>
    );
  };

  const detailBlocks = categories
    .map((code) => {
      const base = `payload.categoryDetails.${code}` as const;
      const blocks: ReactNode[] = [];
      if (code === 'C25_SEMIPALATINSK') blocks.push(<div key="dose">{text(`${base}.doseCSv`, 'Суммарная (накопленная) эффективная доза облучения, сЗв (бэр)', { required: true, inputMode: 'decimal', hint: 'Право — при дозе более 25 сЗв (бэр)' })}</div>);
      if (TEN_YEAR_SERVICE_CATEGORIES.includes(code as never)) {
        blocks.push(
          <div key="service" className="form-grid form-grid--2">
            {text(`${base}.serviceYears`, 'Стаж, лет', { required: true, inputMode: 'numeric' })}
            {text(`${base}.serviceMonths`, 'и месяцев', { inputMode: 'numeric' })}
          </div>,
        );
      }
      if (AGE_ALTERNATIVE_CATEGORIES.includes(code as never)) {
        blocks.push(
          <div key="age" className="form-grid form-grid--3">
            <TriRadio name={`${base}.retired`} legend="Вышел на пенсию" register={register} error={err(`${base}.retired`)} />
            <TriRadio name={`${base}.pensionAgeReached`} legend="Достиг возраста права на страховую пенсию" register={register} error={err(`${base}.pensionAgeReached`)} />
            <TriRadio name={`${base}.pensionRight`} legend="Приобрёл право на страховую пенсию по старости (400-ФЗ)" register={register} error={err(`${base}.pensionRight`)} />
          </div>,
        );
      }
      if (code === 'C04_WWII_REAR_SERVICE_DISABLED' || code === 'C29_HOME_FRONT_WORKER') {
        blocks.push(
          <div key="war" className="form-grid form-grid--3">
            <Field id={`f-${base}-from`} label={code === 'C29_HOME_FRONT_WORKER' ? 'Работа в тылу: с' : 'Служба: с'} error={err(`${base}.wartimePeriod.from`) ?? own(`${base}.wartimePeriod`)}>
              <input id={`f-${base}-from`} type="date" className="input" {...register(`${base}.wartimeFrom`)} />
            </Field>
            <Field id={`f-${base}-to`} label="по" error={err(`${base}.wartimePeriod.to`)}>
              <input id={`f-${base}-to`} type="date" className="input" {...register(`${base}.wartimeTo`)} />
            </Field>
            <label className="check check--field">
              <input type="checkbox" {...register(`${base}.ussrAward`)} /> Награждён орденом или медалью СССР
            </label>
          </div>,
        );
      }
      if (code === 'C10_DISABLED') {
        blocks.push(
          <label key="hiv" className="check">
            <input type="checkbox" {...register(`${base}.hivInfectedMinor`)} /> ВИЧ-инфицированный несовершеннолетний до 18 лет
          </label>,
        );
      }
      if (FAMILY_CATEGORIES.includes(code as never)) {
        blocks.push(
          <div key="family" className="form-grid form-grid--3">
            {text(`${base}.deceasedFullName`, 'ФИО умершего (погибшего)', { required: true, className: 'span-2' })}
            {text(`${base}.deceasedDeathDate`, 'Дата смерти', { type: 'date' })}
          </div>,
        );
      }
      if (blocks.length === 0) return null;
      const title = service?.categories.find((c) => c.code === code)?.title ?? code;
      return (
        <div key={code} className="details-block">
          <div className="details-block__title">
            <span className="code">{code.split('_')[0]}</span> {title}
          </div>
          {blocks}
        </div>
      );
    })
    .filter(Boolean);

  return (
    <form className="form intake-form" onSubmit={submit} noValidate aria-label="Сведения заявления">
      <div className="intake-applicant muted">
        Заявитель: <strong>{fullName(applicant)}</strong>{' '}
        <button type="button" className="link-button" onClick={onBack}>
          изменить
        </button>
      </div>
      {failure ? (
        <Alert tone="error" title={failure.message} testId="intake-error">
          {Object.keys(failure.rest).length > 0 ? <ErrorList errors={failure.rest} /> : 'Исправьте отмеченные поля.'}
        </Alert>
      ) : null}

      <Card title="Услуга и способ подачи">
        <div className="form-grid form-grid--3">
          <Field id="f-service" label="Услуга" required className="span-3">
            <select id="f-service" className="input" value={serviceSlug} onChange={(e) => setServiceSlug(e.target.value)}>
              {services.map((s) => (
                <option key={s.slug} value={s.slug}>
                  {s.title}
                </option>
              ))}
            </select>
          </Field>
          <Field id="f-channel" label="Способ подачи" required error={err('channel')}>
            <select id="f-channel" className="input" aria-describedby={describedBy('f-channel', err('channel'))} {...register('channel')}>
              {(service?.channels ?? []).map((c) => (
                <option key={c.code} value={c.code}>
                  {c.title}
                </option>
              ))}
            </select>
          </Field>
          {(service?.variants.length ?? 0) > 1 ? (
            <Field id="f-variant" label="Вариант предоставления" required error={err('variant')}>
              <select id="f-variant" className="input" {...register('variant')}>
                {(service?.variants ?? []).map((v) => (
                  <option key={v.code} value={v.code} title={v.description}>
                    {v.title}
                  </option>
                ))}
              </select>
            </Field>
          ) : null}
          {CHANNELS_WITH_SUBMISSION_DATE.has(channel) ? text('submittedOn', 'Дата подачи заявителем', { type: 'date', hint: 'Если раньше дня поступления в учреждение (МФЦ, ЕПГУ, почта)' }) : null}
          {channel === 'EPGU' ? (
            <Field id="f-esignature" label="Электронная подпись заявления" required error={err('payload.esignature')}>
              <select id="f-esignature" className="input" {...register('payload.esignature')}>
                <option value="">— выберите —</option>
                <option value="simple">Простая электронная подпись</option>
                <option value="qualified">Усиленная квалифицированная (УКЭП)</option>
                <option value="none">Не подписано</option>
              </select>
            </Field>
          ) : null}
          {channel === 'MFC_COMPLEX' ? <TriRadio name="payload.complexDependency" legend="Зависит от результатов других услуг комплексного запроса" register={register} error={err('payload.complexDependency')} /> : null}
        </div>
      </Card>

      <Card title="Категории заявителя (п. 3 регламента)">
        <Controller
          control={control}
          name="payload.categories"
          render={({ field }) => <CategoryPicker categories={service?.categories ?? []} value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={err('payload.categories')} />}
        />
        {detailBlocks.length > 0 ? (
          <div className="details">
            <h3 className="form-section">Сведения, подтверждающие условия категорий</h3>
            {detailBlocks}
          </div>
        ) : null}
        {own('payload.categoryDetails') ? <div className="field__error">{own('payload.categoryDetails')}</div> : null}
      </Card>

      <Card title="Сведения о заявителе и жилом помещении">
        <div className="form-grid form-grid--2">
          <Field id="f-status" label="Статус заявителя" required error={err('payload.applicantStatus')}>
            <select id="f-status" className="input" aria-describedby={describedBy('f-status', err('payload.applicantStatus'))} {...register('payload.applicantStatus')}>
              <option value="">— выберите —</option>
              {APPLICANT_STATUS.map((s) => (
                <option key={s.code} value={s.code}>
                  {s.title}
                </option>
              ))}
            </select>
          </Field>
          <Field id="f-idkind" label="Предъявленный документ, удостоверяющий личность" required error={err('payload.identityDocumentKind')}>
            <select id="f-idkind" className="input" aria-describedby={describedBy('f-idkind', err('payload.identityDocumentKind'))} {...register('payload.identityDocumentKind')}>
              <option value="">— выберите —</option>
              {IDENTITY_KINDS.map((s) => (
                <option key={s.code} value={s.code}>
                  {s.title}
                </option>
              ))}
            </select>
          </Field>
          <FieldSet id="f-place" legend="Заявление подано" error={err('payload.place')} className="fieldset--inline">
            <div className="radio-row">
              <label className="check">
                <input type="radio" value="residence" {...register('payload.place')} /> по месту жительства
              </label>
              <label className="check">
                <input type="radio" value="stay" {...register('payload.place')} /> по месту пребывания
              </label>
            </div>
          </FieldSet>
          <TriRadio
            name="payload.registrationShownInIdentityDocument"
            legend="Сведения о регистрации есть в документе, удостоверяющем личность"
            register={register}
            error={err('payload.registrationShownInIdentityDocument')}
          />
          <TriRadio name="payload.heating.centralHeating" legend="Центральное отопление" register={register} error={err('payload.heating.centralHeating') ?? own('payload.heating')} yes="Есть" no="Нет" />
          <TriRadio name="payload.heating.gasSupply" legend="Газоснабжение" register={register} error={err('payload.heating.gasSupply')} yes="Есть" no="Нет" />
        </div>
      </Card>

      <Card title="Способ выплаты (п. 13, 65)">
        <FieldSet id="f-payment-kind" legend="Выплата" error={err('payload.paymentMethod.kind') ?? (paymentKind ? undefined : own('payload.paymentMethod'))} className="fieldset--inline">
          <div className="radio-row">
            <label className="check">
              <input type="radio" value="bank" {...register('payload.paymentMethod.kind')} /> через кредитную организацию (банк)
            </label>
            <label className="check">
              <input type="radio" value="post" {...register('payload.paymentMethod.kind')} /> через почтовое отделение
            </label>
          </div>
        </FieldSet>
        {paymentKind === 'bank' ? (
          <div className="form-grid form-grid--3">
            {text('payload.paymentMethod.bankName', 'Наименование банка', { required: true })}
            {text('payload.paymentMethod.bik', 'БИК', { required: true, inputMode: 'numeric', placeholder: '9 цифр' })}
            {text('payload.paymentMethod.account', 'Номер счёта', { required: true, inputMode: 'numeric', placeholder: '20 цифр' })}
          </div>
        ) : null}
        {paymentKind === 'post' ? <div className="form-grid form-grid--2">{text('payload.paymentMethod.postOffice', 'Отделение почтовой связи', { required: true })}</div> : null}
      </Card>

      <Card title="Представитель заявителя">
        <label className="check">
          <input type="checkbox" {...register('withRepresentative')} /> Заявление подаёт представитель
        </label>
        {withRepresentative ? (
          <div className="form-grid form-grid--3">
            {text('payload.representative.lastName', 'Фамилия представителя', { required: true })}
            {text('payload.representative.firstName', 'Имя', { required: true })}
            {text('payload.representative.middleName', 'Отчество')}
            {text('payload.representative.postalAddress', 'Почтовый адрес представителя', { required: true, className: 'span-3' })}
            {text('payload.representative.identityDocument', 'Документ, удостоверяющий личность представителя', { required: true, className: 'span-3', placeholder: 'Паспорт 65 12 345678, выдан …' })}
            {text('payload.representative.authorityDocument', 'Документ, подтверждающий полномочия', { required: true, className: 'span-3', placeholder: 'Доверенность № … от …' })}
          </div>
        ) : null}
      </Card>

      <Card title="Документы">
        <div className="form-grid form-grid--2 form-grid--top">
          <FieldSet id="f-documents" legend="Представлены заявителем (п. 16)">
            <ul className="checklist">
              {documents.map((d) => (
                <li key={d.code}>
                  <label className="check check--top">
                    <input type="checkbox" value={d.code} {...register('documents')} />
                    <span>
                      {d.title}
                      <span className="muted small block">{d.mandatory === true ? 'обязательный' : d.mandatory === 'if_representative' ? 'обязателен при подаче представителем' : 'по желанию'}</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </FieldSet>
          <FieldSet id="f-supplied" legend="Сведения, принесённые заявителем по собственной инициативе (п. 18)" error={err('payload.documentsSupplied')}>
            <ul className="checklist">
              {interagency.map((k) => (
                <li key={k.code}>
                  <label className="check check--top">
                    <input type="checkbox" value={k.code} {...register('payload.documentsSupplied')} />
                    <span>
                      <span className="code">{k.code}</span> {k.title}
                      {k.condition ? <span className="muted small block">{k.condition}</span> : null}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
            <div className="muted small">Не отмеченные сведения учреждение запросит само (межведомственный запрос).</div>
          </FieldSet>
        </div>
      </Card>

      <Card title="Получение результата">
        <div className="form-grid form-grid--2">
          <Field id="f-delivery" label="Способ получения решения" required error={err('payload.resultDelivery')}>
            <select id="f-delivery" className="input" aria-describedby={describedBy('f-delivery', err('payload.resultDelivery'))} {...register('payload.resultDelivery')}>
              <option value="">— выберите —</option>
              {RESULT_DELIVERY.map((s) => (
                <option key={s.code} value={s.code}>
                  {s.title}
                </option>
              ))}
            </select>
          </Field>
        </div>
      </Card>

      {duplicate ? (
        <Card title="Повторное заявление" testId="duplicate-card">
          <Alert tone="warning" testId="duplicate-warning">
            {duplicate}
          </Alert>
          <Field id="f-duplicateReason" label="Причина повторного заявления" required error={err('duplicateReason')} hint="Не менее 5 символов; причина сохраняется в деле и видна в его карточке">
            <textarea
              id="f-duplicateReason"
              className="input"
              rows={3}
              aria-invalid={err('duplicateReason') ? true : undefined}
              aria-describedby={describedBy('f-duplicateReason', err('duplicateReason'), true)}
              {...register('duplicateReason')}
            />
          </Field>
        </Card>
      ) : null}

      <div className="submit-bar">
        <button type="button" className="button" onClick={onBack}>
          ← Назад
        </button>
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? 'Приём заявления…' : duplicate ? 'Принять повторное заявление' : 'Принять заявление'}
        </button>
      </div>
    </form>
  );
};
