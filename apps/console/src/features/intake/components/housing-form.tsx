import { useEffect, type ReactNode } from 'react';
import { Controller, useForm, type Path } from 'react-hook-form';
import type { IntakeRequest } from '@casework/domain';
import { AGE_ALTERNATIVE_CATEGORIES, FAMILY_CATEGORIES, TEN_YEAR_SERVICE_CATEGORIES } from '@casework/domain/services/housing-utilities-compensation/categories';
import { describedBy, Field, FieldSet } from '../../../components/field';
import { Card } from '../../../components/status';
import type { Person, Service } from '../../../types/api';
import { CategoryPicker } from './category-picker';
import { buildIntakeRequest, emptyDetails, initialIntake, intakeResolver, presentableDocuments, type IntakeFormOutput, type IntakeFormValues } from './intake-model';
import {
  ApplicantLine,
  DocumentsCard,
  DuplicateCard,
  errorAt,
  EsignatureField,
  FailureAlert,
  ownErrorAt,
  PaymentCard,
  SubmissionCard,
  CALCULATE_LABELS,
  SubmitBar,
  TextField,
  TriRadio,
  useIntakeSubmission,
} from './intake-parts';

export type ServiceFormProps = {
  applicant: Person;
  services: Service[];
  serviceSlug: string;
  onServiceChange: (slug: string) => void;
  authorityId: string;
  onBack: () => void;
  onSubmit: (request: IntakeRequest) => Promise<void>;
  // the counter's calculator: the same form without the documents, with the facts of the rules before «Рассчитать»
  calculator?: { extra: ReactNode };
};

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

// The application of housing-utilities-compensation (53 categories, Sverdlovsk).
export const HousingForm = ({ applicant, services, serviceSlug, onServiceChange, authorityId, onBack, onSubmit, calculator }: ServiceFormProps) => {
  const service = services.find((s) => s.slug === serviceSlug);
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
  const { failure, duplicate, send } = useIntakeSubmission({
    readReason: () => getValues('duplicateReason'),
    setFocus,
    putError: (path, message, type) => setError(path as Path<IntakeFormValues>, { type, message }, { shouldFocus: type === 'validate' }),
    onSubmit,
  });

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

  const documents = presentableDocuments(service, variant, withRepresentative);
  const interagency = service?.interagency ?? [];

  const submit = handleSubmit((v) => send(buildIntakeRequest({ service, authorityId, applicantId: applicant.id, output: v, presented: getValues('documents') })));

  const text = (name: Path<IntakeFormValues>, label: string, opts: { required?: boolean; hint?: string; type?: string; className?: string; inputMode?: 'numeric' | 'decimal'; placeholder?: string } = {}) => (
    <TextField name={name} label={label} field={register(name)} error={err(name)} {...opts} />
  );

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
      <ApplicantLine applicant={applicant} onBack={onBack} />
      <FailureAlert failure={failure} />

      <SubmissionCard
        services={services}
        serviceSlug={serviceSlug}
        onServiceChange={onServiceChange}
        channels={service?.channels ?? []}
        variants={service?.variants ?? []}
        channel={channel}
        register={register}
        err={err}
      >
        {channel === 'EPGU' ? <EsignatureField field={register('payload.esignature')} error={err('payload.esignature')} /> : null}
        {channel === 'MFC_COMPLEX' ? <TriRadio name="payload.complexDependency" legend="Зависит от результатов других услуг комплексного запроса" register={register} error={err('payload.complexDependency')} /> : null}
      </SubmissionCard>

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

      <PaymentCard title="Способ выплаты (п. 13, 65)" kind={paymentKind} register={register} err={err} own={own} />

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

      {calculator ? null : (
        <DocumentsCard
          documents={documents}
          interagency={interagency}
          register={register}
          error={err('payload.documentsSupplied')}
          presentedLegend="Представлены заявителем (п. 16)"
          suppliedLegend="Сведения, принесённые заявителем по собственной инициативе (п. 18)"
        />
      )}

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

      {duplicate ? <DuplicateCard message={duplicate} field={register('duplicateReason')} error={err('duplicateReason')} /> : null}

      {calculator?.extra}

      <SubmitBar onBack={onBack} isSubmitting={isSubmitting} duplicate={Boolean(duplicate)} {...(calculator ? { labels: CALCULATE_LABELS } : {})} />
    </form>
  );
};
