import { z } from 'zod';
import { isValidBankAccount } from '../../common/bank-account';
import { localDateSchema } from '../../common/local-date';
import { FAMILY_CATEGORIES, HISTORICAL_GROUPS, HISTORICAL_WINDOWS, HOUSING_CATEGORY_CODES, TEN_YEAR_SERVICE_CATEGORIES, type HousingCategoryCode } from './categories';
import { INTERAGENCY_CODES } from './interagency';

// The text annexes no application form (spec §11): these are the fields the body text prescribes plus what
// the eligibility rules of §9 need. Channel and submission date are case fields (intake request), not payload.

const categoryCodeSchema = z.enum(HOUSING_CATEGORY_CODES, { error: 'Неизвестный код категории заявителя' });

const requiredText = (message: string, max = 300) =>
  z
    .string({ error: message })
    .trim()
    .min(1, { error: message })
    .max(max, { error: `Не более ${max} символов` });

const periodSchema = z
  .object(
    {
      from: localDateSchema,
      to: localDateSchema,
    },
    { error: 'Укажите период: дату начала и дату окончания' },
  )
  .refine((p) => p.from <= p.to, { error: 'Дата начала периода позже даты окончания', path: ['to'] });

// Per-category facts with numeric conditions in cl. 3 (spec §9.2); documentary conditions are checked via D1.
export const housingCategoryDetailsSchema = z.object(
  {
    // cl. 3(25): accumulated effective dose, cSv (rem)
    doseCSv: z
      .number({ error: 'Доза облучения — число, сЗв (бэр)' })
      .min(0, { error: 'Доза облучения не может быть отрицательной' })
      .max(100_000, { error: 'Проверьте дозу облучения' })
      .optional(),
    // ≥ 10-year categories: qualifying service
    serviceYears: z
      .number({ error: 'Стаж (лет) — целое число' })
      .int({ error: 'Стаж (лет) — целое число' })
      .min(0, { error: 'Стаж не может быть отрицательным' })
      .max(80, { error: 'Проверьте стаж (лет)' })
      .optional(),
    serviceMonths: z
      .number({ error: 'Стаж (месяцев) — целое число' })
      .int({ error: 'Стаж (месяцев) — целое число' })
      .min(0, { error: 'Стаж (месяцев) — от 0 до 11' })
      .max(11, { error: 'Стаж (месяцев) — от 0 до 11' })
      .optional(),
    // 60/55 categories: alternatives to the age condition
    retired: z.boolean({ error: 'Укажите, вышел ли заявитель на пенсию' }).optional(),
    pensionAgeReached: z.boolean({ error: 'Укажите, достиг ли заявитель возраста, дающего право на страховую пенсию' }).optional(),
    pensionRight: z.boolean({ error: 'Укажите, приобрел ли заявитель право на страховую пенсию по старости (400-ФЗ)' }).optional(),
    // C04: service outside the active army; C29: work in the rear (not on occupied territory)
    wartimePeriod: periodSchema.optional(),
    ussrAward: z.boolean({ error: 'Укажите, награжден ли заявитель орденом или медалью СССР' }).optional(),
    // C03 (A9): the service was only in units outside the active army — the group cl. 3(3) excludes ("кроме")
    rearServiceOnly: z.boolean({ error: 'Укажите, проходил ли заявитель службу только в частях, не входивших в состав действующей армии' }).optional(),
    // C10: HIV-infected minor (A9)
    hivInfectedMinor: z.boolean({ error: 'Укажите, относится ли заявитель к ВИЧ-инфицированным несовершеннолетним' }).optional(),
    // C30: a labour veteran, or a person equated to one as of 31.12.2004, and the day the status was acquired
    labourVeteranStatus: z.enum(['veteran', 'equated'], { error: 'Укажите: ветеран труда или лицо, приравненное к ветерану труда' }).optional(),
    statusAcquiredOn: localDateSchema.optional(),
    // C31: an adult prisoner, or a civilian forcibly taken to forced labour, and the day of detention (of being taken);
    // C06: the day a minor was detained
    detentionKind: z.enum(['prisoner', 'deported'], { error: 'Укажите: узник мест принудительного содержания или насильственно вывезенный на принудительные работы' }).optional(),
    detainedOn: localDateSchema.optional(),
    // C05, C14, C15, C22, C23: the sub-group with a historical period (spec §9.2) and the applicant's own period
    historicalGroup: z.enum(HISTORICAL_GROUPS, { error: 'Неизвестная подгруппа категории' }).optional(),
    historicalPeriod: periodSchema.optional(),
    // family categories: the deceased person
    deceasedFullName: requiredText('Укажите фамилию, имя, отчество умершего (погибшего)').optional(),
    deceasedDeathDate: localDateSchema.optional(),
  },
  { error: 'Сведения по категории указаны неверно' },
);
export type HousingCategoryDetails = z.infer<typeof housingCategoryDetailsSchema>;

const bankPaymentSchema = z.object({
  kind: z.literal('bank'),
  bankName: requiredText('Укажите наименование кредитной организации'),
  bik: z.string({ error: 'Укажите БИК банка' }).regex(/^\d{9}$/, { error: 'БИК — 9 цифр' }),
  account: z.string({ error: 'Укажите номер счета' }).regex(/^\d{20}$/, { error: 'Номер счета — 20 цифр' }),
});

const postPaymentSchema = z.object({
  kind: z.literal('post'),
  postOffice: requiredText('Укажите отделение почтовой связи'),
});

// cl. 13, 65(2): the payment method is the applicant's choice stated in the application
const paymentMethodSchema = z
  .discriminatedUnion('kind', [bankPaymentSchema, postPaymentSchema], { error: 'Укажите способ выплаты: через банк или через почтовое отделение' })
  .superRefine((m, ctx) => {
    if (m.kind === 'bank' && /^\d{9}$/.test(m.bik) && /^\d{20}$/.test(m.account) && !isValidBankAccount(m))
      ctx.addIssue({ code: 'custom', path: ['account'], message: 'Номер счета не соответствует БИК: неверный контрольный ключ' });
  });

// cl. 41(1), 85(1): representative block of the application
const representativeSchema = z.object(
  {
    lastName: requiredText('Укажите фамилию представителя', 100),
    firstName: requiredText('Укажите имя представителя', 100),
    middleName: z.string({ error: 'Отчество представителя — строка' }).trim().max(100, { error: 'Не более 100 символов' }).optional(),
    postalAddress: requiredText('Укажите почтовый адрес места жительства (пребывания, фактического проживания) представителя', 500),
    identityDocument: requiredText('Укажите наименование и реквизиты документа, удостоверяющего личность представителя', 500),
    authorityDocument: requiredText('Укажите реквизиты документа, подтверждающего полномочия представителя (доверенности)', 500),
  },
  { error: 'Сведения о представителе указаны неверно' },
);

export const housingApplicationSchema = z
  .object({
    categories: z
      .array(categoryCodeSchema, { error: 'Укажите категории заявителя' })
      .min(1, { error: 'Укажите хотя бы одну категорию заявителя (п. 3)' })
      .max(HOUSING_CATEGORY_CODES.length, { error: 'Слишком много категорий' }),
    categoryDetails: z
      .partialRecord(categoryCodeSchema, housingCategoryDetailsSchema, { error: 'Сведения по категориям указаны неверно' })
      .optional(),
    // cl. 3, 16
    applicantStatus: z.enum(['citizen', 'foreigner', 'stateless'], {
      error: 'Укажите статус заявителя: гражданин РФ, иностранный гражданин или лицо без гражданства',
    }),
    identityDocumentKind: z.enum(['passport', 'other', 'temporary_residence_permit', 'residence_permit'], {
      error: 'Укажите документ, удостоверяющий личность',
    }),
    // A22: applications at the place of stay are accepted (D7, REF_04)
    place: z.enum(['residence', 'stay'], { error: 'Укажите, подано заявление по месту жительства или по месту пребывания' }),
    // cl. 18(2): D2 is requested only when the identity document does not show the registration
    registrationShownInIdentityDocument: z.boolean({ error: 'Укажите, есть ли сведения о регистрации в документе, удостоверяющем личность' }).optional(),
    // cl. 18(5), 49(5), 49(6): without central heating and/or gas, D5 (and D6) are needed
    heating: z.object(
      {
        centralHeating: z.boolean({ error: 'Укажите, есть ли центральное отопление' }),
        gasSupply: z.boolean({ error: 'Укажите, есть ли газоснабжение' }),
      },
      { error: 'Укажите сведения об отоплении и газоснабжении' },
    ),
    paymentMethod: paymentMethodSchema,
    representative: representativeSchema.optional(),
    // cl. 18: data the applicant brought on his own initiative
    documentsSupplied: z
      .array(z.enum(INTERAGENCY_CODES, { error: 'Неизвестный код сведений (D1–D7)' }), { error: 'Укажите, какие сведения представил заявитель' })
      .default([]),
    // cl. 17, 20(2): EPGU applications are signed with a simple or qualified e-signature
    esignature: z.enum(['simple', 'qualified', 'none'], { error: 'Укажите вид электронной подписи: простая, усиленная квалифицированная или нет подписи' }).optional(),
    // cl. 94: complex request that depends on the results of other services in it
    complexDependency: z.boolean({ error: 'Укажите, зависит ли услуга от результатов других услуг комплексного запроса' }).optional(),
    // cl. 13, 14, 61, 80: how the applicant gets the decision
    resultDelivery: z.enum(['paper', 'electronic', 'mfc', 'epgu'], {
      error: 'Укажите способ получения результата: на бумаге, электронным документом, в МФЦ или в личном кабинете ЕПГУ',
    }),
  })
  .superRefine((app, ctx) => {
    const seen = new Set<string>();
    app.categories.forEach((code, i) => {
      if (seen.has(code)) ctx.addIssue({ code: 'custom', path: ['categories', i], message: `Категория ${code} указана дважды` });
      seen.add(code);
    });
    const details = app.categoryDetails ?? {};
    for (const code of Object.keys(details) as HousingCategoryCode[]) {
      if (!app.categories.includes(code)) ctx.addIssue({ code: 'custom', path: ['categoryDetails', code], message: `Сведения указаны для незаявленной категории ${code}` });
    }
    const need = (code: HousingCategoryCode, field: keyof HousingCategoryDetails, message: string): void => {
      if (app.categories.includes(code) && details[code]?.[field] === undefined) ctx.addIssue({ code: 'custom', path: ['categoryDetails', code, field], message });
    };
    need('C25_SEMIPALATINSK', 'doseCSv', 'Укажите суммарную (накопленную) эффективную дозу облучения, сЗв (бэр)');
    for (const code of TEN_YEAR_SERVICE_CATEGORIES) need(code, 'serviceYears', 'Укажите стаж работы (лет и месяцев)');
    for (const code of FAMILY_CATEGORIES) need(code, 'deceasedFullName', 'Укажите фамилию, имя, отчество умершего (погибшего)');
    for (const code of ['C04_WWII_REAR_SERVICE_DISABLED', 'C29_HOME_FRONT_WORKER'] as const) {
      if (app.categories.includes(code) && !details[code]?.wartimePeriod && details[code]?.ussrAward !== true)
        ctx.addIssue({ code: 'custom', path: ['categoryDetails', code, 'wartimePeriod'], message: 'Укажите период службы (работы) или отметьте награждение орденом или медалью СССР' });
    }
    for (const code of Object.keys(details) as HousingCategoryCode[]) {
      const group = details[code]?.historicalGroup;
      if (group === undefined) continue;
      if (HISTORICAL_WINDOWS[group].category !== code)
        ctx.addIssue({ code: 'custom', path: ['categoryDetails', code, 'historicalGroup'], message: `Подгруппа ${group} не относится к категории ${code}` });
      else if (!details[code]?.historicalPeriod)
        ctx.addIssue({ code: 'custom', path: ['categoryDetails', code, 'historicalPeriod'], message: 'Укажите период участия (эвакуации): дату начала и дату окончания' });
    }
    // cl. 16: foreign citizens and stateless persons present a temporary residence permit or a residence permit
    const permit = app.identityDocumentKind === 'temporary_residence_permit' || app.identityDocumentKind === 'residence_permit';
    if (app.applicantStatus !== 'citizen' && !permit)
      ctx.addIssue({ code: 'custom', path: ['identityDocumentKind'], message: 'Иностранный гражданин или лицо без гражданства предъявляет разрешение на временное проживание или вид на жительство (п. 16)' });
    if (app.applicantStatus === 'citizen' && permit)
      ctx.addIssue({ code: 'custom', path: ['identityDocumentKind'], message: 'Гражданин РФ предъявляет паспорт или иной документ, удостоверяющий личность (п. 16)' });
  });

export { isValidBankAccount };

export type HousingApplication = z.infer<typeof housingApplicationSchema>;
export type HousingApplicationInput = z.input<typeof housingApplicationSchema>;
