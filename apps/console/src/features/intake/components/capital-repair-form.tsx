import type { ReactNode } from 'react';
import { useForm, useFieldArray, type Path } from 'react-hook-form';
import { CAPITAL_REPAIR_CATEGORIES, CAPITAL_REPAIR_DELIVERY, CAPITAL_REPAIR_INTERAGENCY, IDENTITY_DOCUMENT_KINDS, isFamilyCategory, type CapitalRepairCategoryCode } from '@casework/domain';
import { describedBy, Field, FieldSet } from '../../../components/field';
import { Card } from '../../../components/status';
import { CAPITAL_REPAIR_INTAKE_VARIANT, capitalRepairResolver, emptyMember, initialCapitalRepair, PORTAL_CHANNELS, type CapitalRepairFormOutput, type CapitalRepairFormValues } from './capital-repair-model';
import type { ServiceFormProps } from './housing-form';
import { buildIntakeRequest, presentableDocuments } from './intake-model';
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

// §3.4: the applicant chooses how the result reaches him; the decision notices go the same way (2.3.3)
const DELIVERY_TITLES: Record<(typeof CAPITAL_REPAIR_DELIVERY)[number], string> = {
  EPGU_CABINET: 'ЕПГУ (личный кабинет)',
  RPGU_CABINET: 'РПГУ (личный кабинет)',
  EMAIL: 'электронная почта',
  PAPER_AT_BODY: 'на бумаге в органе',
  PAPER_AT_MFC: 'на бумаге в МФЦ',
  POST: 'почтой',
};

const ARRIVED_FROM: { code: CapitalRepairFormValues['payload']['arrivedFrom']; title: string }[] = [
  { code: 'none', title: 'не прибывал' },
  { code: 'krai_municipality', title: 'из другого муниципального образования Ставропольского края' },
  { code: 'other_region', title: 'из другого субъекта РФ' },
];

const DISABILITY: { code: string; title: string }[] = [
  { code: 'none', title: 'нет' },
  { code: 'I', title: 'I группа' },
  { code: 'II', title: 'II группа' },
  { code: 'III', title: 'III группа' },
];

// App 1: what the applicant signs; each one is required
const ACKNOWLEDGEMENTS: { code: keyof CapitalRepairFormValues['payload']['acknowledgements']; title: string }[] = [
  { code: 'oneDwellingOneCategory', title: 'Компенсация предоставляется только по одному жилому помещению и только по одной льготной категории' },
  {
    code: 'reportChanges',
    title:
      'Заявитель обязуется в течение 10 рабочих дней письменно сообщить в орган соцзащиты об изменениях (прекращение права собственности, начало работы заявителя или члена семьи, изменение состава семьи, площади, льготной категории), с подтверждающими документами',
  },
  { code: 'dataReliable', title: 'Сведения полны и достоверны; заявитель ознакомлен с условиями приостановления и прекращения компенсации и с ответственностью за недостоверные сведения' },
];

// The application of capital-repair-compensation (App 1 of the regulation, spec §11.2), variant V1.
export const CapitalRepairForm = ({ applicant, services, serviceSlug, onServiceChange, authorityId, onBack, onSubmit, calculator }: ServiceFormProps) => {
  const service = services.find((s) => s.slug === serviceSlug);
  const {
    register,
    control,
    handleSubmit,
    watch,
    setError,
    getValues,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<CapitalRepairFormValues, unknown, CapitalRepairFormOutput>({
    defaultValues: initialCapitalRepair(applicant, service?.channels[0]?.code ?? ''),
    resolver: capitalRepairResolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const members = useFieldArray({ control, name: 'payload.householdMembers' });
  const err = (path: string): string | undefined => errorAt(errors, path);
  const own = (path: string): string | undefined => ownErrorAt(errors, path);
  const { failure, duplicate, send } = useIntakeSubmission({
    readReason: () => getValues('duplicateReason'),
    setFocus,
    putError: (path, message, type) => setError(path as Path<CapitalRepairFormValues>, { type, message }, { shouldFocus: type === 'validate' }),
    onSubmit,
  });

  const channel = watch('channel');
  const category = watch('payload.category');
  const paymentKind = watch('payload.paymentMethod.kind');
  const holder = watch('payload.paymentMethod.holder');
  const fundKind = watch('payload.dwelling.fundFormation.kind');
  const withRepresentative = watch('withRepresentative');
  const receivesOther = watch('payload.otherSupport.receives');

  const family = CAPITAL_REPAIR_CATEGORIES.some((c) => c.code === category) && isFamilyCategory(category as CapitalRepairCategoryCode);
  const documents = presentableDocuments(service, CAPITAL_REPAIR_INTAKE_VARIANT, withRepresentative);
  // only the intake variant: withdrawal, change of delivery and typo fixes are taken on their own applications
  const variants = (service?.variants ?? []).filter((v) => v.code === CAPITAL_REPAIR_INTAKE_VARIANT);

  const submit = handleSubmit((v) => send(buildIntakeRequest({ service, authorityId, applicantId: applicant.id, output: v, presented: getValues('documents') })));

  const text = (name: Path<CapitalRepairFormValues>, label: string, opts: { required?: boolean; hint?: string; type?: string; className?: string; inputMode?: 'numeric' | 'decimal' | 'email' | 'tel'; placeholder?: string } = {}) => (
    <TextField name={name} label={label} field={register(name)} error={err(name)} {...opts} />
  );

  // one choice of a group, each label bound to its own radio
  const radios = (name: Path<CapitalRepairFormValues>, options: { code: string; title: string }[]) => (
    <div className="radio-row">
      {options.map((o) => (
        <label key={o.code} className="check">
          <input type="radio" value={o.code} {...register(name)} /> {o.title}
        </label>
      ))}
    </div>
  );

  const membersError = own('payload.householdMembers') ?? own('payload.householdMembers.root');

  return (
    <form className="form intake-form" onSubmit={submit} noValidate aria-label="Сведения заявления">
      <ApplicantLine applicant={applicant} onBack={onBack} />
      <FailureAlert failure={failure} />

      <SubmissionCard
        services={services}
        serviceSlug={serviceSlug}
        onServiceChange={onServiceChange}
        channels={service?.channels ?? []}
        variants={variants}
        channel={channel}
        register={register}
        err={err}
      >
        {PORTAL_CHANNELS.has(channel) ? <EsignatureField field={register('payload.esignature')} error={err('payload.esignature')} /> : null}
      </SubmissionCard>

      <Card title="Категория заявителя (п. 1.2)">
        <FieldSet id="f-category" legend="Заявитель — собственник жилого помещения в многоквартирном доме на территории Ставропольского края" error={err('payload.category')}>
          <ul className="checklist">
            {CAPITAL_REPAIR_CATEGORIES.map((c) => (
              <li key={c.code}>
                <label className="check check--top" data-testid={`category-${c.code}`}>
                  <input type="radio" value={c.code} {...register('payload.category')} />
                  <span>
                    {c.title}
                    {c.conditions ? <span className="muted small block">{c.conditions}</span> : null}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </FieldSet>
      </Card>

      <Card title="Сведения о заявителе">
        <h3 className="form-section">Документ, удостоверяющий личность</h3>
        <div className="form-grid form-grid--3">
          <Field id="f-payload.identityDocument.kind" label="Вид документа" required error={err('payload.identityDocument.kind')} className="span-3">
            <select
              id="f-payload.identityDocument.kind"
              className="input"
              aria-invalid={err('payload.identityDocument.kind') ? true : undefined}
              aria-describedby={describedBy('f-payload.identityDocument.kind', err('payload.identityDocument.kind'))}
              {...register('payload.identityDocument.kind')}
            >
              <option value="">— выберите —</option>
              {Object.values(IDENTITY_DOCUMENT_KINDS).map((title) => (
                <option key={title} value={title}>
                  {title}
                </option>
              ))}
            </select>
          </Field>
          {text('payload.identityDocument.series', 'Серия')}
          {text('payload.identityDocument.number', 'Номер документа', { required: true })}
          {text('payload.identityDocument.issuedOn', 'Дата выдачи', { required: true, type: 'date' })}
          {text('payload.identityDocument.issuedBy', 'Кем выдан', { required: true, className: 'span-3' })}
        </div>
        <h3 className="form-section">Адреса и контакты</h3>
        <div className="form-grid form-grid--2">
          {text('payload.registrationAddress', 'Адрес регистрации по месту жительства', { required: true, className: 'span-2' })}
          {text('payload.stayAddress', 'Адрес регистрации по месту пребывания', { className: 'span-2', hint: 'Если есть' })}
          {text('payload.phone', 'Телефон', { type: 'tel', inputMode: 'tel' })}
          {text('payload.email', 'Электронная почта', { type: 'email', inputMode: 'email', hint: 'Обязательна, если результат направить по электронной почте' })}
        </div>
      </Card>

      <Card title="Представитель заявителя (п. 1.2)">
        <label className="check">
          <input type="checkbox" {...register('withRepresentative')} /> Заявление подаёт представитель
        </label>
        {withRepresentative ? (
          <>
            <FieldSet id="f-representative-kind" legend="Представитель является" error={err('payload.representative.kind')} className="fieldset--inline">
              {radios('payload.representative.kind', [
                { code: 'legal_representative', title: 'законным представителем' },
                { code: 'proxy', title: 'доверенным лицом' },
              ])}
            </FieldSet>
            <div className="form-grid form-grid--3">
              {text('payload.representative.lastName', 'Фамилия представителя', { required: true })}
              {text('payload.representative.firstName', 'Имя', { required: true })}
              {text('payload.representative.middleName', 'Отчество')}
              {text('payload.representative.identityDocument', 'Документ, удостоверяющий личность представителя', { required: true, className: 'span-3', placeholder: 'Паспорт 07 12 345678, выдан …' })}
              {text('payload.representative.authorityDocument', 'Документ, подтверждающий полномочия', { required: true, className: 'span-3', placeholder: 'Доверенность № … от …' })}
            </div>
          </>
        ) : null}
      </Card>

      <Card title="Право на компенсацию (п. 1.2, 2.6.2)">
        <div className="form-grid form-grid--2 form-grid--top">
          <TriRadio name="payload.applicantWorking" legend="Работает ли заявитель" register={register} error={err('payload.applicantWorking')} yes="Работает" no="Не работает" />
          <FieldSet id="f-arrived" legend="Прибыл на постоянное место жительства" error={err('payload.arrivedFrom')} className="fieldset--inline">
            {radios('payload.arrivedFrom', ARRIVED_FROM)}
          </FieldSet>
        </div>
        <label className="check check--top">
          <input type="checkbox" {...register('payload.otherSupport.receives')} />
          <span>Заявитель имеет право на иные меры социальной поддержки по оплате жилого помещения и коммунальных услуг</span>
        </label>
        {receivesOther ? <div className="form-grid form-grid--2">{text('payload.otherSupport.act', 'Нормативный правовой акт, по которому предоставляются меры', { className: 'span-2' })}</div> : null}
      </Card>

      <Card title="Зарегистрированные в жилом помещении (приложение к заявлению)">
        <p className="muted small">
          Члены семьи, совместно зарегистрированные с заявителем по месту жительства (I-22). {family ? 'Для категории «в составе семьи» укажите каждого.' : 'Для категорий «одиноко проживающий» список пуст.'}
        </p>
        {members.fields.length > 0 ? (
          <div className="table-wrap">
            <table className="table table--compact" aria-label="Совместно зарегистрированные члены семьи">
              <thead>
                <tr>
                  <th scope="col">ФИО</th>
                  <th scope="col">Дата рождения</th>
                  <th scope="col">Пол</th>
                  <th scope="col">Степень родства</th>
                  <th scope="col">Работает</th>
                  <th scope="col">Группа инвалидности</th>
                  <th scope="col" />
                </tr>
              </thead>
              <tbody>
                {members.fields.map((row, i) => {
                  const cell = (key: 'fullName' | 'birthDate' | 'sex' | 'kinship' | 'working' | 'disabilityGroup', label: string, input: (id: string, error: string | undefined) => ReactNode) => {
                    const id = `f-member-${i}-${key}`;
                    const error = err(`payload.householdMembers.${i}.${key}`);
                    return (
                      <td className={error ? 'field--invalid' : undefined}>
                        <label htmlFor={id} className="visually-hidden">
                          {label}, строка {i + 1}
                        </label>
                        {input(id, error)}
                        {error ? (
                          <div className="field__error" id={`${id}-error`} role="alert">
                            {error}
                          </div>
                        ) : null}
                      </td>
                    );
                  };
                  const a11y = (id: string, error: string | undefined) => ({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy(id, error) });
                  return (
                    <tr key={row.id} data-testid="household-member">
                      {cell('fullName', 'ФИО', (id, e) => <input className="input input--compact" {...a11y(id, e)} {...register(`payload.householdMembers.${i}.fullName`)} />)}
                      {cell('birthDate', 'Дата рождения', (id, e) => <input type="date" className="input input--compact" {...a11y(id, e)} {...register(`payload.householdMembers.${i}.birthDate`)} />)}
                      {cell('sex', 'Пол', (id, e) => (
                        <select className="input input--compact" {...a11y(id, e)} {...register(`payload.householdMembers.${i}.sex`)}>
                          <option value="">—</option>
                          <option value="female">жен.</option>
                          <option value="male">муж.</option>
                        </select>
                      ))}
                      {cell('kinship', 'Степень родства', (id, e) => <input className="input input--compact" {...a11y(id, e)} {...register(`payload.householdMembers.${i}.kinship`)} />)}
                      {cell('working', 'Работает', (id, e) => (
                        <select className="input input--compact" {...a11y(id, e)} {...register(`payload.householdMembers.${i}.working`)}>
                          <option value="">—</option>
                          <option value="no">нет</option>
                          <option value="yes">да</option>
                        </select>
                      ))}
                      {cell('disabilityGroup', 'Группа инвалидности', (id, e) => (
                        <select className="input input--compact" {...a11y(id, e)} {...register(`payload.householdMembers.${i}.disabilityGroup`)}>
                          {DISABILITY.map((d) => (
                            <option key={d.code} value={d.code}>
                              {d.title}
                            </option>
                          ))}
                        </select>
                      ))}
                      <td className="nowrap">
                        <button type="button" className="button button--small button--danger-ghost" aria-label={`Удалить строку ${i + 1}`} onClick={() => members.remove(i)}>
                          Удалить
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : null}
        {membersError ? (
          <div className="field__error" id="f-members-error" role="alert">
            {membersError}
          </div>
        ) : null}
        <div className="form-actions form-actions--start">
          <button type="button" className="button" onClick={() => members.append(emptyMember())}>
            + Добавить члена семьи
          </button>
        </div>
        <div className="form-grid form-grid--2">
          {text('payload.stayRegistrantsCount', 'Число лиц, зарегистрированных в помещении по месту пребывания', { inputMode: 'numeric', placeholder: '0' })}
        </div>
      </Card>

      <Card title="Жилое помещение">
        <div className="form-grid form-grid--3">
          {text('payload.dwelling.address', 'Адрес жилого помещения', { required: true, className: 'span-3', hint: 'Заявитель должен быть зарегистрирован по этому адресу по месту жительства' })}
          {text('payload.dwelling.totalAreaM2', 'Общая площадь, м²', { required: true, inputMode: 'decimal' })}
          <Field id="f-payload.dwelling.ownershipShare.numerator" label="Доля в праве собственности" required error={err('payload.dwelling.ownershipShare')} hint="Всё помещение — 1/1">
            <div className="radio-row">
              <input
                id="f-payload.dwelling.ownershipShare.numerator"
                className="input input--narrow"
                inputMode="numeric"
                aria-invalid={err('payload.dwelling.ownershipShare.numerator') || own('payload.dwelling.ownershipShare') ? true : undefined}
                aria-describedby={describedBy('f-payload.dwelling.ownershipShare.numerator', err('payload.dwelling.ownershipShare'), true)}
                {...register('payload.dwelling.ownershipShare.numerator')}
              />
              <span aria-hidden="true">/</span>
              <label htmlFor="f-payload.dwelling.ownershipShare.denominator" className="visually-hidden">
                Знаменатель доли
              </label>
              <input
                id="f-payload.dwelling.ownershipShare.denominator"
                className="input input--narrow"
                inputMode="numeric"
                aria-invalid={err('payload.dwelling.ownershipShare.denominator') ? true : undefined}
                aria-describedby={describedBy('f-payload.dwelling.ownershipShare.numerator', err('payload.dwelling.ownershipShare'), true)}
                {...register('payload.dwelling.ownershipShare.denominator')}
              />
            </div>
          </Field>
          {text('payload.dwelling.managementOrganisation', 'Управляющая организация', { hint: 'Наименование организации, управляющей домом' })}
          <TriRadio name="payload.dwelling.apartmentBuilding" legend="Помещение в многоквартирном доме" register={register} error={err('payload.dwelling.apartmentBuilding')} />
          <TriRadio name="payload.dwelling.inStavropolKrai" legend="Дом на территории Ставропольского края" register={register} error={err('payload.dwelling.inStavropolKrai')} />
          <TriRadio name="payload.dwelling.hasLift" legend="Лифтовое оборудование в доме" register={register} error={err('payload.dwelling.hasLift')} yes="Есть" no="Нет" />
        </div>
        <FieldSet id="f-fund" legend="Фонд капитального ремонта формируется" error={err('payload.dwelling.fundFormation.kind') ?? (fundKind ? undefined : own('payload.dwelling.fundFormation'))} className="fieldset--inline">
          {radios('payload.dwelling.fundFormation.kind', [
            { code: 'regional_operator', title: 'на счёте регионального оператора' },
            { code: 'special_account', title: 'на специальном счёте' },
          ])}
        </FieldSet>
        {fundKind === 'regional_operator' ? <div className="form-grid form-grid--2">{text('payload.dwelling.fundFormation.account', 'Номер счёта регионального оператора', { required: true })}</div> : null}
        {fundKind === 'special_account' ? <div className="form-grid form-grid--2">{text('payload.dwelling.fundFormation.owner', 'Владелец специального счёта', { required: true })}</div> : null}
      </Card>

      <PaymentCard
        title="Способ выплаты (п. 3.2.6, приложение 1)"
        kind={paymentKind}
        register={register}
        err={err}
        own={own}
        bankExtra={
          <div className="form-grid form-grid--3">
            {text('payload.paymentMethod.branch', 'Номер отделения', { placeholder: 'NNNN/NNNNN' })}
            <FieldSet id="f-holder" legend="Владелец счёта" error={err('payload.paymentMethod.holder')} className="fieldset--inline">
              {radios('payload.paymentMethod.holder', [
                { code: 'applicant', title: 'заявитель' },
                { code: 'nominal', title: 'номинальный владелец' },
              ])}
            </FieldSet>
            {holder === 'nominal' ? text('payload.paymentMethod.nominalHolderName', 'ФИО владельца номинального счёта', { required: true }) : null}
          </div>
        }
      />

      {calculator ? null : (
        <DocumentsCard
          documents={documents}
          interagency={CAPITAL_REPAIR_INTERAGENCY}
          register={register}
          error={err('payload.documentsSupplied')}
          presentedLegend="Представлены заявителем (п. 2.6.1)"
          suppliedLegend="Сведения, принесённые заявителем по собственной инициативе (п. 2.6.2)"
        />
      )}

      <Card title="Получение результата (п. 2.3.3)">
        <div className="form-grid form-grid--2">
          <Field id="f-delivery" label="Способ получения результата" required error={err('payload.resultDelivery')}>
            <select
              id="f-delivery"
              className="input"
              aria-invalid={err('payload.resultDelivery') ? true : undefined}
              aria-describedby={describedBy('f-delivery', err('payload.resultDelivery'))}
              {...register('payload.resultDelivery')}
            >
              <option value="">— выберите —</option>
              {CAPITAL_REPAIR_DELIVERY.map((code) => (
                <option key={code} value={code}>
                  {DELIVERY_TITLES[code]}
                </option>
              ))}
            </select>
          </Field>
        </div>
      </Card>

      <Card title="Подтверждения заявителя (приложение 1)">
        <FieldSet id="f-acknowledgements" legend="Заявитель подтверждает" error={own('payload.acknowledgements')}>
          <ul className="checklist">
            {ACKNOWLEDGEMENTS.map((a) => {
              const id = `f-ack-${a.code}`;
              const error = err(`payload.acknowledgements.${a.code}`);
              return (
                <li key={a.code} className={error ? 'field--invalid' : undefined}>
                  <label className="check check--top" htmlFor={id}>
                    <input id={id} type="checkbox" aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error)} {...register(`payload.acknowledgements.${a.code}`)} />
                    <span>{a.title}</span>
                  </label>
                  {error ? (
                    <div className="field__error" id={`${id}-error`} role="alert">
                      {error}
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </FieldSet>
      </Card>

      {duplicate ? <DuplicateCard message={duplicate} field={register('duplicateReason')} error={err('duplicateReason')} /> : null}

      {calculator?.extra}

      <SubmitBar onBack={onBack} isSubmitting={isSubmitting} duplicate={Boolean(duplicate)} {...(calculator ? { labels: CALCULATE_LABELS } : {})} />
    </form>
  );
};
