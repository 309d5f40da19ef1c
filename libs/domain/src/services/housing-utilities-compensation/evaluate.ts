import { formatRuDate } from '../../common/local-date';
import type { Evaluation, ExplanationStep } from '../evaluation';
import type { ServiceEvaluation } from '../service-definition';
import type { HousingApplication } from './application.schema';
import { evaluateHousing, HOUSING_RULES_VERSION } from './eligibility';
import { housingFactsFromInteragency, housingFactsSchema, notEstablishedHousingFacts, type HousingFacts } from './facts.schema';

export class HousingFactsError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`Установленные сведения указаны неверно: ${problems.join('; ')}`);
    this.name = 'HousingFactsError';
    this.problems = problems;
  }
}

// The caller validates with factsSchema first (a 400 for the clerk); facts that still fail here are a bug, an exception.
const parseFacts = (facts: unknown): HousingFacts => {
  const parsed = housingFactsSchema.safeParse(facts);
  if (!parsed.success) throw new HousingFactsError(parsed.error.issues.map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message)));
  return parsed.data;
};

// The evaluation contract of the service (ServiceEvaluation): what a clerk asks at the counter and what a decision
// stores — outcome, REF_* grounds with their clauses, the first day paid (T24, A4) and, with a parameter set in force,
// the office's calculation of the monthly amount (A13: checked against АСКВ, overridable at payment setup).
export const housingEvaluation: ServiceEvaluation<HousingApplication, HousingFacts> = {
  rulesVersion: HOUSING_RULES_VERSION,
  factsSchema: housingFactsSchema,
  factsFromInteragency: housingFactsFromInteragency,
  evaluate({ application, applicant, facts, asOf, submittedOn, parameterSets }): Evaluation {
    const established = parseFacts(facts);
    const evaluation = evaluateHousing({ application, person: applicant, facts: established, asOf, submittedOn, parameterSets });
    const dates: ExplanationStep = {
      rule: `Правила применены на ${formatRuDate(asOf)}; условия категорий проверяются на день подачи заявления ${formatRuDate(submittedOn)}`,
      clause: 'п. 14; A4',
      inputs: { asOf: formatRuDate(asOf), submittedOn: formatRuDate(submittedOn), rulesVersion: HOUSING_RULES_VERSION },
      result: formatRuDate(submittedOn),
    };
    const missing = notEstablishedHousingFacts({ facts: established, place: application.place });
    // cl. 18: data not received are not a refusal ground — they are simply not confirmed yet
    const notEstablished: ExplanationStep[] =
      missing.length === 0
        ? []
        : [
            {
              rule: 'Не установлены сведения, которые учитывают правила: до их получения они не подтверждены; непредставление сведений D1–D7 не является основанием для отказа',
              clause: 'п. 18',
              inputs: { notEstablished: missing },
              result: false,
            },
          ];
    return { ...evaluation, explanation: [dates, ...notEstablished, ...evaluation.explanation] };
  },
};
