import { addMonthsClamped, formatRuDate, fullYearsOn, toUtcMidnight, type LocalDate } from '../../common/local-date';
import type { Evaluation, EvaluationGround, ExplanationStep } from '../evaluation';
import type { HousingApplication } from './application.schema';
import { AGE_ALTERNATIVE_CATEGORIES, HOUSING_CATEGORIES, TEN_YEAR_SERVICE_CATEGORIES, type HousingCategoryCode } from './categories';
import { groundClause, type HousingGroundCode } from './grounds';

// What interagency answers (D1, D4, D7) and the clerk established; an absent fact is "not established".
export type HousingFacts = {
  hasRightToMeasure?: boolean;
  receivesOtherMeasure?: boolean;
  debt?: { exists: boolean; agreement?: 'none' | 'kept' | 'broken' };
  receivesAtResidence?: boolean;
};

export type HousingPerson = { birthDate: LocalDate; sex: 'male' | 'female' };


// Civil Code art. 192: the same day of the month N months later, or that month's last day when there is none.
// A3 (Civil Code art. 191 by analogy): a period from X to Y lasts Y − X, e.g. 01.11.1944–09.05.1945 = 6 months 8 days.
export const periodLength = ({ from, to }: { from: LocalDate; to: LocalDate }): { months: number; days: number } => {
  let months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + (Number(to.slice(5, 7)) - Number(from.slice(5, 7)));
  if (addMonthsClamped(from, months) > to) months -= 1;
  const anchor = addMonthsClamped(from, months);
  return { months, days: Math.round((toUtcMidnight(to) - toUtcMidnight(anchor)) / 86_400_000) };
};

const formatLength = ({ months, days }: { months: number; days: number }): string => `${months} мес. ${days} дн.`;

// cl. 14, T24, A4: payment from the month after the month of submission (in person: visit; MFC: MFC acceptance;
// ЕПГУ: portal submission; post: receipt) — not the month of acceptance.
export const paymentStartMonth = ({ submittedOn }: { submittedOn: LocalDate }): string => {
  const next = addMonthsClamped(`${submittedOn.slice(0, 7)}-01`, 1);
  return next.slice(0, 7);
};

// cl. 18(4), 49(4), T25: payment and charge data (D4) are requested for the month before the month of application
export const paymentDataMonth = ({ appliedOn }: { appliedOn: LocalDate }): string => addMonthsClamped(`${appliedOn.slice(0, 7)}-01`, -1).slice(0, 7);

const WARTIME_START = '1941-06-22';
// cl. 3(4): service window ends 03.09.1945; cl. 3(29): home-front window ends 09.05.1945
const SERVICE_WINDOW_END = '1945-09-03';
const HOME_FRONT_WINDOW_END = '1945-05-09';

type CategoryCheck = { met: boolean; steps: ExplanationStep[] };

const categoryClause = (code: HousingCategoryCode): string => HOUSING_CATEGORIES.find((c) => c.code === code)?.clause ?? 'п. 3';

// ≥ 6 months of service / work inside the wartime window (clipped to it), or a USSR award
const wartimeCheck = ({
  code,
  windowEnd,
  rule,
  application,
}: {
  code: HousingCategoryCode;
  windowEnd: LocalDate;
  rule: string;
  application: HousingApplication;
}): ExplanationStep => {
  const details = application.categoryDetails?.[code];
  const award = details?.ussrAward === true;
  const period = details?.wartimePeriod;
  const from = period ? (period.from < WARTIME_START ? WARTIME_START : period.from) : null;
  const to = period ? (period.to > windowEnd ? windowEnd : period.to) : null;
  const length = from !== null && to !== null && from <= to ? periodLength({ from, to }) : null;
  // "не менее шести месяцев": 6 months exactly qualifies
  const enough = length !== null && length.months >= 6;
  return {
    rule,
    clause: categoryClause(code),
    inputs: {
      periodFrom: period ? formatRuDate(period.from) : null,
      periodTo: period ? formatRuDate(period.to) : null,
      countedLength: length ? formatLength(length) : null,
      ussrAward: award,
    },
    result: enough || award,
  };
};

const checkCategory = ({ code, application, person, asOf }: { code: HousingCategoryCode; application: HousingApplication; person: HousingPerson; asOf: LocalDate }): CategoryCheck => {
  const details = application.categoryDetails?.[code] ?? {};
  const clause = categoryClause(code);
  const steps: ExplanationStep[] = [];
  // conditions that decide the category; other steps only show intermediate values (the age of a 60/55 alternative)
  const decisive: ExplanationStep[] = [];
  const condition = (step: ExplanationStep): void => {
    steps.push(step);
    decisive.push(step);
  };
  const age = fullYearsOn({ birthDate: person.birthDate, on: asOf });

  if (code === 'C25_SEMIPALATINSK') {
    // cl. 3(25): "более 25 сЗв" — strictly greater; exactly 25 does not qualify
    const dose = details.doseCSv;
    condition({ rule: 'Суммарная (накопленная) эффективная доза облучения более 25 сЗв (бэр)', clause, inputs: { doseCSv: dose ?? null }, result: dose !== undefined && dose > 25 });
  }
  if (TEN_YEAR_SERVICE_CATEGORIES.includes(code)) {
    // "не менее десяти лет": 10 years 0 months qualifies
    const months = details.serviceYears === undefined ? null : details.serviceYears * 12 + (details.serviceMonths ?? 0);
    condition({
      rule: 'Стаж работы не менее 10 лет',
      clause,
      inputs: { serviceYears: details.serviceYears ?? null, serviceMonths: details.serviceMonths ?? 0 },
      result: months !== null && months >= 120,
    });
  }
  if (AGE_ALTERNATIVE_CATEGORIES.includes(code)) {
    // "достигших возраста 60 и 55 лет (соответственно мужчины и женщины)": reached on the birthday itself
    const threshold = person.sex === 'male' ? 60 : 55;
    const ageReached = age >= threshold;
    steps.push({
      rule: `Возраст не менее ${threshold} лет (${person.sex === 'male' ? 'мужчина' : 'женщина'}) на ${formatRuDate(asOf)}`,
      clause,
      inputs: { birthDate: formatRuDate(person.birthDate), sex: person.sex, age },
      result: ageReached,
    });
    // cl. 3(30): pension age / 60-55 / pension right; the others: retired / 60-55 / pension right ("и (или)")
    const first = code === 'C30_LABOUR_VETERAN' ? details.pensionAgeReached === true : details.retired === true;
    condition({
      rule:
        code === 'C30_LABOUR_VETERAN'
          ? 'Достижение возраста, дающего право на страховую пенсию по старости, и (или) возраста 60/55 лет, и (или) право на страховую пенсию по старости (400-ФЗ)'
          : 'Выход на пенсию, и (или) достижение возраста 60/55 лет, и (или) право на страховую пенсию по старости (400-ФЗ)',
      clause,
      inputs: code === 'C30_LABOUR_VETERAN' ? { pensionAgeReached: first, ageReached, pensionRight: details.pensionRight === true } : { retired: first, ageReached, pensionRight: details.pensionRight === true },
      result: first || ageReached || details.pensionRight === true,
    });
  }
  if (code === 'C29_HOME_FRONT_WORKER')
    condition(
      wartimeCheck({
        code,
        windowEnd: HOME_FRONT_WINDOW_END,
        rule: 'Работа в тылу не менее 6 месяцев в период 22.06.1941–09.05.1945 (кроме временно оккупированных территорий) либо награда СССР за самоотверженный труд',
        application,
      }),
    );
  // A9: in cl. 3(3) the same words describe the excluded group, so C03 gets no 6-month check
  if (code === 'C04_WWII_REAR_SERVICE_DISABLED')
    condition(
      wartimeCheck({
        code,
        windowEnd: SERVICE_WINDOW_END,
        rule: 'Военная служба не менее 6 месяцев в период 22.06.1941–03.09.1945 вне действующей армии либо награда СССР за службу в этот период',
        application,
      }),
    );
  // A9: all disabled persons, plus HIV-infected minors under 18
  if (code === 'C10_DISABLED' && details.hivInfectedMinor === true)
    condition({ rule: 'ВИЧ-инфицированный несовершеннолетний: возраст до 18 лет', clause, inputs: { birthDate: formatRuDate(person.birthDate), age }, result: age < 18 });
  // cl. 3(35): only if the title of cl. 3(34) was not conferred
  if (code === 'C35_MERIT_BADGE_I')
    condition({
      rule: 'Не присвоено звание «Почетный гражданин Свердловской области» (иначе применяется подп. 34 п. 3)',
      clause,
      inputs: { claimsC34: application.categories.includes('C34_HONORARY_CITIZEN_SO') },
      result: !application.categories.includes('C34_HONORARY_CITIZEN_SO'),
    });

  const met = decisive.every((s) => s.result === true);
  const title = HOUSING_CATEGORIES.find((c) => c.code === code)?.title ?? code;
  steps.push({ rule: `Категория ${code}: ${title}`, clause, inputs: { conditionsChecked: decisive.length }, result: met });
  return { met, steps };
};

// Spec §9: category conditions (cl. 3) and the exhaustive refusal grounds (cl. 21). No amount: АСКВ calculates it (A13).
export const evaluateHousing = ({
  application,
  person,
  asOf,
  facts = {},
  submittedOn,
}: {
  application: HousingApplication;
  person: HousingPerson;
  asOf: LocalDate;
  facts?: HousingFacts;
  // the month of submission gives the first payment month (T24)
  submittedOn?: LocalDate;
}): Evaluation => {
  const explanation: ExplanationStep[] = [];
  const grounds: EvaluationGround[] = [];
  const refuse = (code: HousingGroundCode): void => {
    grounds.push({ code, clause: groundClause(code) });
  };

  const metCategories: string[] = [];
  for (const code of application.categories) {
    const check = checkCategory({ code, application, person, asOf });
    explanation.push(...check.steps);
    if (check.met) metCategories.push(code);
  }
  // cl. 21(1): no right to the measure — no claimed category holds, or the D1 answer denies the right
  const hasRight = metCategories.length > 0 && facts.hasRightToMeasure !== false;
  explanation.push({
    rule: 'Право на меру социальной поддержки по оплате жилого помещения и коммунальных услуг: выполнены условия хотя бы одной категории п. 3, право не опровергнуто сведениями D1',
    clause: groundClause('REF_01'),
    inputs: { categoriesMet: metCategories, rightConfirmedByD1: facts.hasRightToMeasure ?? null },
    result: hasRight,
  });
  if (!hasRight) refuse('REF_01');

  // cl. 21(2)
  const otherMeasure = facts.receivesOtherMeasure === true;
  explanation.push({
    rule: 'Заявитель не получает меру социальной поддержки по оплате жилого помещения и коммунальных услуг по иным основаниям',
    clause: groundClause('REF_02'),
    inputs: { receivesOtherMeasure: facts.receivesOtherMeasure ?? null },
    result: !otherMeasure,
  });
  if (otherMeasure) refuse('REF_02');

  // cl. 21(3): a debt is a ground unless a repayment agreement exists and is being kept
  const debtBlocks = facts.debt?.exists === true && facts.debt.agreement !== 'kept';
  explanation.push({
    rule: 'Нет задолженности по оплате жилого помещения и коммунальных услуг либо заключено и выполняется соглашение о ее погашении',
    clause: groundClause('REF_03'),
    inputs: { debtExists: facts.debt?.exists ?? null, agreement: facts.debt?.agreement ?? null },
    result: !debtBlocks,
  });
  if (debtBlocks) refuse('REF_03');

  // cl. 21(4), A22: only for an application at the place of stay
  if (application.place === 'stay') {
    const atResidence = facts.receivesAtResidence === true;
    explanation.push({
      rule: 'При обращении по месту пребывания заявитель не получает компенсацию расходов по месту жительства',
      clause: groundClause('REF_04'),
      inputs: { place: application.place, receivesAtResidence: facts.receivesAtResidence ?? null },
      result: !atResidence,
    });
    if (atResidence) refuse('REF_04');
  }

  const outcome = grounds.length === 0 ? 'grant' : 'refuse';
  if (outcome === 'grant' && submittedOn !== undefined) {
    const month = paymentStartMonth({ submittedOn });
    explanation.push({ rule: 'Выплата производится с месяца, следующего за месяцем подачи заявления', clause: 'п. 14', inputs: { submittedOn: formatRuDate(submittedOn) }, result: month });
    return { outcome, grounds, period: { from: `${month}-01` }, explanation };
  }
  return { outcome, grounds, explanation };
};
