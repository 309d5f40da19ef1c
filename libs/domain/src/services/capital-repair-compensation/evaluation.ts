import { formatRuDate } from '../../common/local-date';
import type { Evaluation, ExplanationStep } from '../evaluation';
import type { ServiceEvaluation } from '../service-definition';
import type { CapitalRepairApplication } from './application.schema';
import { evaluateCapitalRepair } from './eligibility';
import { capitalRepairFactsSchema, completeCapitalRepairFacts, type CapitalRepairEstablishedFacts } from './facts.schema';

// Changes whenever a rule of §9 changes (eligibility, category selection, amount, reading of absent facts), so that a
// stored decision says which rules it was taken under.
export const CAPITAL_REPAIR_RULES_VERSION = 'nk-1553-2024/1';

// a withdrawal or a lapsed wait refuses without examining the right: nothing else is missing then
const PROCEDURAL_GROUNDS: readonly string[] = ['REF-09', 'REF-10', 'REF-11'];

export class CapitalRepairFactsError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`Сведения для проверки права на компенсацию указаны неверно: ${problems.join('; ')}`);
    this.name = 'CapitalRepairFactsError';
    this.problems = problems;
  }
}

// The caller validates with factsSchema first (a 400 for the clerk); facts that still fail here are a bug, an exception.
const parseFacts = (facts: unknown): CapitalRepairEstablishedFacts => {
  const parsed = capitalRepairFactsSchema.safeParse(facts);
  if (!parsed.success) throw new CapitalRepairFactsError(parsed.error.issues.map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message)));
  return parsed.data;
};

type Answers = Readonly<Record<string, Record<string, unknown>>>;

const yesNo = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
// addresses of two registers compared as text: case, «ё», spaces and punctuation aside
const sameAddress = (a: string, b: string): boolean => {
  const norm = (s: string): string => s.toLowerCase().replace(/ё/g, 'е').replace(/[\s.,;:«»"'№-]+/g, '');
  return norm(a) === norm(b);
};
// 2.2: the body serves Neftekumsk municipal district (the town and the settlements of the «Нефтекумский» district)
const IN_TERRITORY = /нефтекумск/i;
const IN_KRAI = /ставропольский\s+край/i;

// The facts the answers of MV-3 (ЕГРН), MV-10 (ГУ МВД) and MV-9 (ГИС ЖКХ) establish. Only what an answer says plainly:
// an address that merely fails to match sets nothing, so the clerk decides (I-22, I-24); MV-5/MV-6 have no agreed
// answer form and are left to the clerk.
export const capitalRepairFactsFromInteragency = (answers: Answers): Partial<CapitalRepairEstablishedFacts> => {
  const facts: Partial<CapitalRepairEstablishedFacts> = {};
  const egrn = answers['MV-3'];
  const mvd = answers['MV-10'];
  const gis = answers['MV-9'];
  const dwellingAddress = text(egrn?.['address']);
  if (egrn) {
    const owner = yesNo(egrn['owner']);
    const apartmentBuilding = yesNo(egrn['apartmentBuilding']);
    const inKrai = yesNo(egrn['inStavropolKrai']) ?? (dwellingAddress !== undefined && IN_KRAI.test(dwellingAddress) ? true : undefined);
    if (owner !== undefined) facts.owner = owner;
    if (apartmentBuilding !== undefined) facts.apartmentBuilding = apartmentBuilding;
    if (inKrai !== undefined) facts.inStavropolKrai = inKrai;
  }
  if (mvd) {
    const registered = yesNo(mvd['registeredAtResidence']);
    const address = text(mvd['address']);
    if (registered === false) facts.registration = { inTerritory: false, atDwellingAddress: false };
    if (registered === true && address !== undefined) {
      const registration = {
        ...(IN_TERRITORY.test(address) ? { inTerritory: true } : {}),
        ...(dwellingAddress !== undefined && sameAddress(address, dwellingAddress) ? { atDwellingAddress: true } : {}),
      };
      if (Object.keys(registration).length > 0) facts.registration = registration;
    }
  }
  if (gis) {
    // 2.6.2: the request asks exactly for a court-confirmed debt formed over no more than the last 3 years (I-23)
    const debt = yesNo(gis['courtConfirmedDebt']);
    if (debt === false) facts.courtDebt = { exists: false, formedWithinLast3Years: false };
    if (debt === true) facts.courtDebt = { exists: true, formedWithinLast3Years: yesNo(gis['formedWithinLast3Years']) ?? true };
  }
  return facts;
};

// ServiceEvaluation of the service: §9.1 E1–E9, the category of §9.1, the amount of §9.4 from the stored parameter sets.
// The reference date of the age checks is the registration date (I-19): facts.registeredOn, else the day of submission
// (the same day for an application in person, 2.11). The period starts on facts.paymentFrom, else on the first day of
// the month of that date (I-26).
export const capitalRepairEvaluation: ServiceEvaluation<CapitalRepairApplication, CapitalRepairEstablishedFacts> = {
  rulesVersion: CAPITAL_REPAIR_RULES_VERSION,
  factsSchema: capitalRepairFactsSchema,
  factsFromInteragency(answers) {
    return capitalRepairFactsFromInteragency(answers);
  },
  evaluate({ application, applicant, facts, asOf, submittedOn, registeredOn, parameterSets }): Evaluation {
    const { facts: complete, notEstablished } = completeCapitalRepairFacts(parseFacts(facts));
    // a date the clerk states wins over the case's own registration date
    const registered = complete.registeredOn ?? registeredOn;
    const referenceDate = registered ?? submittedOn;
    const { suggestedCategory: _category, ...evaluation } = evaluateCapitalRepair({ application, applicant, facts: complete, referenceDate, parameters: parameterSets, periodFrom: complete.paymentFrom });
    const dates: ExplanationStep = {
      rule: `Правила применены на ${formatRuDate(asOf)}; возраст и состав семьи проверяются на дату регистрации заявления ${formatRuDate(referenceDate)}`,
      clause: 'п. 2.11; I-19',
      inputs: {
        asOf: formatRuDate(asOf),
        submittedOn: formatRuDate(submittedOn),
        registeredOn: registered === undefined ? null : formatRuDate(registered),
        rulesVersion: CAPITAL_REPAIR_RULES_VERSION,
      },
      result: formatRuDate(referenceDate),
    };
    const procedural = evaluation.grounds.some((g) => PROCEDURAL_GROUNDS.includes(g.code));
    const missing: ExplanationStep[] =
      notEstablished.length === 0 || procedural
        ? []
        : [
            {
              rule: 'Не установлены сведения, необходимые для проверки права: они считаются неподтвержденными. Непоступление ответа на межведомственный запрос не является основанием для отказа — продлите срок принятия решения (EXT-02) или получите сведения',
              clause: 'пп. 2.4, 3.2.3',
              inputs: { notEstablished },
              result: false,
            },
          ];
    return { ...evaluation, explanation: [dates, ...missing, ...evaluation.explanation] };
  },
};
