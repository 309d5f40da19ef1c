import { addMonthsClamped, formatRuDate, fullYearsOn, type LocalDate } from '../../common/local-date';
import type { Evaluation, EvaluationGround, ExplanationStep } from '../evaluation';
import type { StoredParameterSet } from '../service-definition';
import { calculateCapitalRepairAmount, capitalRepairCalculationFigures } from './amount';
import type { CapitalRepairApplication, HouseholdMember } from './application.schema';
import { CAPITAL_REPAIR_CATEGORIES, type CapitalRepairCategoryCode } from './categories';
import { CAPITAL_REPAIR_GROUNDS, capitalRepairGround } from './grounds';
import { capitalRepairParameterValues, CapitalRepairParametersError, parametersOn } from './parameters';
import { checkPensionAge } from './pension-age';

// What the interagency answers (MV-*) and the clerk established for the checks of spec §9.1.
export type CapitalRepairFacts = {
  // E1, MV-3 (ЕГРН) or title documents: the applicant owns the dwelling, whole or a share
  owner: boolean;
  // E2, MV-3 and the application: the dwelling is in an apartment building located in Stavropol krai
  apartmentBuilding: boolean;
  inStavropolKrai: boolean;
  // E5, E6, MV-10: registration at the place of residence in the body's territory and at the dwelling's address
  registration: { inTerritory: boolean; atDwellingAddress: boolean };
  // E7, I-24, I-47: App 1 declaration, АС АСП, MV-5/MV-6
  otherSupport: {
    // another measure (federal, other-region or Stavropol law) that includes this compensation
    receivesMeasureIncludingCompensation: boolean;
    // this compensation is already paid for another dwelling or under another category
    alreadyCompensatedForAnotherDwellingOrCategory: boolean;
  };
  // E8, MV-9 (GIS ЖКХ), I-23: an unpaid debt confirmed by a court act in force, and whether it formed over no more than
  // the last 3 years (DL-46); only both together refuse
  courtDebt: { exists: boolean; formedWithinLast3Years: boolean };
  // E9: false when the body found the documents incomplete or the information unreliable
  documentsComplete: boolean;
  documentsReliable: boolean;
  // 2.6.2, I-46: the disability document asked for after an empty ЕЦП answer was not brought within 20 working days
  disabilityDocumentMissing?: boolean;
  // 2.6.1, 3.2.1.1, I-04: the documents of the missing-documents notice were not brought within the wait (DL-15)
  missingDocumentsNotBrought?: boolean;
  // 2.14.2, I-12: the portal applicant did not come with the documents within 10 working days of registration (DL-07)
  portalDocumentsNotBrought?: boolean;
  // 3.3.1, I-36: the application was withdrawn before the decision (V2)
  withdrawn?: boolean;
  // I-19: the registration date of the application, the reference date of the age checks; absent: the day of submission
  registeredOn?: LocalDate;
  // I-26: the first day of payment the clerk set; absent: the first day of the month of the reference date
  paymentFrom?: LocalDate;
};

export type CapitalRepairApplicant = { birthDate: LocalDate; sex: 'male' | 'female' };

// null: no category of 1.2 fits the applicant's age and household on the reference date
export type CapitalRepairEvaluation = Evaluation & { suggestedCategory: CapitalRepairCategoryCode | null };

type RefusalCode = 'REF-01' | 'REF-02' | 'REF-03' | 'REF-04' | 'REF-05' | 'REF-06' | 'REF-07' | 'REF-08' | 'REF-09' | 'REF-10' | 'REF-11';

// I-26: the text gives no rule for the start of payment. Default: the month the application was registered,
// to be confirmed by the legal owner; the clerk may set another month in the decision.
export const capitalRepairPaymentStart = ({ registeredOn }: { registeredOn: LocalDate }): string => registeredOn.slice(0, 7);

const categoryTitle = (code: CapitalRepairCategoryCode): string => CAPITAL_REPAIR_CATEGORIES.find((c) => c.code === code)?.title ?? code;

const groundOf = (code: RefusalCode): EvaluationGround => ({ code, clause: capitalRepairGround(code)?.clause ?? 'п. 3.2.4' });

// §9.1 "Category selection" (I-19, I-22): 80 or more on the reference date → A80_*, else 70 or more → A70_*; no
// co-registered persons → *_ALONE, otherwise *_FAMILY. Thresholds are inclusive («достигший возраста»). null: under 70.
export const capitalRepairCategoryFor = ({ birthDate, referenceDate, householdMembers }: { birthDate: LocalDate; referenceDate: LocalDate; householdMembers: number }): CapitalRepairCategoryCode | null => {
  const age = fullYearsOn({ birthDate, on: referenceDate });
  const group = age >= 80 ? 'A80' : age >= 70 ? 'A70' : null;
  if (group === null) return null;
  return `${group}_${householdMembers === 0 ? 'ALONE' : 'FAMILY'}`;
};

// E4 for one co-registered member (I-21): non-working and (the 400-FZ art. 8 pension age, or men ≥ 60 / women ≥ 55 by
// the law in force on 31.12.2018, or disability group I/II); group III does not qualify
type MemberCheck = { qualifies: boolean; qualifiesIfDisabilityConfirmed: boolean; step: ExplanationStep };

const checkMember = ({ member, referenceDate, disabilityDocumentMissing }: { member: HouseholdMember; referenceDate: LocalDate; disabilityDocumentMissing: boolean }): MemberCheck => {
  const age = fullYearsOn({ birthDate: member.birthDate, on: referenceDate });
  const pension = checkPensionAge({ birthDate: member.birthDate, sex: member.sex, on: referenceDate });
  const pensionAge = pension.reached;
  const disabledI_II = member.disabilityGroup === 'I' || member.disabilityGroup === 'II';
  // I-46: the disability document matters only for a member who is not of pension age
  const disabilityConfirmed = disabledI_II && !(disabilityDocumentMissing && !pensionAge);
  const qualifies = !member.working && (pensionAge || disabilityConfirmed);
  return {
    qualifies,
    qualifiesIfDisabilityConfirmed: !member.working && (pensionAge || disabledI_II),
    step: {
      rule: `Член семьи ${member.fullName}: не работает и на ${formatRuDate(referenceDate)} достиг пенсионного возраста по ст. 8 Федерального закона № 400-ФЗ (${pension.age400FZ.years} лет) либо возраста ${pension.age2018.years} лет (${member.sex === 'male' ? 'мужчина' : 'женщина'}) по законодательству, действовавшему на 31.12.2018, либо является инвалидом I или II группы`,
      clause: 'п. 1.2; I-21; I-22',
      inputs: {
        birthDate: formatRuDate(member.birthDate),
        sex: member.sex,
        age,
        pensionAge400FZ: pension.age400FZ.years,
        pensionAge400FZReachedOn: formatRuDate(pension.age400FZ.reachedOn),
        reachedPensionAge400FZ: pension.reached400FZ,
        reachedPensionAge2018: pension.reached2018,
        working: member.working,
        disabilityGroup: member.disabilityGroup ?? null,
        ...(disabledI_II && !pensionAge && disabilityDocumentMissing ? { disabilityDocumentMissing: true } : {}),
      },
      result: qualifies,
    },
  };
};

// 2.6.1, 2.14.2, 3.3.1: a procedural refusal drafted when a waiting term lapsed or the application was withdrawn; the
// right itself is not examined (the workflow's draft names this one ground only, I-36)
const PROCEDURAL: { fact: 'withdrawn' | 'portalDocumentsNotBrought' | 'missingDocumentsNotBrought'; code: RefusalCode; rule: string; clause: string }[] = [
  { fact: 'withdrawn', code: 'REF-11', rule: 'Заявление отозвано заявителем до принятия решения (вариант 2): решение об отказе в назначении', clause: 'пп. 2.3.1, 3.3.1; I-36' },
  {
    fact: 'portalDocumentsNotBrought',
    code: 'REF-10',
    rule: 'Заявитель, подавший заявление через портал, не представил документы в течение 10 рабочих дней со дня регистрации заявления',
    clause: 'п. 2.14.2; I-12; I-41',
  },
  {
    fact: 'missingDocumentsNotBrought',
    code: 'REF-09',
    rule: 'Документы, указанные в уведомлении о перечне недостающих документов, не представлены в течение 20 рабочих дней со дня его направления',
    clause: 'пп. 2.6.1, 3.2.1.1; I-04',
  },
];

type AmountPart = Pick<Evaluation, 'amount' | 'parameters' | 'calculation'> & { steps: ExplanationStep[] };

// §9.3–§9.4 with the set in force on the first day of payment. No set, two sets with one start, or a set whose values
// are wrong is an outcome without an amount and a step that says why, not an exception.
const amountPart = ({ application, from, householdSize, ageGroup, parameters }: { application: CapitalRepairApplication; from: LocalDate; householdSize: number; ageGroup: 70 | 80; parameters: readonly StoredParameterSet[] }): AmountPart => {
  let stored: StoredParameterSet;
  try {
    stored = parametersOn(parameters, from);
  } catch (error) {
    if (!(error instanceof CapitalRepairParametersError)) throw error;
    return {
      steps: [
        {
          rule: `Параметры расчета (тариф, стандарт площади, размер льготы), действующие на ${formatRuDate(from)}: размер компенсации не рассчитан — внесите действующий набор параметров`,
          clause: 'прил. 3; I-25',
          inputs: { date: formatRuDate(from), storedSets: parameters.length, problem: error.message },
          result: false,
        },
      ],
    };
  }
  const inForce = { act: stored.act, validFrom: formatRuDate(stored.validFrom), validTo: stored.validTo === undefined ? null : formatRuDate(stored.validTo) };
  const checked = capitalRepairParameterValues(stored.values);
  if (!checked.ok)
    return {
      steps: [
        {
          rule: `Набор параметров расчета, действующий на ${formatRuDate(from)}, заполнен с ошибками: размер компенсации не рассчитан — исправьте набор параметров`,
          clause: 'прил. 3; I-25',
          inputs: { ...inForce, problems: checked.problems },
          result: false,
        },
      ],
    };
  const amount = calculateCapitalRepairAmount({
    totalAreaM2: application.dwelling.totalAreaM2,
    share: application.dwelling.ownershipShare,
    householdSize,
    hasLift: application.dwelling.hasLift,
    ageGroup,
    parameters: checked.values,
  });
  const calculation = capitalRepairCalculationFigures({ amount, totalAreaM2: application.dwelling.totalAreaM2, householdSize, share: application.dwelling.ownershipShare });
  return {
    amount: amount.amountKopecks,
    parameters: { validFrom: stored.validFrom, ...(stored.validTo === undefined ? {} : { validTo: stored.validTo }), act: stored.act, values: checked.values },
    calculation,
    steps: [
      { rule: `Параметры расчета, действующие на ${formatRuDate(from)}`, clause: 'прил. 3; I-25', inputs: inForce, result: stored.act },
      ...amount.steps,
      {
        rule: 'Данные для расчета и расчет компенсации, как в решении о назначении (прил. 3)',
        clause: 'прил. 3, 5; I-25; I-43',
        inputs: Object.fromEntries(calculation.map((r) => [r.label, r.value])),
        result: amount.amountKopecks,
      },
    ],
  };
};

// Spec §9.1 E1–E9 and the amount of §9.4. Age and family status are taken on the reference date, the registration
// date of the application (I-19). Every failed check adds its ground once; every check adds a step. The category is
// the one §9.1 selects by age and household; the one ticked in App 1 is reported next to it.
export const evaluateCapitalRepair = ({
  application,
  applicant,
  facts,
  referenceDate,
  parameters,
  periodFrom,
}: {
  application: CapitalRepairApplication;
  applicant: CapitalRepairApplicant;
  facts: CapitalRepairFacts;
  referenceDate: LocalDate;
  // effective-dated sets (§9.3); the set in force on the first day of payment is used
  parameters?: readonly StoredParameterSet[];
  // I-26: the clerk's start of payment; default — the first day of the month of registration
  periodFrom?: LocalDate;
}): CapitalRepairEvaluation => {
  const explanation: ExplanationStep[] = [];
  const failed = new Set<RefusalCode>();
  const check = (step: ExplanationStep & { result: boolean }, ground: RefusalCode): void => {
    explanation.push(step);
    if (!step.result) failed.add(ground);
  };
  const members = application.householdMembers;

  for (const p of PROCEDURAL) {
    if (facts[p.fact] !== true) continue;
    const step: ExplanationStep = { rule: p.rule, clause: p.clause, inputs: { [p.fact]: true }, result: true };
    return { outcome: 'refuse', grounds: [groundOf(p.code)], explanation: [step], suggestedCategory: null };
  }

  // E1
  check({ rule: 'Заявитель является собственником жилого помещения (всего помещения или доли в праве)', clause: 'п. 1.2; п. 3.2.4', inputs: { owner: facts.owner }, result: facts.owner }, 'REF-02');

  // E2, I-47
  check(
    {
      rule: 'Жилое помещение находится в многоквартирном доме, расположенном на территории Ставропольского края',
      clause: 'п. 1.2; I-47',
      inputs: {
        apartmentBuilding: facts.apartmentBuilding,
        inStavropolKrai: facts.inStavropolKrai,
        declaredApartmentBuilding: application.dwelling.apartmentBuilding,
        declaredInStavropolKrai: application.dwelling.inStavropolKrai,
      },
      result: facts.apartmentBuilding && facts.inStavropolKrai,
    },
    'REF-01',
  );

  // E3, I-19, I-47: inclusive thresholds on the registration date; 70 opens the A70 categories, 80 the A80 ones
  const age = fullYearsOn({ birthDate: applicant.birthDate, on: referenceDate });
  check(
    {
      rule: `Заявитель достиг возраста 70 лет на дату регистрации заявления ${formatRuDate(referenceDate)}`,
      clause: 'п. 1.2; п. 3.2.4; I-19; I-47',
      inputs: { birthDate: formatRuDate(applicant.birthDate), age, category: application.category },
      result: age >= 70,
    },
    'REF-01',
  );
  const eightieth = addMonthsClamped(applicant.birthDate, 80 * 12);
  const ageGroup: 70 | 80 = age >= 80 ? 80 : 70;
  if (age >= 70)
    explanation.push({
      rule: `Заявитель достиг возраста 80 лет на дату регистрации заявления ${formatRuDate(referenceDate)}: категория ${ageGroup === 80 ? 'A80_*' : 'A70_*'}`,
      clause: 'п. 1.2; I-19',
      inputs: { age, eightiethBirthday: formatRuDate(eightieth) },
      result: ageGroup === 80,
    });

  // E4, I-20, I-21, I-22, I-47
  const disabilityDocumentMissing = facts.disabilityDocumentMissing === true;
  const memberChecks = members.map((member) => checkMember({ member, referenceDate, disabilityDocumentMissing }));
  explanation.push(...memberChecks.map((m) => m.step));
  const applicantNonWorking = !application.applicantWorking;
  const familyMet = members.length > 0 && applicantNonWorking && memberChecks.every((m) => m.qualifies);
  const aloneMet = members.length === 0 && applicantNonWorking;
  const family = members.length > 0;
  const householdMet = family ? familyMet : aloneMet;
  explanation.push({
    rule: family
      ? 'Заявитель не работает и проживает в составе семьи, состоящей только из совместно зарегистрированных неработающих граждан пенсионного возраста и (или) неработающих инвалидов I и (или) II группы'
      : 'Заявитель проживает одиноко (совместно зарегистрированных по месту жительства нет) и не работает',
    clause: family ? 'п. 1.2; п. 3.2.4; I-20; I-21; I-22; I-47' : 'п. 1.2; п. 3.2.4; I-22; I-47',
    inputs: {
      applicantWorking: application.applicantWorking,
      householdMembers: members.length,
      ...(family ? { membersQualifying: memberChecks.filter((m) => m.qualifies).length } : {}),
      // I-22: place-of-stay registrants are recorded; the clerk decides on them
      stayRegistrants: application.stayRegistrantsCount,
    },
    result: householdMet,
  });
  // a member who fails only because the disability document was not brought is a REF-08 case, not REF-01 (2.6.2)
  const failsBeyondDisabilityDocument = family ? !(applicantNonWorking && memberChecks.every((m) => m.qualifiesIfDisabilityConfirmed)) : !aloneMet;
  if (!householdMet && failsBeyondDisabilityDocument) failed.add('REF-01');

  // REF-08: 2.6.2, I-46
  if (facts.disabilityDocumentMissing !== undefined)
    check(
      {
        rule: 'Документ, подтверждающий инвалидность I или II группы члена семьи, представлен в течение 20 рабочих дней со дня направления уведомления',
        clause: 'п. 2.6.2; I-46',
        inputs: { disabilityDocumentMissing },
        result: !disabilityDocumentMissing,
      },
      'REF-08',
    );

  // E5: the competent body is the one at the registration at the place of residence (2.2, I-13)
  check(
    { rule: 'Заявитель зарегистрирован по месту жительства на территории, обслуживаемой органом соцзащиты', clause: 'п. 2.2; п. 3.2.4; I-13', inputs: { inTerritory: facts.registration.inTerritory }, result: facts.registration.inTerritory },
    'REF-03',
  );
  // E6
  check(
    {
      rule: 'Заявитель зарегистрирован по месту жительства по адресу жилого помещения, по которому заявлена компенсация',
      clause: 'п. 3.2.4',
      inputs: { atDwellingAddress: facts.registration.atDwellingAddress, dwellingAddress: application.dwelling.address, registrationAddress: application.registrationAddress },
      result: facts.registration.atDwellingAddress,
    },
    'REF-04',
  );

  // E7, I-24, I-47
  check(
    {
      rule: 'Заявитель не получает меры социальной поддержки, включающие компенсацию взноса на капитальный ремонт, и компенсация не предоставляется ему по другому жилому помещению или другой льготной категории',
      clause: 'п. 3.2.4; прил. 1; I-24; I-47',
      inputs: {
        receivesMeasureIncludingCompensation: facts.otherSupport.receivesMeasureIncludingCompensation,
        alreadyCompensatedForAnotherDwellingOrCategory: facts.otherSupport.alreadyCompensatedForAnotherDwellingOrCategory,
        declaredOtherSupport: application.otherSupport.receives,
        arrivedFrom: application.arrivedFrom,
      },
      result: !facts.otherSupport.receivesMeasureIncludingCompensation && !facts.otherSupport.alreadyCompensatedForAnotherDwellingOrCategory,
    },
    'REF-05',
  );

  // E8, I-23, DL-46: only a debt confirmed by a court act in force and formed over no more than the last 3 years
  check(
    {
      rule: 'Нет задолженности по уплате взноса на капитальный ремонт, подтвержденной вступившим в законную силу судебным актом и образовавшейся не более чем за три последних года',
      clause: 'п. 2.6.2; п. 3.2.4; I-23',
      inputs: { courtDebtExists: facts.courtDebt.exists, formedWithinLast3Years: facts.courtDebt.formedWithinLast3Years },
      result: !(facts.courtDebt.exists && facts.courtDebt.formedWithinLast3Years),
    },
    'REF-06',
  );

  // E9
  check(
    {
      rule: 'Документы представлены в полном объеме и не содержат недостоверных сведений',
      clause: 'п. 3.2.4',
      inputs: { documentsComplete: facts.documentsComplete, documentsReliable: facts.documentsReliable },
      result: facts.documentsComplete && facts.documentsReliable,
    },
    'REF-07',
  );

  // §9.1 category selection: the category whose conditions the applicant meets on the reference date
  const selected = capitalRepairCategoryFor({ birthDate: applicant.birthDate, referenceDate, householdMembers: members.length });
  const suggestedCategory = selected !== null && householdMet ? selected : null;
  if (suggestedCategory !== null)
    explanation.push({
      rule:
        suggestedCategory === application.category
          ? `Категория ${suggestedCategory} (${categoryTitle(suggestedCategory)}) соответствует возрасту на дату регистрации и составу семьи`
          : `В заявлении указана категория ${application.category}; по возрасту на дату регистрации и составу семьи применяется категория ${suggestedCategory} (${categoryTitle(suggestedCategory)})`,
      clause: 'п. 1.2; п. 2.6.1; I-19; I-22',
      inputs: { age, declaredCategory: application.category, householdMembers: members.length },
      result: suggestedCategory,
    });

  const order = CAPITAL_REPAIR_GROUNDS.map((g) => g.code);
  const grounds: EvaluationGround[] = [...failed].sort((a, b) => order.indexOf(a) - order.indexOf(b)).map(groundOf);

  if (grounds.length > 0) return { outcome: 'refuse', grounds, explanation, suggestedCategory };

  // I-19: turning 80 while receiving is not reported by the recipient (2.6.1): the system opens a review then
  if (ageGroup === 70)
    explanation.push({
      rule: `Возраст 80 лет будет достигнут ${formatRuDate(eightieth)}: категория пересматривается на A80_* без заявления получателя (дата нового размера устанавливается специалистом)`,
      clause: 'п. 2.6.1; I-19',
      inputs: { birthDate: formatRuDate(applicant.birthDate) },
      result: formatRuDate(eightieth),
    });

  const from = periodFrom ?? `${capitalRepairPaymentStart({ registeredOn: referenceDate })}-01`;
  explanation.push({
    rule:
      periodFrom === undefined
        ? 'Компенсация назначается с месяца регистрации заявления (правило по умолчанию: в тексте регламента срок не установлен, специалист может указать иную дату)'
        : 'Компенсация назначается с даты, указанной специалистом (в тексте регламента срок не установлен)',
    clause: 'прил. 3; прил. 5; I-26',
    inputs: { registeredOn: formatRuDate(referenceDate) },
    result: formatRuDate(from),
  });

  if (parameters === undefined) return { outcome: 'grant', grounds, period: { from }, explanation, suggestedCategory };

  const { steps, ...amount } = amountPart({ application, from, householdSize: 1 + members.length, ageGroup, parameters });
  explanation.push(...steps);
  return { outcome: 'grant', grounds, ...amount, period: { from }, explanation, suggestedCategory };
};
