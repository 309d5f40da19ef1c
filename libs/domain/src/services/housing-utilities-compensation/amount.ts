import { formatRubles, type Kopecks } from '../../common/money';
import type { ExplanationStep } from '../evaluation';
import type { HousingCategoryCode } from './categories';
import { ruleFor, type HousingChargeBasis, type HousingCompensationRule, type HousingParameters } from './parameters';

// Spec §9.3, A13: the text has no formula; АСКВ is the system of record. This is the office's own calculation from
// the admin's effective-dated parameters: the charges actually made in the reference month (D4, T25) × the share of
// the persons counted (D3) × the category's percentage. The clerk checks it against АСКВ and enters the АСКВ amount
// at payment setup (setup_payment), which may override it. Money is integer kopecks, rounded half-up at each printed
// figure, so that the figures of the decision recompute exactly.

const CLAUSE = 'подп. 4 п. 18, подп. 4 п. 49, п. 65; A13';

export type CalculationFigure = { label: string; value: string };

export type HousingCategoryAmount = {
  category: HousingCategoryCode;
  rule: HousingCompensationRule;
  // the category has a rule of its own, not the default
  ownRule: boolean;
  registeredPersons: number;
  personsCounted: number;
  baseKopecks: Kopecks;
  amountKopecks: Kopecks;
  steps: ExplanationStep[];
  calculation: CalculationFigure[];
};

// n / d rounded half-up, for n ≥ 0 and d > 0 integers
const divideHalfUp = (n: number, d: number): number => {
  const q = Math.floor(n / d);
  return 2 * (n - q * d) >= d ? q + 1 : q;
};

const safe = (n: number, what: string): number => {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what}: слишком большое значение для точного расчета`);
  return n;
};

// a percentage with at most 2 decimals as an integer number of hundredths (33.33 → 3333, with no float drift)
const toHundredths = (value: number): number => {
  const h = Math.round(value * 100);
  if (!Number.isFinite(value) || Math.abs(h - value * 100) > 1e-6) throw new RangeError(`Размер компенсации: не более двух знаков после запятой, а не ${value}`);
  return h;
};

export const formatPercent = (value: number): string => `${String(value).replace('.', ',')} %`;

// 'YYYY-MM' → 'MM.YYYY'
export const formatMonth = (month: string): string => `${month.slice(5, 7)}.${month.slice(0, 4)}`;

const BASIS_TEXT: Record<HousingChargeBasis, string> = {
  APPLICANT_SHARE: 'доля заявителя: начисленная плата, деленная на число зарегистрированных в жилом помещении',
  WHOLE_FAMILY: 'доля заявителя и членов его семьи, зарегистрированных в жилом помещении',
};

export const calculateHousingAmount = ({
  category,
  month,
  chargedKopecks,
  registeredPersons,
  familyMembersRegistered,
  parameters,
}: {
  category: HousingCategoryCode;
  // the reference month of D4 ('YYYY-MM'), printed
  month: string;
  chargedKopecks: Kopecks;
  // D3: everyone registered in the dwelling, the applicant included
  registeredPersons: number;
  // D3: of them the applicant and his family; absent — all of them
  familyMembersRegistered?: number;
  parameters: HousingParameters;
}): HousingCategoryAmount => {
  if (!Number.isSafeInteger(chargedKopecks) || chargedKopecks < 0) throw new RangeError(`Начисленная плата — целое неотрицательное число копеек, а не ${chargedKopecks}`);
  if (!Number.isInteger(registeredPersons) || registeredPersons < 1) throw new RangeError(`Число зарегистрированных — целое число не меньше 1, а не ${registeredPersons}`);
  const family = familyMembersRegistered ?? registeredPersons;
  if (!Number.isInteger(family) || family < 1 || family > registeredPersons) throw new RangeError(`Число членов семьи — от 1 до ${registeredPersons}, а не ${family}`);

  const { rule, own } = ruleFor(parameters, category);
  const personsCounted = rule.basis === 'WHOLE_FAMILY' ? family : 1;
  const base = divideHalfUp(safe(chargedKopecks * personsCounted, 'Расходы'), registeredPersons);
  const amount = divideHalfUp(safe(base * toHundredths(rule.percent), 'Сумма'), 100 * 100);

  const steps: ExplanationStep[] = [
    {
      rule: `Расходы, учитываемые при расчете по категории ${category}: ${BASIS_TEXT[rule.basis]}, коп. (округление до копейки, половина — вверх)`,
      clause: `${CLAUSE}; подп. 3 п. 18`,
      inputs: { month: formatMonth(month), chargedKopecks, registeredPersons, personsCounted, basis: rule.basis },
      result: base,
    },
    {
      rule: `Размер компенсации для категории ${category}, % (${own ? 'размер категории' : 'размер по умолчанию'} в параметрах расчета)`,
      clause: `${CLAUSE}; параметры расчета`,
      inputs: { category, ownRule: own },
      result: rule.percent,
    },
    {
      rule: `Сумма компенсации в месяц по категории ${category}: расходы × размер компенсации / 100, коп. (округление до копейки, половина — вверх)`,
      clause: CLAUSE,
      inputs: { baseKopecks: base, percent: rule.percent },
      result: amount,
    },
  ];
  const calculation: CalculationFigure[] = [
    { label: 'Категория заявителя', value: category },
    { label: 'Расчетный месяц (сведения о начисленной плате)', value: formatMonth(month) },
    { label: 'Фактически начисленная плата за жилое помещение и коммунальные услуги', value: formatRubles(chargedKopecks) },
    { label: 'Зарегистрировано в жилом помещении, чел.', value: String(registeredPersons) },
    { label: 'Учитывается при расчете, чел.', value: String(personsCounted) },
    { label: 'Расходы, учитываемые при расчете', value: formatRubles(base) },
    { label: 'Размер компенсации', value: formatPercent(rule.percent) },
    { label: 'Сумма компенсации в месяц', value: formatRubles(amount) },
  ];
  return { category, rule, ownRule: own, registeredPersons, personsCounted, baseKopecks: base, amountKopecks: amount, steps, calculation };
};

// Several categories met: one measure only (cl. 21(2)), on the most favourable ground — the largest monthly amount;
// on a tie the category claimed first.
export const mostFavourableHousingAmount = ({
  categories,
  ...rest
}: Omit<Parameters<typeof calculateHousingAmount>[0], 'category'> & { categories: readonly HousingCategoryCode[] }): { chosen: HousingCategoryAmount; candidates: HousingCategoryAmount[]; step: ExplanationStep } => {
  if (categories.length === 0) throw new RangeError('Нет категорий для расчета');
  const candidates = categories.map((category) => calculateHousingAmount({ category, ...rest }));
  const chosen = candidates.reduce((best, c) => (c.amountKopecks > best.amountKopecks ? c : best), candidates[0]);
  return {
    chosen,
    candidates,
    step: {
      rule: 'Мера социальной поддержки предоставляется по одному основанию: по категории с наибольшей суммой компенсации',
      clause: 'подп. 2 п. 21; A13',
      inputs: { candidates: candidates.map((c) => `${c.category}: ${formatRubles(c.amountKopecks)}`) },
      result: chosen.category,
    },
  };
};
