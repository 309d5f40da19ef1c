import { formatRubles, type Kopecks } from '../../common/money';
import type { ExplanationStep } from '../evaluation';
import type { AreaBasisStrategy, CapitalRepairParameters } from './parameters';

// Spec §9.4 (I-25): the formula is reconstructed from the App 3 columns (total area, РС площади, family size, share;
// учет СН, share, rate, cost, benefit size, sum). Areas are kept in hundredths of m² and money in kopecks, as integers.

const CLAUSE = 'прил. 3; I-25';

export type CapitalRepairAmount = {
  amountKopecks: Kopecks;
  shareAreaM2: number;
  standardM2: number;
  areaBasisM2: number;
  rateKopecksPerM2: Kopecks;
  costKopecks: Kopecks;
  benefitPercent: number;
  steps: ExplanationStep[];
};

// n / d rounded half-up, for n ≥ 0 and d > 0 integers
const divideHalfUp = (n: number, d: number): number => {
  const q = Math.floor(n / d);
  return 2 * (n - q * d) >= d ? q + 1 : q;
};

// a value with at most 2 decimals as an integer number of hundredths (58.4 → 5840, with no float drift)
const toHundredths = (value: number, what: string): number => {
  const h = Math.round(value * 100);
  if (!Number.isFinite(value) || Math.abs(h - value * 100) > 1e-6) throw new RangeError(`${what}: не более двух знаков после запятой, а не ${value}`);
  return h;
};

const safe = (n: number, what: string): number => {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what}: слишком большое значение для точного расчета`);
  return n;
};

// РС площади for the household (in hundredths of m²) by the size brackets 1, 2, 3+ of §9.3
const householdStandard = (standard: CapitalRepairParameters['areaStandardM2'], householdSize: number): number => {
  if (householdSize === 1) return toHundredths(standard.one, 'Стандарт площади');
  if (householdSize === 2) return toHundredths(standard.two, 'Стандарт площади');
  const threeOrMore = toHundredths(standard.threeOrMore, 'Стандарт площади');
  return standard.threeOrMorePerPerson === true ? threeOrMore * householdSize : threeOrMore;
};

const STRATEGY_TEXT: Record<AreaBasisStrategy, string> = {
  WHOLE_STANDARD: 'стандарт на семью в целом',
  PER_PERSON_STANDARD: 'стандарт на семью, деленный на число членов семьи',
};

export const calculateCapitalRepairAmount = ({
  totalAreaM2,
  share,
  householdSize,
  hasLift,
  ageGroup,
  parameters,
}: {
  totalAreaM2: number;
  share: { numerator: number; denominator: number };
  // the applicant and the persons registered with him at the place of residence (I-22)
  householdSize: number;
  hasLift: boolean;
  // the age group of the category applied for (A70_* / A80_*), not the applicant's actual age
  ageGroup: 70 | 80;
  parameters: CapitalRepairParameters;
}): CapitalRepairAmount => {
  if (!Number.isInteger(householdSize) || householdSize < 1) throw new RangeError(`Состав семьи — целое число не меньше 1, а не ${householdSize}`);
  if (!Number.isInteger(share.numerator) || !Number.isInteger(share.denominator) || share.numerator < 1 || share.denominator < share.numerator)
    throw new RangeError(`Доля в праве — правильная дробь от 1/n до 1/1, а не ${share.numerator}/${share.denominator}`);
  const totalArea = toHundredths(totalAreaM2, 'Общая площадь');
  if (totalArea <= 0) throw new RangeError(`Общая площадь больше нуля, а не ${totalAreaM2}`);

  // I-25: the share area is rounded half-up to 0.01 m², so that the printed figures of App 3 recompute exactly
  const shareArea = divideHalfUp(safe(totalArea * share.numerator, 'Площадь'), share.denominator);
  const household = householdStandard(parameters.areaStandardM2, householdSize);
  const standard = parameters.areaBasisStrategy === 'PER_PERSON_STANDARD' ? divideHalfUp(household, householdSize) : household;
  // "учет СН = Д" (I-43): the social norm caps the area
  const basis = Math.min(shareArea, standard);
  const rate = hasLift ? parameters.contributionRateKopecksPerM2.withLift : parameters.contributionRateKopecksPerM2.withoutLift;
  if (!Number.isSafeInteger(rate) || rate < 0) throw new RangeError(`Тариф — целое неотрицательное число копеек за 1 м², а не ${rate}`);
  // money is integer kopecks (CONVENTIONS): the cost is rounded half-up to the kopeck before the percentage
  const cost = divideHalfUp(safe(rate * basis, 'Стоимость'), 100);
  const percent = ageGroup === 80 ? parameters.benefitPercent.age80 : parameters.benefitPercent.age70;
  const percentHundredths = toHundredths(percent, 'Размер льготы');
  const amount = divideHalfUp(safe(cost * percentHundredths, 'Сумма'), 100 * 100);

  const m2 = (hundredths: number): number => hundredths / 100;
  const steps: ExplanationStep[] = [
    {
      rule: 'Площадь, приходящаяся на долю заявителя в праве собственности: общая площадь × доля, м² (округление до 0,01 м²)',
      clause: `${CLAUSE}; п. 2.6.1`,
      inputs: { totalAreaM2: m2(totalArea), share: `${share.numerator}/${share.denominator}` },
      result: m2(shareArea),
    },
    {
      rule: `Региональный стандарт нормативной площади (РС площади), м²: ${STRATEGY_TEXT[parameters.areaBasisStrategy]}`,
      clause: CLAUSE,
      inputs: { householdSize, householdStandardM2: m2(household), areaBasisStrategy: parameters.areaBasisStrategy },
      result: m2(standard),
    },
    {
      rule: 'Площадь для расчета: меньшая из площади по доле и стандарта площади (учет СН — «Д»), м²',
      clause: `${CLAUSE}; I-43`,
      inputs: { shareAreaM2: m2(shareArea), standardM2: m2(standard) },
      result: m2(basis),
    },
    {
      rule: `Тариф — размер взноса на капитальный ремонт за 1 м² общей площади, коп. (дом ${hasLift ? 'с лифтом' : 'без лифта'})`,
      clause: `${CLAUSE}; прил. 1`,
      inputs: { hasLift },
      result: rate,
    },
    {
      rule: 'Стоимость: тариф × площадь для расчета, коп. (округление до копейки, половина — вверх)',
      clause: CLAUSE,
      inputs: { rateKopecksPerM2: rate, areaBasisM2: m2(basis) },
      result: cost,
    },
    {
      rule: `Размер льготы для категории ${ageGroup} лет, %`,
      clause: `${CLAUSE}; п. 1.2`,
      inputs: { ageGroup },
      result: percent,
    },
    {
      rule: 'Сумма компенсации в месяц: стоимость × размер льготы / 100, коп. (округление до копейки, половина — вверх)',
      clause: `${CLAUSE}; прил. 5`,
      inputs: { costKopecks: cost, benefitPercent: percent },
      result: amount,
    },
  ];

  return { amountKopecks: amount, shareAreaM2: m2(shareArea), standardM2: m2(standard), areaBasisM2: m2(basis), rateKopecksPerM2: rate, costKopecks: cost, benefitPercent: percent, steps };
};

// One figure of the App 3 decision as Evaluation.calculation carries it
export type CapitalRepairCalculationRow = { label: string; value: string };

// 4550 hundredths → «45,50»
const decimalRu = (hundredths: number): string => `${Math.floor(hundredths / 100)},${String(hundredths % 100).padStart(2, '0')}`;
// 50 → «50», 33.33 → «33,33»
const percentRu = (percent: number): string => String(percent).replace('.', ',');

// The figures App 3 prints, in its order: «Данные для расчета» (общая площадь, РС площади, состав семьи, доля в праве),
// then the row of the table (учет СН, тариф, стоимость, размер льготы, сумма; its «доля» repeats the share).
// I-43: «учет СН» = «Д», the social norm (the area standard) is applied. «РС площади» is the standard the calculation
// used (divided by the household size under PER_PERSON_STANDARD).
export const capitalRepairCalculationFigures = ({
  amount,
  totalAreaM2,
  householdSize,
  share,
}: {
  amount: CapitalRepairAmount;
  totalAreaM2: number;
  householdSize: number;
  share: { numerator: number; denominator: number };
}): CapitalRepairCalculationRow[] => [
  { label: 'Общая площадь', value: `${decimalRu(toHundredths(totalAreaM2, 'Общая площадь'))} кв. м` },
  { label: 'РС площади', value: `${decimalRu(toHundredths(amount.standardM2, 'Стандарт площади'))} кв. м` },
  { label: 'Состав семьи', value: `${householdSize} чел.` },
  { label: 'Доля в праве', value: `${share.numerator}/${share.denominator}` },
  { label: 'Учет СН', value: 'Д' },
  { label: 'Тариф', value: `${decimalRu(amount.rateKopecksPerM2)} руб. за 1 кв. м` },
  { label: 'Стоимость', value: formatRubles(amount.costKopecks) },
  { label: 'Размер льготы', value: `${percentRu(amount.benefitPercent)} %` },
  { label: 'Сумма', value: formatRubles(amount.amountKopecks) },
];
