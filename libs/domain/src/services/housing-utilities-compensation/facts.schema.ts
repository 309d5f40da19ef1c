import { z } from 'zod';
import { localDateSchema } from '../../common/local-date';
import { HOUSING_CATEGORY_CODES } from './categories';

// What the interagency answers (D1–D7, cl. 18, 49) and the clerk established for the rules of spec §9; an absent
// fact is "not established" (ServiceEvaluation): only an established fact against the applicant refuses, except the
// family link of a family category, which the category itself consists of (spec §2.3, data model).

// I, II, III: the group; CHILD: «ребенок-инвалид» (under 18, no group); NONE: established that there is no disability
export const DISABILITY_STATUSES = ['I', 'II', 'III', 'CHILD', 'NONE'] as const;
export type DisabilityStatus = (typeof DISABILITY_STATUSES)[number];

export const FAMILY_RELATIONS = ['spouse', 'child', 'parent', 'other'] as const;

// enumTitles: the console's labels of the values
const disabilitySchema = z
  .enum(DISABILITY_STATUSES, { error: 'Инвалидность: I, II, III, CHILD (ребенок-инвалид) или NONE (нет инвалидности)' })
  .meta({ enumTitles: { I: 'I группа', II: 'II группа', III: 'III группа', CHILD: 'ребенок-инвалид', NONE: 'инвалидности нет' } });

// 'YYYY-MM': the month of a D4 answer (T25)
export const monthSchema = z.string({ error: 'Укажите месяц' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Месяц — в формате ГГГГ-ММ' }).meta({ format: 'month' });

const count = (what: string) =>
  z
    .number({ error: `${what} — целое число` })
    .int({ error: `${what} — целое число` })
    .min(1, { error: `${what} — не меньше 1` })
    .max(100, { error: `Проверьте: ${what.toLowerCase()}` });

// A person whose family link to the applicant is on file (the personal file's family link, D3 kinship, ЗАГС — A12)
export const housingFamilyMemberSchema = z.object(
  {
    fullName: z.string({ error: 'Укажите ФИО члена семьи' }).trim().min(1, { error: 'Укажите ФИО члена семьи' }).max(300, { error: 'Не более 300 символов' }).meta({ title: 'ФИО' }),
    relation: z.enum(FAMILY_RELATIONS, { error: 'Степень родства: spouse, child, parent или other' }).meta({ title: 'Степень родства', enumTitles: { spouse: 'супруг(а)', child: 'ребенок', parent: 'родитель', other: 'иное' } }),
    // the family link confirmed by a document or a register (ЗАГС, A12; D3)
    linkEstablished: z.boolean({ error: 'Укажите, подтверждена ли родственная связь' }).meta({ title: 'Родственная связь подтверждена' }),
    birthDate: localDateSchema.optional().meta({ title: 'Дата рождения' }),
    disability: disabilitySchema.optional().meta({ title: 'Инвалидность' }),
    deceased: z.boolean({ error: 'Укажите, умер (погиб) ли член семьи' }).optional().meta({ title: 'Умер (погиб)' }),
    // the categories of cl. 3 the deceased belonged to (C14 for C17, C26 for C27, C38/C39/C45/C46 for C53)
    categories: z
      .array(z.enum(HOUSING_CATEGORY_CODES, { error: 'Неизвестный код категории' }), { error: 'Категории — список кодов' })
      .max(HOUSING_CATEGORY_CODES.length)
      .optional()
      .meta({ title: 'Категории умершего (коды п. 3)' }),
  },
  { error: 'Сведения о члене семьи указаны неверно' },
);
export type HousingFamilyMember = z.infer<typeof housingFamilyMemberSchema>;

export const housingFactsSchema = z
  .object(
    {
      // D1, cl. 21(1): the right to the measure as the УСП (Rosreestr, military commissariat, employer) answered it
      hasRightToMeasure: z.boolean({ error: 'Укажите, подтверждено ли право на меру социальной поддержки (D1)' }).optional().meta({ title: 'Право на меру социальной поддержки подтверждено (D1)' }),
      // cl. 3: lives on the territory of Sosva urban district (at the place of stay for an application there, A22)
      livesInDistrict: z.boolean({ error: 'Укажите, проживает ли заявитель на территории Сосьвинского городского округа' }).optional().meta({ title: 'Проживает на территории Сосьвинского городского округа' }),
      // cl. 21(2)
      receivesOtherMeasure: z.boolean({ error: 'Укажите, получает ли заявитель меру социальной поддержки по оплате ЖКУ по иным основаниям' }).optional().meta({ title: 'Получает меру поддержки по оплате ЖКУ по иным основаниям' }),
      otherMeasure: z.string({ error: 'Мера социальной поддержки — строка' }).trim().max(500, { error: 'Не более 500 символов' }).optional().meta({ title: 'Какая мера, по какому основанию' }),
      // D4, cl. 21(3): a debt blocks unless a repayment agreement exists and is kept
      debt: z
        .object(
          {
            exists: z.boolean({ error: 'Укажите, есть ли задолженность по оплате ЖКУ' }).meta({ title: 'Есть задолженность' }),
            agreement: z
              .enum(['none', 'kept', 'broken'], { error: 'Соглашение о погашении: none, kept или broken' })
              .optional()
              .meta({ title: 'Соглашение о погашении', enumTitles: { none: 'нет соглашения', kept: 'заключено и выполняется', broken: 'заключено, не выполняется' } }),
          },
          { error: 'Сведения о задолженности указаны неверно' },
        )
        .optional()
        .meta({ title: 'Задолженность по оплате ЖКУ (D4)' }),
      // D7, cl. 21(4): only for an application at the place of stay
      receivesAtResidence: z.boolean({ error: 'Укажите, получает ли заявитель компенсацию по месту жительства (D7)' }).optional().meta({ title: 'Получает компенсацию по месту жительства (D7, при обращении по месту пребывания)' }),
      // D4, T25: the amount actually charged for housing and utilities in the month before the month of application
      charges: z
        .object(
          {
            // absent: the answer to the request, which names the month before the month of application (cl. 49(4))
            month: monthSchema.optional().meta({ title: 'Месяц начисления' }),
            chargedKopecks: z
              .number({ error: 'Начисленная плата — целое число копеек' })
              .int({ error: 'Начисленная плата — целое число копеек' })
              .min(0, { error: 'Начисленная плата не может быть отрицательной' })
              .max(100_000_000, { error: 'Проверьте начисленную плату' })
              .meta({ title: 'Начислено', unit: 'kopecks' }),
          },
          { error: 'Сведения о начисленной плате указаны неверно' },
        )
        .optional()
        .meta({ title: 'Начисленная плата за месяц, предшествующий месяцу обращения (D4)' }),
      // D3: persons registered in the dwelling, the applicant included, and of them the applicant and his family
      registeredPersons: count('Число зарегистрированных в жилом помещении').optional().meta({ title: 'Зарегистрировано в жилом помещении, включая заявителя (D3)' }),
      familyMembersRegistered: count('Число членов семьи, зарегистрированных в жилом помещении').optional().meta({ title: 'Из них заявитель и члены его семьи (D3)' }),
      applicantDisability: disabilitySchema.optional().meta({ title: 'Инвалидность заявителя' }),
      familyMembers: z
        .array(housingFamilyMemberSchema, { error: 'Члены семьи — список' })
        .max(50, { error: 'Не более 50 членов семьи' })
        .optional()
        .meta({ title: 'Члены семьи (для семейных категорий)', itemTitle: 'Член семьи' }),
    },
    { error: 'Укажите установленные сведения' },
  )
  .superRefine((f, ctx) => {
    if (f.familyMembersRegistered !== undefined && f.registeredPersons !== undefined && f.familyMembersRegistered > f.registeredPersons)
      ctx.addIssue({ code: 'custom', path: ['familyMembersRegistered'], message: 'Членов семьи не может быть больше, чем всех зарегистрированных (D3)' });
    if (f.familyMembersRegistered !== undefined && f.registeredPersons === undefined)
      ctx.addIssue({ code: 'custom', path: ['registeredPersons'], message: 'Укажите число всех зарегистрированных в жилом помещении (D3)' });
  });

export type HousingFacts = z.infer<typeof housingFactsSchema>;

// The facts the rules read that no answer or clerk has established yet (absent: "not established", not a refusal).
export const notEstablishedHousingFacts = ({ facts, place }: { facts: HousingFacts; place: 'residence' | 'stay' }): string[] => {
  const missing: string[] = [];
  if (facts.hasRightToMeasure === undefined) missing.push('право на меру социальной поддержки (D1)');
  if (facts.livesInDistrict === undefined) missing.push('проживание на территории округа');
  if (facts.receivesOtherMeasure === undefined) missing.push('получение меры по иным основаниям');
  if (facts.debt === undefined) missing.push('задолженность по оплате ЖКУ (D4)');
  if (place === 'stay' && facts.receivesAtResidence === undefined) missing.push('неполучение компенсации по месту жительства (D7)');
  if (facts.charges === undefined) missing.push('начисленная плата за расчетный месяц (D4)');
  if (facts.registeredPersons === undefined) missing.push('зарегистрированные в жилом помещении (D3)');
  return missing;
};

const isKopecks = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= 100_000_000;

// The facts complete interagency answers establish, by data kind (the clerk confirms or corrects them). A D1 answer
// "no records" is an agency's answer that the right is not confirmed (cl. 21(1)), not a missing answer.
export const housingFactsFromInteragency = (answers: Readonly<Record<string, Record<string, unknown>>>): Partial<HousingFacts> => {
  const facts: Partial<HousingFacts> = {};
  const d1 = answers['D1'];
  if (d1 && typeof d1['hasRight'] === 'boolean') facts.hasRightToMeasure = d1['hasRight'];
  else if (d1 && d1['found'] === false) facts.hasRightToMeasure = false;
  const persons = answers['D3']?.['persons'];
  if (Array.isArray(persons) && persons.length >= 1 && persons.length <= 100) facts.registeredPersons = persons.length;
  const d4 = answers['D4'];
  if (d4 && isKopecks(d4['charged'])) {
    const month = monthSchema.safeParse(d4['month']);
    facts.charges = { chargedKopecks: d4['charged'], ...(month.success ? { month: month.data } : {}) };
  }
  if (d4 && isKopecks(d4['debt'])) {
    const agreement = d4['repaymentAgreement'];
    facts.debt = { exists: d4['debt'] > 0, ...(agreement === 'none' || agreement === 'kept' || agreement === 'broken' ? { agreement } : {}) };
  }
  const d7 = answers['D7'];
  if (d7 && typeof d7['receivesAtResidence'] === 'boolean') facts.receivesAtResidence = d7['receivesAtResidence'];
  return facts;
};
