import { addMonthsClamped, formatRuDate, fullYearsOn, toUtcMidnight, type LocalDate } from '../../common/local-date';
import { formatRubles } from '../../common/money';
import type { Evaluation, EvaluationGround, ExplanationStep } from '../evaluation';
import type { StoredParameterSet } from '../service-definition';
import { formatMonth, mostFavourableHousingAmount, type CalculationFigure } from './amount';
import type { HousingApplication } from './application.schema';
import {
  AGE_ALTERNATIVE_CATEGORIES,
  DECEASED_CATEGORIES,
  DISABILITY_EXCLUDED_CATEGORIES,
  DISABILITY_REQUIRED_CATEGORIES,
  FAMILY_CATEGORIES,
  HISTORICAL_WINDOWS,
  HOUSING_CATEGORIES,
  RETIRED_CATEGORIES,
  TEN_YEAR_SERVICE_CATEGORIES,
  type HousingCategoryCode,
} from './categories';
import type { HousingFacts, HousingFamilyMember } from './facts.schema';
import { groundClause, type HousingGroundCode } from './grounds';
import { housingParametersSchema, parametersInForceOn } from './parameters';

export type { HousingFacts } from './facts.schema';

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

// Bumped whenever a rule of this file, amount.ts or the categories changes: a stored decision names the rules it used.
export const HOUSING_RULES_VERSION = 'housing-utilities-compensation/sosva-250-2020/r2';

const WARTIME_START = '1941-06-22';
// cl. 3(3), 3(4): service window ends 03.09.1945; cl. 3(29): home-front window ends 09.05.1945
const SERVICE_WINDOW_END = '1945-09-03';
const HOME_FRONT_WINDOW_END = '1945-05-09';
// cl. 3(30): persons equated to labour veterans "по состоянию на 31 декабря 2004 года"
const C30_STATUS_DATE = '2004-12-31';

const DISABILITY_TEXT: Record<string, string> = { I: 'I группа', II: 'II группа', III: 'III группа', CHILD: 'ребенок-инвалид', NONE: 'нет инвалидности' };

type CategoryCheck = { met: boolean; steps: ExplanationStep[] };

const categoryClause = (code: HousingCategoryCode): string => HOUSING_CATEGORIES.find((c) => c.code === code)?.clause ?? 'п. 3';

// Service (work) inside the wartime window, clipped to it: null when no period is given
const wartimeLength = ({ code, windowEnd, application }: { code: HousingCategoryCode; windowEnd: LocalDate; application: HousingApplication }) => {
  const details = application.categoryDetails?.[code];
  const period = details?.wartimePeriod;
  const from = period ? (period.from < WARTIME_START ? WARTIME_START : period.from) : null;
  const to = period ? (period.to > windowEnd ? windowEnd : period.to) : null;
  const length = from !== null && to !== null && from <= to ? periodLength({ from, to }) : null;
  return {
    award: details?.ussrAward === true,
    // "не менее шести месяцев": 6 months exactly is enough
    sixMonths: length !== null && length.months >= 6,
    inputs: {
      periodFrom: period ? formatRuDate(period.from) : null,
      periodTo: period ? formatRuDate(period.to) : null,
      countedLength: length ? formatLength(length) : null,
      ussrAward: details?.ussrAward === true,
    },
  };
};

// ≥ 6 months of service / work inside the wartime window, or a USSR award
const wartimeCheck = ({ code, windowEnd, rule, application }: { code: HousingCategoryCode; windowEnd: LocalDate; rule: string; application: HousingApplication }): ExplanationStep => {
  const w = wartimeLength({ code, windowEnd, application });
  return { rule, clause: categoryClause(code), inputs: w.inputs, result: w.sixMonths || w.award };
};

const isDisabled = (status: string | undefined): boolean => status !== undefined && status !== 'NONE';

// A linked family member: the link must be confirmed (spec §2.3, data model; A12)
const linked = (facts: HousingFacts): HousingFamilyMember[] => (facts.familyMembers ?? []).filter((m) => m.linkEstablished);

const checkCategory = ({
  code,
  application,
  person,
  on,
  facts,
}: {
  code: HousingCategoryCode;
  application: HousingApplication;
  person: HousingPerson;
  // the day the dated conditions are taken on (§9.4 ex. 3: the day of application)
  on: LocalDate;
  facts: HousingFacts;
}): CategoryCheck => {
  const details = application.categoryDetails?.[code] ?? {};
  const clause = categoryClause(code);
  const steps: ExplanationStep[] = [];
  // conditions that decide the category; other steps only show intermediate values (the age of a 60/55 alternative)
  const decisive: ExplanationStep[] = [];
  const condition = (step: ExplanationStep): void => {
    steps.push(step);
    decisive.push(step);
  };
  const age = fullYearsOn({ birthDate: person.birthDate, on });
  const disability = facts.applicantDisability;

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
  // cl. 3(37), 3(39), 3(43), 3(46), 3(49): retired; only an established "not retired" refuses (else D1 decides)
  if (RETIRED_CATEGORIES.includes(code) && details.retired === false)
    condition({ rule: 'Заявитель вышел на пенсию', clause, inputs: { retired: false }, result: false });
  if (AGE_ALTERNATIVE_CATEGORIES.includes(code)) {
    // "достигших возраста 60 и 55 лет (соответственно мужчины и женщины)": reached on the birthday itself
    const threshold = person.sex === 'male' ? 60 : 55;
    const ageReached = age >= threshold;
    steps.push({
      rule: `Возраст не менее ${threshold} лет (${person.sex === 'male' ? 'мужчина' : 'женщина'}) на ${formatRuDate(on)}`,
      clause,
      inputs: { birthDate: formatRuDate(person.birthDate), sex: person.sex, on: formatRuDate(on), age },
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
  // cl. 3(30): "приравненных к ним по состоянию на 31 декабря 2004 года" — the date qualifies the persons equated to
  // labour veterans; a labour veteran's own title has no cut-off (the participle phrase of the text; legal review)
  if (code === 'C30_LABOUR_VETERAN' && details.labourVeteranStatus === 'equated')
    condition({
      rule: 'Лицо, приравненное к ветерану труда, имело этот статус по состоянию на 31.12.2004',
      clause,
      inputs: { labourVeteranStatus: 'equated', statusAcquiredOn: details.statusAcquiredOn ? formatRuDate(details.statusAcquiredOn) : null },
      // not established: left to the D1 answer
      result: details.statusAcquiredOn === undefined || details.statusAcquiredOn <= C30_STATUS_DATE,
    });
  if (code === 'C29_HOME_FRONT_WORKER')
    condition(
      wartimeCheck({
        code,
        windowEnd: HOME_FRONT_WINDOW_END,
        rule: 'Работа в тылу не менее 6 месяцев в период 22.06.1941–09.05.1945 (кроме временно оккупированных территорий) либо награда СССР за самоотверженный труд',
        application,
      }),
    );
  if (code === 'C04_WWII_REAR_SERVICE_DISABLED')
    condition(
      wartimeCheck({
        code,
        windowEnd: SERVICE_WINDOW_END,
        rule: 'Военная служба не менее 6 месяцев в период 22.06.1941–03.09.1945 вне действующей армии либо награда СССР за службу в этот период',
        application,
      }),
    );
  // A9: in cl. 3(3) the 6 months describe the group the sub-item excludes ("кроме"): servicemen who served at least
  // 6 months only in units outside the active army; those awarded USSR orders or medals for that service are read as
  // included (C03B). The 6 months never admit anyone under C03.
  if (code === 'C03_WWII_PARTICIPANT' && details.rearServiceOnly === true) {
    const w = wartimeLength({ code, windowEnd: SERVICE_WINDOW_END, application });
    condition({
      rule: 'Не относится к исключенным из подп. 3 п. 3: военнослужащие, проходившие не менее 6 месяцев службу в частях, не входивших в состав действующей армии, в период 22.06.1941–03.09.1945 (кроме награжденных орденами или медалями СССР за службу в этот период); требует правовой оценки (A9)',
      clause: `${clause}; A9`,
      inputs: { rearServiceOnly: true, ...w.inputs },
      result: !(w.sixMonths && !w.award),
    });
  }
  // A9: all disabled persons, any group, plus HIV-infected minors under 18
  if (code === 'C10_DISABLED') {
    const hiv = details.hivInfectedMinor === true;
    const hivMinor = hiv && age < 18;
    // an HIV claim stands on its own age condition; otherwise a disability not established is left to the D1 answer
    const disabled = disability === undefined ? !hiv : isDisabled(disability);
    condition({
      rule: 'Инвалид (любой группы, A9) либо ВИЧ-инфицированный несовершеннолетний в возрасте до 18 лет',
      clause: `${clause}; A9`,
      inputs: { applicantDisability: disability === undefined ? null : DISABILITY_TEXT[disability], hivInfectedMinor: hiv, birthDate: formatRuDate(person.birthDate), age },
      result: hivMinor || disabled,
    });
  } else if (DISABILITY_REQUIRED_CATEGORIES.includes(code) && disability !== undefined) {
    condition({ rule: 'Заявитель признан инвалидом', clause, inputs: { applicantDisability: DISABILITY_TEXT[disability] }, result: isDisabled(disability) });
  }
  if (DISABILITY_EXCLUDED_CATEGORIES.includes(code) && disability !== undefined)
    condition({
      rule: code === 'C28_BLOCKADE_NOT_DISABLED' ? 'Заявитель не имеет инвалидности (иначе — подп. 7 п. 3)' : 'Увечье или заболевание не повлекли инвалидности',
      clause,
      inputs: { applicantDisability: DISABILITY_TEXT[disability] },
      result: !isDisabled(disability),
    });
  // cl. 3(11): the family raises a disabled child — the child's link and disability, not the applicant's own
  if (code === 'C11_FAMILY_WITH_DISABLED_CHILD') {
    const child = linked(facts).find(
      (m) => m.relation === 'child' && m.deceased !== true && isDisabled(m.disability) && (m.birthDate === undefined ? m.disability === 'CHILD' : fullYearsOn({ birthDate: m.birthDate, on }) < 18),
    );
    condition({
      rule: 'В семье заявителя есть ребенок-инвалид в возрасте до 18 лет, родственная связь с которым подтверждена',
      clause,
      inputs: {
        familyMembersKnown: facts.familyMembers !== undefined,
        linkedMembers: linked(facts).map((m) => `${m.fullName} (${m.relation}${m.disability ? `, ${DISABILITY_TEXT[m.disability]}` : ''})`),
      },
      result: child !== undefined,
    });
  }
  // spec §2.3, data model: a family category needs the link to the deceased, of the category the sub-item names
  if (FAMILY_CATEGORIES.includes(code)) {
    const required = DECEASED_CATEGORIES[code];
    const deceased = linked(facts).filter((m) => m.deceased === true);
    const match = deceased.find((m) => required === undefined || m.categories === undefined || m.categories.some((c) => required.includes(c)));
    condition({
      rule: `Подтверждена родственная связь с умершим (погибшим)${required ? ` из числа лиц, указанных в ${required.map((c) => categoryClause(c)).join(', ')}` : ''}`,
      // A9: the references of cl. 3(17) and 3(24) read as sub-items of cl. 3
      clause: code === 'C17_CHERNOBYL_LIQUIDATOR_FAMILY' || code === 'C24_MAYAK_BREADWINNER_LOSS' ? `${clause}; A9` : clause,
      inputs: { deceasedFullName: details.deceasedFullName ?? null, linkedDeceased: deceased.map((m) => m.fullName), familyMembersKnown: facts.familyMembers !== undefined },
      result: match !== undefined,
    });
  }
  // cl. 3(6): "бывших несовершеннолетних узников" — under 18 when detained
  if (code === 'C06_FORMER_MINOR_PRISONER' && details.detainedOn !== undefined) {
    const ageThen = fullYearsOn({ birthDate: person.birthDate, on: details.detainedOn });
    condition({ rule: 'Несовершеннолетний (до 18 лет) на день помещения в место принудительного содержания', clause, inputs: { birthDate: formatRuDate(person.birthDate), detainedOn: formatRuDate(details.detainedOn), ageThen }, result: ageThen < 18 });
  }
  // cl. 3(31): "совершеннолетних узников" — adult when detained; the forcibly taken civilians "в возрасте старше 18
  // лет" — strictly older than 18 when taken (on the 18th birthday itself one is 18, not older)
  if (code === 'C31_ADULT_NAZI_PRISONER' && details.detentionKind !== undefined && details.detainedOn !== undefined) {
    const eighteenth = addMonthsClamped(person.birthDate, 18 * 12);
    const deported = details.detentionKind === 'deported';
    condition({
      rule: deported ? 'Насильственно вывезен на принудительные работы в возрасте старше 18 лет' : 'Узник мест принудительного содержания — совершеннолетний на день заключения',
      clause,
      inputs: { birthDate: formatRuDate(person.birthDate), detainedOn: formatRuDate(details.detainedOn), ageThen: fullYearsOn({ birthDate: person.birthDate, on: details.detainedOn }) },
      result: deported ? details.detainedOn > eighteenth : details.detainedOn >= eighteenth,
    });
  }
  // cl. 3(35): only if the title of cl. 3(34) was not conferred
  if (code === 'C35_MERIT_BADGE_I')
    condition({
      rule: 'Не присвоено звание «Почетный гражданин Свердловской области» (иначе применяется подп. 34 п. 3)',
      clause,
      inputs: { claimsC34: application.categories.includes('C34_HONORARY_CITIZEN_SO') },
      result: !application.categories.includes('C34_HONORARY_CITIZEN_SO'),
    });
  // spec §9.2: the historical period of the sub-group — the participation falls at least partly within it
  if (details.historicalGroup !== undefined && details.historicalPeriod !== undefined) {
    const window = HISTORICAL_WINDOWS[details.historicalGroup];
    const p = details.historicalPeriod;
    condition({
      rule: window.title,
      clause,
      inputs: { historicalGroup: details.historicalGroup, periodFrom: formatRuDate(p.from), periodTo: formatRuDate(p.to), windowFrom: formatRuDate(window.from), windowTo: formatRuDate(window.to) },
      result: window.category === code && p.from <= window.to && p.to >= window.from,
    });
  }

  const met = decisive.every((s) => s.result === true);
  const title = HOUSING_CATEGORIES.find((c) => c.code === code)?.title ?? code;
  steps.push({ rule: `Категория ${code}: ${title}`, clause, inputs: { conditionsChecked: decisive.length }, result: met });
  return { met, steps };
};

// Spec §9: category conditions (cl. 3), the exhaustive refusal grounds (cl. 21), the first month paid (T24) and, with
// a parameter set in force, the office's own calculation of the amount (A13: АСКВ remains the system of record).
export const evaluateHousing = ({
  application,
  person,
  asOf,
  facts = {},
  submittedOn,
  parameterSets = [],
}: {
  application: HousingApplication;
  person: HousingPerson;
  asOf: LocalDate;
  facts?: HousingFacts;
  // the day of submission (A4): the first payment month (T24), the reference month of D4 (T25), the dated conditions
  submittedOn?: LocalDate;
  parameterSets?: readonly StoredParameterSet[];
}): Evaluation => {
  const explanation: ExplanationStep[] = [];
  const grounds: EvaluationGround[] = [];
  const refuse = (code: HousingGroundCode): void => {
    grounds.push({ code, clause: groundClause(code) });
  };
  // §9.4 ex. 3: "applies on 14.10.2025 → she turns 55 that day" — the conditions hold on the day of application
  const on = submittedOn ?? asOf;

  const metCategories: HousingCategoryCode[] = [];
  for (const code of application.categories) {
    const check = checkCategory({ code, application, person, on, facts });
    explanation.push(...check.steps);
    if (check.met) metCategories.push(code);
  }

  // cl. 3: the applicant lives in Sosva urban district (A22: at the place of stay too)
  const livesHere = facts.livesInDistrict !== false;
  explanation.push({
    rule: 'Заявитель проживает на территории Сосьвинского городского округа (по месту жительства или по месту пребывания, A22)',
    clause: 'п. 3; A22',
    inputs: { livesInDistrict: facts.livesInDistrict ?? null, place: application.place },
    result: livesHere,
  });
  // cl. 21(1): no right to the measure — no claimed category holds, the applicant does not live in the district, or
  // the D1 answer denies the right
  const hasRight = metCategories.length > 0 && livesHere && facts.hasRightToMeasure !== false;
  explanation.push({
    rule: 'Право на меру социальной поддержки по оплате жилого помещения и коммунальных услуг: выполнены условия хотя бы одной категории п. 3, заявитель проживает в округе, право не опровергнуто сведениями D1',
    clause: `${groundClause('REF_01')}; п. 3`,
    inputs: { categoriesMet: metCategories, livesInDistrict: facts.livesInDistrict ?? null, rightConfirmedByD1: facts.hasRightToMeasure ?? null },
    result: hasRight,
  });
  if (!hasRight) refuse('REF_01');

  // cl. 21(2)
  const otherMeasure = facts.receivesOtherMeasure === true;
  explanation.push({
    rule: 'Заявитель не получает меру социальной поддержки по оплате жилого помещения и коммунальных услуг по иным основаниям',
    clause: groundClause('REF_02'),
    inputs: { receivesOtherMeasure: facts.receivesOtherMeasure ?? null, otherMeasure: facts.otherMeasure ?? null },
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

  // cl. 21(4), A22: only for an application at the place of stay; D7 answers it
  if (application.place === 'stay') {
    const atResidence = facts.receivesAtResidence === true;
    explanation.push({
      rule: 'При обращении по месту пребывания заявитель не получает компенсацию расходов по месту жительства (сведения D7)',
      clause: `${groundClause('REF_04')}; подп. 6 п. 18, подп. 7 п. 49; A22`,
      inputs: { place: application.place, receivesAtResidence: facts.receivesAtResidence ?? null },
      result: !atResidence,
    });
    if (atResidence) refuse('REF_04');
  }

  if (grounds.length > 0 || submittedOn === undefined) return { outcome: grounds.length === 0 ? 'grant' : 'refuse', grounds, explanation };

  const month = paymentStartMonth({ submittedOn });
  const from = `${month}-01`;
  explanation.push({ rule: 'Выплата производится с месяца, следующего за месяцем подачи заявления', clause: 'п. 14; A4', inputs: { submittedOn: formatRuDate(submittedOn) }, result: month });
  const granted: Evaluation = { outcome: 'grant', grounds, period: { from }, explanation };

  // §9.3, A13: the parameters in force on the first day paid (as capital repair); none — still a grant, no amount
  const set = parametersInForceOn(parameterSets, from);
  if (set === null) {
    explanation.push({
      rule: `Параметры расчета компенсации, действующие на ${formatRuDate(from)}, не введены: сумма не рассчитана, ее начисляет АСКВ`,
      clause: 'п. 65; A13',
      inputs: { parameterSets: parameterSets.length },
      result: false,
    });
    return granted;
  }
  const values = housingParametersSchema.parse(set.values);
  explanation.push({
    rule: `Параметры расчета, действующие на ${formatRuDate(from)}`,
    clause: 'A13',
    inputs: { act: set.act, validFrom: formatRuDate(set.validFrom), validTo: set.validTo === undefined ? null : formatRuDate(set.validTo) },
    result: set.act,
  });

  // T25: the charges of the month before the month of application (D4) and the registered persons (D3)
  const referenceMonth = paymentDataMonth({ appliedOn: submittedOn });
  const charges = facts.charges;
  const dataReady = charges !== undefined && (charges.month === undefined || charges.month === referenceMonth) && facts.registeredPersons !== undefined;
  explanation.push({
    rule: `Получены сведения о фактически начисленной плате за ${formatMonth(referenceMonth)} — месяц, предшествующий месяцу обращения (D4), и о зарегистрированных в жилом помещении (D3)`,
    clause: 'подп. 3, 4 п. 18, подп. 3, 4 п. 49',
    inputs: { referenceMonth: formatMonth(referenceMonth), chargesMonth: charges?.month ? formatMonth(charges.month) : null, chargesReceived: charges !== undefined, registeredPersons: facts.registeredPersons ?? null },
    result: dataReady,
  });
  if (!dataReady || charges === undefined || facts.registeredPersons === undefined) return granted;

  const { chosen, candidates, step } = mostFavourableHousingAmount({
    categories: metCategories,
    month: charges.month ?? referenceMonth,
    chargedKopecks: charges.chargedKopecks,
    registeredPersons: facts.registeredPersons,
    familyMembersRegistered: facts.familyMembersRegistered,
    parameters: values,
  });
  explanation.push(...chosen.steps);
  if (candidates.length > 1) explanation.push(step);
  explanation.push({
    rule: 'Сумма компенсации рассчитана учреждением по параметрам расчета; специалист сверяет ее с суммой, начисленной в АСКВ, и при организации выплаты вносит сумму АСКВ',
    clause: 'пп. 65, 66; A13',
    inputs: { category: chosen.category, amount: formatRubles(chosen.amountKopecks) },
    result: chosen.amountKopecks,
  });
  const calculation: CalculationFigure[] = [
    ...chosen.calculation,
    { label: 'Выплата с', value: formatRuDate(from) },
    { label: 'Параметры расчета', value: set.act },
  ];
  return {
    ...granted,
    amount: chosen.amountKopecks,
    parameters: { validFrom: set.validFrom, ...(set.validTo === undefined ? {} : { validTo: set.validTo }), act: set.act, values: set.values },
    calculation,
  };
};
