import { describe, expect, it } from '@jest/globals';
import { capitalRepairApplicationSchema } from '@casework/domain';
import type { Person } from '../../../types/api';
import { capitalRepairPayloadInput, capitalRepairResolver, emptyMember, initialCapitalRepair, type CapitalRepairFormValues } from './capital-repair-model';

// BIK of a Stavropol bank branch and an account whose control key matches it (Bank of Russia procedure No. 515)
const BIK = '040702615';
const ACCOUNT = '40817810860123456789';

const applicant: Person = {
  id: '7b0f3a52-1c1d-4d3e-9a4b-2f1e0c9d8a71',
  snils: '112-233-445 95',
  lastName: 'Кравченко',
  firstName: 'Анна',
  middleName: 'Петровна',
  birthDate: '1945-03-02',
  sex: 'female',
  citizenship: 'RU',
  identityDocument: { kind: 'passport_ru', series: '0703', number: '512345', issuedBy: 'ОВД Нефтекумского района Ставропольского края', issuedOn: '2003-04-15' },
  registrationAddress: '356880, Ставропольский край, г. Нефтекумск, ул. Ленина, д. 5, кв. 12',
  actualAddress: null,
  phone: '+7 86558 4-12-34',
  email: null,
  version: 1,
};

type Overrides = { [K in keyof CapitalRepairFormValues['payload']]?: Partial<CapitalRepairFormValues['payload'][K]> | CapitalRepairFormValues['payload'][K] };

// A form the clerk filled completely: an owner over 80 living with a non-working wife of pension age.
const filled = (over: { channel?: string; withRepresentative?: boolean; payload?: Overrides } = {}): CapitalRepairFormValues => {
  const base = initialCapitalRepair(applicant, 'EPGU');
  const payload: CapitalRepairFormValues['payload'] = {
    ...base.payload,
    category: 'A80_FAMILY',
    representative: { kind: 'proxy', lastName: 'Кравченко', firstName: 'Олег', middleName: ' ', identityDocument: 'Паспорт 07 10 123456', authorityDocument: 'Доверенность 26АА1234567 от 01.02.2025' },
    stayAddress: '  ',
    phone: '+7 905 111-22-33',
    email: 'kravchenko@example.ru',
    applicantWorking: 'no',
    householdMembers: [{ fullName: 'Кравченко Пётр Иванович', birthDate: '1941-11-20', sex: 'male', kinship: 'супруг', working: 'no', disabilityGroup: 'II' }],
    stayRegistrantsCount: '1',
    dwelling: {
      address: '356880, Ставропольский край, г. Нефтекумск, ул. Ленина, д. 5, кв. 12',
      totalAreaM2: '45,6',
      ownershipShare: { numerator: '1', denominator: '2' },
      apartmentBuilding: 'yes',
      inStavropolKrai: 'yes',
      hasLift: 'no',
      managementOrganisation: 'ООО «УК Нефтекумск»',
      fundFormation: { kind: 'special_account', account: '', owner: 'ТСЖ «Ленина, 5»' },
    },
    arrivedFrom: 'krai_municipality',
    otherSupport: { receives: true, act: 'Закон Ставропольского края № 7-кз' },
    paymentMethod: { kind: 'bank', bankName: 'Ставропольское отделение № 5230 ПАО Сбербанк', branch: '5230/00123', bik: BIK, account: ACCOUNT.replace(/(\d{5})/g, '$1 ').trim(), holder: 'nominal', nominalHolderName: 'Кравченко Олег Петрович', postOffice: '' },
    resultDelivery: 'EMAIL',
    esignature: 'simple',
    documentsSupplied: ['MV-3', 'MV-7'],
    acknowledgements: { oneDwellingOneCategory: true, reportChanges: true, dataReliable: true },
  };
  for (const [key, value] of Object.entries(over.payload ?? {})) {
    const current = payload[key as keyof typeof payload];
    (payload as Record<string, unknown>)[key] = value !== null && typeof value === 'object' && !Array.isArray(value) && typeof current === 'object' && !Array.isArray(current) ? { ...current, ...value } : value;
  }
  return { ...base, channel: over.channel ?? 'EPGU', withRepresentative: over.withRepresentative ?? true, payload };
};

// The RHF error tree as path → message; an array's own error sits under 'root'.
const messages = (errors: unknown, prefix = ''): Record<string, string> => {
  const out: Record<string, string> = {};
  if (errors === null || typeof errors !== 'object') return out;
  const m = (errors as { message?: unknown }).message;
  if (typeof m === 'string') out[prefix] = m;
  for (const [key, value] of Object.entries(errors as Record<string, unknown>)) {
    if (key === 'ref' || key === 'type' || key === 'message' || key === 'types') continue;
    Object.assign(out, messages(value, key === 'root' ? prefix : prefix ? `${prefix}.${key}` : key));
  }
  return out;
};

const resolve = (values: CapitalRepairFormValues) => capitalRepairResolver(values, undefined, { fields: {}, shouldUseNativeValidation: false });

describe('capitalRepairPayloadInput', () => {
  it('should map a full valid form to an application the domain schema accepts', async () => {
    const input = capitalRepairPayloadInput(filled());
    const parsed = capitalRepairApplicationSchema.safeParse(input);
    expect(parsed.error?.issues).toBeUndefined();
    expect(parsed.data).toMatchObject({
      category: 'A80_FAMILY',
      identityDocument: { kind: 'Паспорт гражданина РФ', series: '0703', number: '512345', issuedOn: '2003-04-15' },
      representative: { kind: 'proxy', lastName: 'Кравченко', firstName: 'Олег' },
      applicantWorking: false,
      stayRegistrantsCount: 1,
      dwelling: { totalAreaM2: 45.6, ownershipShare: { numerator: 1, denominator: 2 }, apartmentBuilding: true, inStavropolKrai: true, hasLift: false, fundFormation: { kind: 'special_account', owner: 'ТСЖ «Ленина, 5»' } },
      arrivedFrom: 'krai_municipality',
      otherSupport: { receives: true, act: 'Закон Ставропольского края № 7-кз' },
      paymentMethod: { kind: 'bank', branch: '5230/00123', bik: BIK, account: ACCOUNT, holder: 'nominal', nominalHolderName: 'Кравченко Олег Петрович' },
      resultDelivery: 'EMAIL',
      esignature: 'simple',
      documentsSupplied: ['MV-3', 'MV-7'],
      acknowledgements: { oneDwellingOneCategory: true, reportChanges: true, dataReliable: true },
    });

    const result = await resolve(filled());
    expect(result.errors).toEqual({});
    expect(capitalRepairApplicationSchema.safeParse((result.values as { payload: unknown }).payload).success).toBe(true);
    expect(result.values).toMatchObject({ channel: 'EPGU', variant: 'V1_GRANT' });
  });

  it('should omit optional fields when they are left blank', () => {
    const values = filled({
      channel: 'IN_PERSON_BODY',
      withRepresentative: false,
      payload: {
        category: 'A70_ALONE',
        identityDocument: { series: ' ' },
        householdMembers: [],
        stayAddress: '',
        phone: '',
        email: '',
        stayRegistrantsCount: '',
        dwelling: { managementOrganisation: '' },
        otherSupport: { receives: false, act: 'забытый текст' },
        paymentMethod: { branch: '', holder: 'applicant', nominalHolderName: 'Кравченко Олег Петрович' },
        resultDelivery: 'PAPER_AT_BODY',
      },
    });
    const input = capitalRepairPayloadInput(values);
    for (const key of ['representative', 'stayAddress', 'phone', 'email', 'stayRegistrantsCount', 'otherSupport', 'esignature']) expect(input).not.toHaveProperty(key);
    expect(input.identityDocument).not.toHaveProperty('series');
    expect(input.dwelling).not.toHaveProperty('managementOrganisation');
    expect(input.paymentMethod).not.toHaveProperty('branch');
    expect(input.paymentMethod).not.toHaveProperty('nominalHolderName');

    const parsed = capitalRepairApplicationSchema.parse(input);
    expect(parsed.stayRegistrantsCount).toBe(0);
    expect(parsed.otherSupport).toEqual({ receives: false });
    expect(parsed).not.toHaveProperty('email');
  });

  it('should drop the e-signature when the channel is not a portal', () => {
    expect(capitalRepairPayloadInput(filled({ channel: 'MFC' }))).not.toHaveProperty('esignature');
    expect(capitalRepairPayloadInput(filled({ channel: 'RPGU' }))).toHaveProperty('esignature', 'simple');
  });

  it('should map member rows with disability "none" omitted', () => {
    const rows = [
      { fullName: 'Кравченко Пётр Иванович', birthDate: '1941-11-20', sex: 'male' as const, kinship: 'супруг', working: 'no' as const, disabilityGroup: 'none' as const },
      { fullName: 'Кравченко Ирина Петровна', birthDate: '1970-06-01', sex: 'female' as const, kinship: ' ', working: 'yes' as const, disabilityGroup: 'I' as const },
    ];
    const input = capitalRepairPayloadInput(filled({ payload: { householdMembers: rows } }));
    expect(input.householdMembers).toEqual([
      { fullName: 'Кравченко Пётр Иванович', birthDate: '1941-11-20', sex: 'male', kinship: 'супруг', working: false },
      { fullName: 'Кравченко Ирина Петровна', birthDate: '1970-06-01', sex: 'female', working: true, disabilityGroup: 'I' },
    ]);
    expect(capitalRepairApplicationSchema.safeParse(input).success).toBe(true);
  });
});

describe('capitalRepairResolver', () => {
  const badKey = ACCOUNT.slice(0, 8) + '9' + ACCOUNT.slice(9);
  const cases: { name: string; values: CapitalRepairFormValues; path: string; message: string }[] = [
    {
      name: 'the account does not match the BIK control key',
      values: filled({ payload: { paymentMethod: { account: badKey } } }),
      path: 'payload.paymentMethod.account',
      message: 'Номер счета не соответствует БИК: неверный контрольный ключ',
    },
    {
      name: 'a family category has no household members',
      values: filled({ payload: { householdMembers: [] } }),
      path: 'payload.householdMembers',
      message: 'Для категории «в составе семьи» укажите совместно зарегистрированных членов семьи',
    },
    {
      name: 'a category of one living alone has household members',
      values: filled({ payload: { category: 'A70_ALONE' } }),
      path: 'payload.category',
      message: 'С заявителем зарегистрированы члены семьи: выберите категорию «в составе семьи» (I-22)',
    },
    {
      name: 'the undertaking to report changes is not ticked',
      values: filled({ payload: { acknowledgements: { reportChanges: false } } }),
      path: 'payload.acknowledgements.reportChanges',
      message: 'Заявитель обязуется сообщать об изменениях в течение 10 рабочих дней',
    },
    {
      name: 'a portal application has no e-signature kind',
      values: filled({ channel: 'RPGU', payload: { esignature: '' } }),
      path: 'payload.esignature',
      message: 'Укажите вид электронной подписи',
    },
    {
      name: 'the result goes by e-mail and no address is given',
      values: filled({ payload: { email: '' } }),
      path: 'payload.email',
      message: 'Укажите адрес электронной почты для получения результата',
    },
    {
      name: 'the account is nominal and its holder is not named',
      values: filled({ payload: { paymentMethod: { nominalHolderName: '' } } }),
      path: 'payload.paymentMethod.nominalHolderName',
      message: 'Укажите ФИО владельца номинального счета',
    },
    {
      name: 'the branch is not written NNNN/NNNNN',
      values: filled({ payload: { paymentMethod: { branch: '5230-123' } } }),
      path: 'payload.paymentMethod.branch',
      message: 'Номер отделения — NNNN/NNNNN',
    },
    {
      name: 'the share is larger than the whole',
      values: filled({ payload: { dwelling: { ownershipShare: { numerator: '3', denominator: '2' } } } }),
      path: 'payload.dwelling.ownershipShare.numerator',
      message: 'Доля не может быть больше единицы',
    },
    {
      name: 'the share is left blank',
      values: filled({ payload: { dwelling: { ownershipShare: { numerator: '', denominator: '' } } } }),
      path: 'payload.dwelling.ownershipShare',
      message: 'Укажите долю в праве собственности',
    },
    {
      name: 'the fund formation is not chosen',
      values: filled({ payload: { dwelling: { fundFormation: { kind: '', account: '', owner: '' } } } }),
      path: 'payload.dwelling.fundFormation',
      message: 'Укажите способ формирования фонда капитального ремонта',
    },
    {
      name: 'a member row has no sex',
      values: filled({ payload: { householdMembers: [{ ...emptyMember(), fullName: 'Кравченко Пётр Иванович', birthDate: '1941-11-20', working: 'no' }] } }),
      path: 'payload.householdMembers.0.sex',
      message: 'Укажите пол члена семьи',
    },
    {
      name: 'the representative kind is not chosen',
      values: filled({ payload: { representative: { kind: '' } } }),
      path: 'payload.representative.kind',
      message: 'Укажите: законный представитель или доверенное лицо',
    },
    {
      name: 'the area is not a number',
      values: filled({ payload: { dwelling: { totalAreaM2: 'сорок' } } }),
      path: 'payload.dwelling.totalAreaM2',
      message: 'Общая площадь — число, м²',
    },
  ];

  it.each(cases)('should report "$message" at $path when $name', async ({ values, path, message }) => {
    const { errors } = await resolve(values);
    expect(messages(errors)).toEqual({ [path]: message });
  });

  it('should report each missing answer at its own field when the form is left empty', async () => {
    const found = messages((await resolve(initialCapitalRepair(null, 'IN_PERSON_BODY'))).errors);
    expect(found).toMatchObject({
      'payload.category': 'Укажите категорию заявителя (п. 1.2)',
      'payload.identityDocument.kind': 'Укажите вид документа, удостоверяющего личность',
      'payload.identityDocument.issuedOn': 'Укажите дату',
      'payload.registrationAddress': 'Укажите адрес регистрации по месту жительства',
      'payload.applicantWorking': 'Укажите, работает ли заявитель',
      'payload.dwelling.apartmentBuilding': 'Укажите, находится ли помещение в многоквартирном доме',
      'payload.paymentMethod': 'Укажите способ выплаты: через кредитную организацию или через почтовое отделение',
      'payload.resultDelivery': 'Укажите способ получения результата',
      'payload.acknowledgements.oneDwellingOneCategory': 'Заявитель подтверждает, что компенсация предоставляется по одному жилому помещению и одной льготной категории',
    });
    expect(found).not.toHaveProperty('payload.esignature');
  });
});

describe('initialCapitalRepair', () => {
  it('should prefill the addresses, contacts and identity document from the personal file', () => {
    const v = initialCapitalRepair(applicant, 'IN_PERSON_BODY');
    expect(v.variant).toBe('V1_GRANT');
    expect(v.payload.registrationAddress).toBe(applicant.registrationAddress);
    expect(v.payload.phone).toBe(applicant.phone);
    expect(v.payload.email).toBe('');
    expect(v.payload.identityDocument).toEqual({ kind: 'Паспорт гражданина РФ', series: '0703', number: '512345', issuedOn: '2003-04-15', issuedBy: 'ОВД Нефтекумского района Ставропольского края' });
  });
});
