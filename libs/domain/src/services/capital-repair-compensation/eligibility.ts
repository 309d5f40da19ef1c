import { formatRuDate, fullYearsOn, type LocalDate } from '../../common/local-date';
import type { Evaluation, EvaluationGround, ExplanationStep } from '../evaluation';
import { calculateCapitalRepairAmount } from './amount';
import type { CapitalRepairApplication, HouseholdMember } from './application.schema';
import { CAPITAL_REPAIR_CATEGORIES, categoryAge, isFamilyCategory, type CapitalRepairCategoryCode } from './categories';
import { CAPITAL_REPAIR_GROUNDS, capitalRepairGround } from './grounds';
import { parametersOn, type CapitalRepairParameterSet } from './parameters';

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
  // E8, MV-9 (GIS ЖКХ), I-23
  courtDebt: { exists: boolean; formedWithinLast3Years: boolean };
  // E9
  documentsComplete: boolean;
  documentsReliable: boolean;
  // 2.6.2, I-46: the disability document asked for after an empty ЕЦП answer was not brought within 20 working days
  disabilityDocumentMissing?: boolean;
};

export type CapitalRepairApplicant = { birthDate: LocalDate; sex: 'male' | 'female' };

// null: no category of 1.2 fits the applicant's age and household on the reference date
export type CapitalRepairEvaluation = Evaluation & { suggestedCategory: CapitalRepairCategoryCode | null };

type RefusalCode = 'REF-01' | 'REF-02' | 'REF-03' | 'REF-04' | 'REF-05' | 'REF-06' | 'REF-07' | 'REF-08';

// I-26: the text gives no rule for the start of payment. Default: the month the application was registered,
// to be confirmed by the legal owner; the clerk may set another month in the decision.
export const capitalRepairPaymentStart = ({ registeredOn }: { registeredOn: LocalDate }): string => registeredOn.slice(0, 7);

const categoryTitle = (code: CapitalRepairCategoryCode): string => CAPITAL_REPAIR_CATEGORIES.find((c) => c.code === code)?.title ?? code;

// E4 for one co-registered member (I-21): non-working and (men ≥ 60 / women ≥ 55, the 31.12.2018 rule, always below the
// 400-FZ art. 8 age) or disability group I/II; group III does not qualify
type MemberCheck = { qualifies: boolean; qualifiesIfDisabilityConfirmed: boolean; step: ExplanationStep };

const checkMember = ({ member, referenceDate, disabilityDocumentMissing }: { member: HouseholdMember; referenceDate: LocalDate; disabilityDocumentMissing: boolean }): MemberCheck => {
  const age = fullYearsOn({ birthDate: member.birthDate, on: referenceDate });
  const threshold = member.sex === 'male' ? 60 : 55;
  const pensionAge = age >= threshold;
  const disabledI_II = member.disabilityGroup === 'I' || member.disabilityGroup === 'II';
  // I-46: the disability document matters only for a member who is not of pension age
  const disabilityConfirmed = disabledI_II && !(disabilityDocumentMissing && !pensionAge);
  const qualifies = !member.working && (pensionAge || disabilityConfirmed);
  return {
    qualifies,
    qualifiesIfDisabilityConfirmed: !member.working && (pensionAge || disabledI_II),
    step: {
      rule: `Член семьи ${member.fullName}: не работает и достиг возраста ${threshold} лет (${member.sex === 'male' ? 'мужчина' : 'женщина'}) на ${formatRuDate(referenceDate)} либо является инвалидом I или II группы`,
      clause: 'п. 1.2; I-21; I-22',
      inputs: {
        birthDate: formatRuDate(member.birthDate),
        sex: member.sex,
        age,
        working: member.working,
        disabilityGroup: member.disabilityGroup ?? null,
        ...(disabledI_II && !pensionAge && disabilityDocumentMissing ? { disabilityDocumentMissing: true } : {}),
      },
      result: qualifies,
    },
  };
};

// Spec §9.1 E1–E9 and the amount of §9.4. Age and family status are taken on the reference date, the registration
// date of the application (I-19). Every failed check adds its ground once; every check adds a step.
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
  parameters?: readonly CapitalRepairParameterSet[];
  // I-26: the clerk's start of payment; default — the first day of the month of registration
  periodFrom?: LocalDate;
}): CapitalRepairEvaluation => {
  const explanation: ExplanationStep[] = [];
  const failed = new Set<RefusalCode>();
  const check = (step: ExplanationStep & { result: boolean }, ground: RefusalCode): void => {
    explanation.push(step);
    if (!step.result) failed.add(ground);
  };

  // E1
  check({ rule: 'Заявитель является собственником жилого помещения (всего помещения или доли в праве)', clause: 'п. 1.2; п. 3.2.4', inputs: { owner: facts.owner }, result: facts.owner }, 'REF-02');

  // E2, I-47
  check(
    {
      rule: 'Жилое помещение находится в многоквартирном доме, расположенном на территории Ставропольского края',
      clause: 'п. 1.2; п. 3.2.4; I-47',
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

  // E3, I-19, I-47: inclusive threshold on the registration date
  const age = fullYearsOn({ birthDate: applicant.birthDate, on: referenceDate });
  const requiredAge = categoryAge(application.category);
  check(
    {
      rule: `Заявитель достиг возраста ${requiredAge} лет на дату регистрации заявления ${formatRuDate(referenceDate)} (категория ${application.category})`,
      clause: 'п. 1.2; п. 3.2.4; I-19; I-47',
      inputs: { birthDate: formatRuDate(applicant.birthDate), age, category: application.category },
      result: age >= requiredAge,
    },
    'REF-01',
  );

  // E4, I-20, I-21, I-22, I-47
  const members = application.householdMembers;
  const disabilityDocumentMissing = facts.disabilityDocumentMissing === true;
  const memberChecks = members.map((member) => checkMember({ member, referenceDate, disabilityDocumentMissing }));
  explanation.push(...memberChecks.map((m) => m.step));
  const applicantNonWorking = !application.applicantWorking;
  const familyMet = members.length > 0 && applicantNonWorking && memberChecks.every((m) => m.qualifies);
  const aloneMet = members.length === 0 && applicantNonWorking;
  const family = isFamilyCategory(application.category);
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
  const failsBeyondDisabilityDocument = family ? !(members.length > 0 && applicantNonWorking && memberChecks.every((m) => m.qualifiesIfDisabilityConfirmed)) : !aloneMet;
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

  // E8, I-23: only a debt confirmed by a court act in force and formed over no more than the last 3 years
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

  // §9.1 last line: the best category the applicant's age and household satisfy
  const ageGroup = age >= 80 ? 'A80' : age >= 70 ? 'A70' : null;
  const householdKind = members.length === 0 ? (aloneMet ? 'ALONE' : null) : familyMet ? 'FAMILY' : null;
  const suggestedCategory = ageGroup !== null && householdKind !== null ? (`${ageGroup}_${householdKind}` as CapitalRepairCategoryCode) : null;
  if (suggestedCategory !== null && suggestedCategory !== application.category)
    explanation.push({
      rule:
        categoryAge(suggestedCategory) > requiredAge
          ? `Заявитель достиг возраста 80 лет: рекомендуется категория ${suggestedCategory} (${categoryTitle(suggestedCategory)}) с большим размером льготы`
          : `Условиям соответствует категория ${suggestedCategory} (${categoryTitle(suggestedCategory)})`,
      clause: 'п. 1.2; п. 2.6.1; I-19; I-22',
      inputs: { age, category: application.category, householdMembers: members.length },
      result: suggestedCategory,
    });

  const order = CAPITAL_REPAIR_GROUNDS.map((g) => g.code);
  const grounds: EvaluationGround[] = [...failed]
    .sort((a, b) => order.indexOf(a) - order.indexOf(b))
    .map((code) => ({ code, clause: capitalRepairGround(code)?.clause ?? 'п. 3.2.4' }));

  if (grounds.length > 0) return { outcome: 'refuse', grounds, explanation, suggestedCategory };

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

  const set = parametersOn(parameters, from);
  explanation.push({
    rule: `Параметры расчета, действующие на ${formatRuDate(from)}`,
    clause: 'прил. 3; I-25',
    inputs: { act: set.act, validFrom: formatRuDate(set.validFrom), validTo: set.validTo === undefined ? null : formatRuDate(set.validTo) },
    result: set.act,
  });
  const amount = calculateCapitalRepairAmount({
    totalAreaM2: application.dwelling.totalAreaM2,
    share: application.dwelling.ownershipShare,
    householdSize: 1 + members.length,
    hasLift: application.dwelling.hasLift,
    ageGroup: requiredAge,
    parameters: set.values,
  });
  explanation.push(...amount.steps);
  return { outcome: 'grant', grounds, amount: amount.amountKopecks, period: { from }, explanation, suggestedCategory };
};
