import { z } from 'zod';
import { formatRuDate, localDateSchema, type LocalDate } from '../../common/local-date';
import { HOUSING_CATEGORY_CODES } from './categories';

// Spec §9.3, A13: the regulation has no formula, rate or rounding rule — the amount is charged in АСКВ under acts the
// text does not reproduce. The office's own calculation (amount.ts) therefore takes every figure from effective-dated
// sets the admin enters with the act that set them: a percentage of the charges per category code, with a default.

// APPLICANT_SHARE: the charges of D4 divided by the persons registered in the dwelling (D3);
// WHOLE_FAMILY: the share of the applicant and his family registered with him (the whole charges when all are family)
export const HOUSING_CHARGE_BASES = ['APPLICANT_SHARE', 'WHOLE_FAMILY'] as const;
export type HousingChargeBasis = (typeof HOUSING_CHARGE_BASES)[number];

export const HOUSING_ROUNDING = ['HALF_UP_KOPECKS'] as const;
export type HousingRounding = (typeof HOUSING_ROUNDING)[number];

const hasTwoDecimals = (v: number): boolean => Math.abs(Math.round(v * 100) - v * 100) < 1e-6;

const percent = z
  .number({ error: 'Размер компенсации — число процентов' })
  .min(0, { error: 'Размер компенсации — от 0 до 100 %' })
  .max(100, { error: 'Размер компенсации — от 0 до 100 %' })
  .refine(hasTwoDecimals, { error: 'Размер компенсации — не более двух знаков после запятой' });

export const housingCompensationRuleSchema = z.object(
  {
    percent,
    basis: z.enum(HOUSING_CHARGE_BASES, { error: 'База расчета: APPLICANT_SHARE (доля заявителя) или WHOLE_FAMILY (на семью)' }),
  },
  { error: 'Укажите размер компенсации и базу расчета' },
);
export type HousingCompensationRule = z.infer<typeof housingCompensationRuleSchema>;

export const housingParametersSchema = z.object(
  {
    // for a category with no rule of its own
    defaultRule: housingCompensationRuleSchema,
    categoryRules: z.partialRecord(z.enum(HOUSING_CATEGORY_CODES, { error: 'Неизвестный код категории' }), housingCompensationRuleSchema, {
      // an unknown code comes as unrecognized keys (zod's record over an enum is exhaustive-keyed)
      error: (issue) => {
        const keys: unknown = (issue as { keys?: unknown }).keys;
        return Array.isArray(keys) ? `Неизвестные коды категорий: ${keys.join(', ')}` : 'Размеры компенсации по категориям указаны неверно';
      },
    }),
    rounding: z.enum(HOUSING_ROUNDING, { error: 'Округление: HALF_UP_KOPECKS' }),
  },
  { error: 'Укажите параметры расчета компенсации' },
);
export type HousingParameters = z.infer<typeof housingParametersSchema>;

// validTo is the last day in force (inclusive); absent: in force until a later set replaces it
export type HousingParameterSet = { validFrom: LocalDate; validTo?: LocalDate; act: string; values: HousingParameters };

export const housingParameterSetSchema = z
  .object({
    validFrom: localDateSchema,
    validTo: localDateSchema.optional(),
    act: z.string({ error: 'Укажите акт, которым установлены параметры' }).trim().min(1, { error: 'Укажите акт, которым установлены параметры' }).max(500, { error: 'Не более 500 символов' }),
    values: housingParametersSchema,
  })
  .refine((s) => s.validTo === undefined || s.validTo >= s.validFrom, { error: 'Дата окончания действия не может быть раньше даты начала', path: ['validTo'] });

export class HousingParametersError extends Error {
  readonly date: LocalDate;

  constructor({ date, message }: { date: LocalDate; message: string }) {
    super(message);
    this.name = 'HousingParametersError';
    this.date = date;
  }
}

// The set in force on the date, or null when none is: the same rule as capital repair's — a later validFrom supersedes
// an earlier set still open; two sets with the same start are a configuration error, not a value.
export const parametersInForceOn = <T extends { validFrom: LocalDate; validTo?: LocalDate; act: string }>(sets: readonly T[], date: LocalDate): T | null => {
  const inForce = sets.filter((s) => s.validFrom <= date && (s.validTo === undefined || date <= s.validTo));
  if (inForce.length === 0) return null;
  const latestStart = inForce.reduce((a, s) => (s.validFrom > a ? s.validFrom : a), inForce[0].validFrom);
  const latest = inForce.filter((s) => s.validFrom === latestStart);
  if (latest.length > 1)
    throw new HousingParametersError({
      date,
      message: `На ${formatRuDate(date)} действуют несколько наборов параметров с одной датой начала ${formatRuDate(latestStart)}: ${latest.map((s) => s.act).join('; ')}`,
    });
  return latest[0];
};

export const parametersOn = (sets: readonly HousingParameterSet[], date: LocalDate): HousingParameterSet => {
  const set = parametersInForceOn(sets, date);
  if (set === null) throw new HousingParametersError({ date, message: `Нет параметров расчета компенсации расходов на оплату ЖКУ, действующих на ${formatRuDate(date)}` });
  return set;
};

// The rule of a category: its own, else the default
export const ruleFor = (parameters: HousingParameters, category: string): { rule: HousingCompensationRule; own: boolean } => {
  const own = (parameters.categoryRules as Partial<Record<string, HousingCompensationRule>>)[category];
  return own ? { rule: own, own: true } : { rule: parameters.defaultRule, own: false };
};
