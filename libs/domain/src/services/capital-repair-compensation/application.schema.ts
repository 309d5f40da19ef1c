import { z } from 'zod';
import { isValidBankAccount } from '../../common/bank-account';
import { localDateSchema } from '../../common/local-date';
import { CAPITAL_REPAIR_CATEGORY_CODES, isFamilyCategory } from './categories';
import { CAPITAL_REPAIR_INTERAGENCY_CODES } from './interagency';

// App 1 «Заявление о назначении компенсации … и способе ее доставки» (spec §11.2) with what the rules of §9 need.
// Channel and submission date are case fields (intake request), not payload; the applicant is the case's person.

const requiredText = (message: string, max = 300) =>
  z
    .string({ error: message })
    .trim()
    .min(1, { error: message })
    .max(max, { error: `Не более ${max} символов` });

const optionalText = (max = 300) => z.string({ error: 'Строка' }).trim().max(max, { error: `Не более ${max} символов` }).optional();

// App 1: ID series, number, date of issue, issued by
const identityDocumentSchema = z.object(
  {
    kind: requiredText('Укажите вид документа, удостоверяющего личность', 100),
    series: optionalText(20),
    number: requiredText('Укажите номер документа', 30),
    issuedOn: localDateSchema,
    issuedBy: requiredText('Укажите, кем выдан документ', 300),
  },
  { error: 'Укажите документ, удостоверяющий личность' },
);

// 1.2, 2.6.1: a legal representative or a proxy (power of attorney); not for V3 and V4
const representativeSchema = z.object(
  {
    kind: z.enum(['legal_representative', 'proxy'], { error: 'Укажите: законный представитель или доверенное лицо' }),
    lastName: requiredText('Укажите фамилию представителя', 100),
    firstName: requiredText('Укажите имя представителя', 100),
    middleName: optionalText(100),
    identityDocument: requiredText('Укажите реквизиты документа, удостоверяющего личность представителя', 500),
    authorityDocument: requiredText('Укажите реквизиты документа, подтверждающего полномочия представителя', 500),
  },
  { error: 'Сведения о представителе указаны неверно' },
);

// App 1 annex, I-22: persons registered at the place of residence together with the applicant (the family)
export const householdMemberSchema = z.object(
  {
    fullName: requiredText('Укажите фамилию, имя, отчество члена семьи', 200),
    birthDate: localDateSchema,
    sex: z.enum(['male', 'female'], { error: 'Укажите пол члена семьи' }),
    kinship: optionalText(100),
    // MV-2: facts of labour activity
    working: z.boolean({ error: 'Укажите, работает ли член семьи' }),
    // MV-4: group III does not qualify (§2.1)
    disabilityGroup: z.enum(['I', 'II', 'III'], { error: 'Группа инвалидности: I, II или III' }).optional(),
  },
  { error: 'Сведения о члене семьи указаны неверно' },
);
export type HouseholdMember = z.infer<typeof householdMemberSchema>;

// App 1: the fund is formed on the regional operator's account (its number) or on a special account (its owner)
const fundFormationSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('regional_operator'), account: requiredText('Укажите номер счета регионального оператора', 40) }),
    z.object({ kind: z.literal('special_account'), owner: requiredText('Укажите владельца специального счета', 300) }),
  ],
  { error: 'Укажите способ формирования фонда капитального ремонта' },
);

// App 1: a share of the right (1/2, 1/3 …); the whole dwelling is 1/1
const shareSchema = z
  .object(
    {
      numerator: z.number({ error: 'Доля — целые числа' }).int({ error: 'Доля — целые числа' }).min(1, { error: 'Доля больше нуля' }),
      denominator: z.number({ error: 'Доля — целые числа' }).int({ error: 'Доля — целые числа' }).min(1, { error: 'Доля больше нуля' }).max(1000, { error: 'Проверьте долю' }),
    },
    { error: 'Укажите долю в праве собственности' },
  )
  .refine((s) => s.numerator <= s.denominator, { error: 'Доля не может быть больше единицы', path: ['numerator'] });

const dwellingSchema = z.object(
  {
    address: requiredText('Укажите адрес жилого помещения', 500),
    totalAreaM2: z
      .number({ error: 'Общая площадь — число, м²' })
      .positive({ error: 'Общая площадь больше нуля' })
      .max(10_000, { error: 'Проверьте общую площадь' })
      .refine((v) => Math.round(v * 100) === v * 100 || Math.abs(Math.round(v * 100) - v * 100) < 1e-6, { error: 'Площадь — не более двух знаков после запятой' }),
    ownershipShare: shareSchema,
    // 1.2: a dwelling in an apartment building located in Stavropol krai
    apartmentBuilding: z.boolean({ error: 'Укажите, находится ли помещение в многоквартирном доме' }),
    inStavropolKrai: z.boolean({ error: 'Укажите, находится ли дом на территории Ставропольского края' }),
    // App 1, MV-7: the contribution rate depends on it (§9.3)
    hasLift: z.boolean({ error: 'Укажите, есть ли в доме лифтовое оборудование' }),
    managementOrganisation: optionalText(300),
    fundFormation: fundFormationSchema,
  },
  { error: 'Укажите сведения о жилом помещении' },
);

// 3.2.6, App 1: a bank account (credit organisation, branch, account, holder) or a post office (I-27)
const bankPaymentSchema = z.object({
  kind: z.literal('bank'),
  bankName: requiredText('Укажите наименование кредитной организации'),
  branch: z
    .string({ error: 'Номер отделения — NNNN/NNNNN' })
    .regex(/^\d{4}\/\d{5}$/, { error: 'Номер отделения — NNNN/NNNNN' })
    .optional(),
  bik: z.string({ error: 'Укажите БИК банка' }).regex(/^\d{9}$/, { error: 'БИК — 9 цифр' }),
  // I-45: validated by banking rules, not by the box count of the form
  account: z.string({ error: 'Укажите номер счета' }).regex(/^\d{20}$/, { error: 'Номер счета — 20 цифр' }),
  holder: z.enum(['applicant', 'nominal'], { error: 'Укажите владельца счета: заявитель или номинальный владелец' }).default('applicant'),
  nominalHolderName: optionalText(200),
});
const postPaymentSchema = z.object({ kind: z.literal('post'), postOffice: requiredText('Укажите почтовое отделение') });

const paymentMethodSchema = z
  .discriminatedUnion('kind', [bankPaymentSchema, postPaymentSchema], { error: 'Укажите способ выплаты: через кредитную организацию или через почтовое отделение' })
  .superRefine((m, ctx) => {
    if (m.kind !== 'bank') return;
    if (/^\d{9}$/.test(m.bik) && /^\d{20}$/.test(m.account) && !isValidBankAccount(m))
      ctx.addIssue({ code: 'custom', path: ['account'], message: 'Номер счета не соответствует БИК: неверный контрольный ключ' });
    if (m.holder === 'nominal' && !m.nominalHolderName) ctx.addIssue({ code: 'custom', path: ['nominalHolderName'], message: 'Укажите ФИО владельца номинального счета' });
  });

// §3.4: the result is delivered as the applicant chose; it matches the method of the decision notices (2.3.3)
export const CAPITAL_REPAIR_DELIVERY = ['EPGU_CABINET', 'RPGU_CABINET', 'EMAIL', 'PAPER_AT_BODY', 'PAPER_AT_MFC', 'POST'] as const;

export const capitalRepairApplicationSchema = z
  .object({
    // App 1: one category only («по одной льготной категории»)
    category: z.enum(CAPITAL_REPAIR_CATEGORY_CODES, { error: 'Укажите категорию заявителя (п. 1.2)' }),
    identityDocument: identityDocumentSchema,
    representative: representativeSchema.optional(),
    registrationAddress: requiredText('Укажите адрес регистрации по месту жительства', 500),
    stayAddress: optionalText(500),
    phone: optionalText(50),
    email: z.email({ error: 'Адрес электронной почты указан неверно' }).optional(),
    // E4: the owner is non-working (I-20)
    applicantWorking: z.boolean({ error: 'Укажите, работает ли заявитель' }),
    householdMembers: z.array(householdMemberSchema, { error: 'Сведения о зарегистрированных гражданах — список' }).max(20, { error: 'Не более 20 человек' }).default([]),
    // App 1 annex: persons registered at the place of stay in the dwelling (I-22: recorded, the clerk decides)
    stayRegistrantsCount: z.number({ error: 'Число лиц — целое' }).int({ error: 'Число лиц — целое' }).min(0, { error: 'Число лиц не может быть отрицательным' }).max(50, { error: 'Проверьте число лиц' }).default(0),
    dwelling: dwellingSchema,
    // 2.6.2: arrivals from another municipality of the krai (MV-5) or another region (MV-6)
    arrivedFrom: z.enum(['none', 'krai_municipality', 'other_region'], { error: 'Укажите, прибыл ли заявитель из другого муниципального образования или субъекта РФ' }).default('none'),
    // App 1: declaration of entitlement to other housing & utility support (the act), E7
    otherSupport: z
      .object({ receives: z.boolean({ error: 'Укажите, получает ли заявитель иные меры поддержки' }), act: optionalText(500) }, { error: 'Укажите сведения об иных мерах поддержки' })
      .default({ receives: false }),
    paymentMethod: paymentMethodSchema,
    resultDelivery: z.enum(CAPITAL_REPAIR_DELIVERY, { error: 'Укажите способ получения результата' }),
    // 2.14.2: portal applications are signed with a simple (or qualified) e-signature via ЕСИА
    esignature: z.enum(['simple', 'qualified', 'none'], { error: 'Укажите вид электронной подписи' }).optional(),
    // data the applicant brought on his own initiative (2.6.2: he may)
    documentsSupplied: z.array(z.enum(CAPITAL_REPAIR_INTERAGENCY_CODES, { error: 'Неизвестный код сведений (MV-1…MV-10)' })).default([]),
    // App 1: acknowledgements signed by the applicant
    acknowledgements: z.object(
      {
        oneDwellingOneCategory: z.literal(true, { error: 'Заявитель подтверждает, что компенсация предоставляется по одному жилому помещению и одной льготной категории' }),
        reportChanges: z.literal(true, { error: 'Заявитель обязуется сообщать об изменениях в течение 10 рабочих дней' }),
        dataReliable: z.literal(true, { error: 'Заявитель подтверждает полноту и достоверность сведений' }),
      },
      { error: 'Отметьте подтверждения заявителя (приложение 1)' },
    ),
  })
  .superRefine((app, ctx) => {
    const family = isFamilyCategory(app.category);
    if (family && app.householdMembers.length === 0)
      ctx.addIssue({ code: 'custom', path: ['householdMembers'], message: 'Для категории «в составе семьи» укажите совместно зарегистрированных членов семьи' });
    if (!family && app.householdMembers.length > 0)
      ctx.addIssue({ code: 'custom', path: ['category'], message: 'С заявителем зарегистрированы члены семьи: выберите категорию «в составе семьи» (I-22)' });
    if (app.resultDelivery === 'EMAIL' && !app.email) ctx.addIssue({ code: 'custom', path: ['email'], message: 'Укажите адрес электронной почты для получения результата' });
  });

export type CapitalRepairApplication = z.infer<typeof capitalRepairApplicationSchema>;
export type CapitalRepairApplicationInput = z.input<typeof capitalRepairApplicationSchema>;
