import { z } from 'zod';
import { formatRuDate, localDateSchema, type LocalDate } from '../../common/local-date';
import type { Kopecks } from '../../common/money';

// Spec §9.3, I-25: the regulation fixes no rate, standard or percentage; every figure is effective-dated data entered
// by the admin (Law 57-kz art. 2.1 and the Stavropol Government's acts, to be confirmed by the legal owner).

export const AREA_BASIS_STRATEGIES = ['WHOLE_STANDARD', 'PER_PERSON_STANDARD'] as const;
export type AreaBasisStrategy = (typeof AREA_BASIS_STRATEGIES)[number];

export const CAPITAL_REPAIR_ROUNDING = ['HALF_UP_KOPECKS'] as const;
export type CapitalRepairRounding = (typeof CAPITAL_REPAIR_ROUNDING)[number];

export type CapitalRepairParameters = {
  // тариф: the minimum contribution per m² of total area, integer kopecks per m²
  contributionRateKopecksPerM2: { withLift: Kopecks; withoutLift: Kopecks };
  // РС площади: regional standard of normative area by household size, m² with at most 2 decimals;
  // threeOrMorePerPerson: the 3+ figure is per person (× household size) rather than one figure for the household
  areaStandardM2: { one: number; two: number; threeOrMore: number; threeOrMorePerPerson?: boolean };
  // размер льготы, % of the cost by age group of the category (A70_* / A80_*), at most 2 decimals
  benefitPercent: { age70: number; age80: number };
  // WHOLE_STANDARD: the household's standard; PER_PERSON_STANDARD: the standard divided by the household size
  areaBasisStrategy: AreaBasisStrategy;
  rounding: CapitalRepairRounding;
};

// validTo is the last day in force (inclusive); absent: in force until a later set replaces it
export type CapitalRepairParameterSet = { validFrom: LocalDate; validTo?: LocalDate; act: string; values: CapitalRepairParameters };

const hasTwoDecimals = (v: number): boolean => Math.abs(Math.round(v * 100) - v * 100) < 1e-6;

const areaM2 = (what: string) =>
  z
    .number({ error: `${what} — число, м²` })
    .positive({ error: `${what} больше нуля` })
    .max(10_000, { error: `Проверьте: ${what.toLowerCase()}` })
    .refine(hasTwoDecimals, { error: `${what} — не более двух знаков после запятой` });

const rateKopecks = z
  .number({ error: 'Тариф — целое число копеек за 1 м²' })
  .int({ error: 'Тариф — целое число копеек за 1 м²' })
  .min(0, { error: 'Тариф не может быть отрицательным' })
  .max(1_000_000, { error: 'Проверьте тариф' });

const percent = z
  .number({ error: 'Размер льготы — число процентов' })
  .min(0, { error: 'Размер льготы — от 0 до 100 %' })
  .max(100, { error: 'Размер льготы — от 0 до 100 %' })
  .refine(hasTwoDecimals, { error: 'Размер льготы — не более двух знаков после запятой' });

export const capitalRepairParametersSchema = z.object(
  {
    contributionRateKopecksPerM2: z.object({ withLift: rateKopecks, withoutLift: rateKopecks }, { error: 'Укажите тарифы для домов с лифтом и без лифта' }),
    areaStandardM2: z.object(
      {
        one: areaM2('Стандарт площади на одиноко проживающего'),
        two: areaM2('Стандарт площади на семью из 2 человек'),
        threeOrMore: areaM2('Стандарт площади на семью из 3 и более человек'),
        threeOrMorePerPerson: z.boolean({ error: 'Укажите, задан ли стандарт для семьи из 3 и более человек на каждого члена семьи' }).optional(),
      },
      { error: 'Укажите региональный стандарт нормативной площади' },
    ),
    benefitPercent: z.object({ age70: percent, age80: percent }, { error: 'Укажите размер льготы для категорий 70 и 80 лет' }),
    areaBasisStrategy: z.enum(AREA_BASIS_STRATEGIES, { error: 'Способ учета стандарта площади: WHOLE_STANDARD или PER_PERSON_STANDARD' }),
    rounding: z.enum(CAPITAL_REPAIR_ROUNDING, { error: 'Округление: HALF_UP_KOPECKS' }),
  },
  { error: 'Укажите параметры расчета компенсации' },
);

export const capitalRepairParameterSetSchema = z
  .object({
    validFrom: localDateSchema,
    validTo: localDateSchema.optional(),
    act: z.string({ error: 'Укажите акт, которым установлены параметры' }).trim().min(1, { error: 'Укажите акт, которым установлены параметры' }).max(500, { error: 'Не более 500 символов' }),
    values: capitalRepairParametersSchema,
  })
  .refine((s) => s.validTo === undefined || s.validTo >= s.validFrom, { error: 'Дата окончания действия не может быть раньше даты начала', path: ['validTo'] });

export class CapitalRepairParametersError extends Error {
  readonly date: LocalDate;

  constructor({ date, message }: { date: LocalDate; message: string }) {
    super(message);
    this.name = 'CapitalRepairParametersError';
    this.date = date;
  }
}

// The set in force on the date. A later validFrom supersedes an earlier set that is still open (or not yet expired):
// a new act replaces the old figures from its own start date.
// Generic over the values: the stored sets of ServiceEvaluation (values: unknown) are picked first and checked after.
export const parametersOn = <T extends { validFrom: LocalDate; validTo?: LocalDate; act: string }>(sets: readonly T[], date: LocalDate): T => {
  const inForce = sets.filter((s) => s.validFrom <= date && (s.validTo === undefined || date <= s.validTo));
  if (inForce.length === 0)
    throw new CapitalRepairParametersError({ date, message: `Нет параметров расчета компенсации взноса на капитальный ремонт, действующих на ${formatRuDate(date)}` });
  const latestStart = inForce.reduce((a, s) => (s.validFrom > a ? s.validFrom : a), inForce[0].validFrom);
  const latest = inForce.filter((s) => s.validFrom === latestStart);
  if (latest.length > 1)
    throw new CapitalRepairParametersError({
      date,
      message: `На ${formatRuDate(date)} действуют несколько наборов параметров с одной датой начала ${formatRuDate(latestStart)}: ${latest.map((s) => s.act).join('; ')}`,
    });
  return latest[0];
};

// The values of a stored set (ServiceEvaluation gives them as unknown) checked against the schema: the values, or the
// messages of what is wrong with them.
export const capitalRepairParameterValues = (values: unknown): { ok: true; values: CapitalRepairParameters } | { ok: false; problems: string[] } => {
  const parsed = capitalRepairParametersSchema.safeParse(values);
  if (parsed.success) return { ok: true, values: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message)) };
};
