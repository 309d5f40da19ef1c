import type { LocalDate } from '../common/local-date';
import type { Kopecks } from '../common/money';

// The result of a service's eligibility rules (ARCHITECTURE 3); stored with the decision and printed in it.
export type EvaluationOutcome = 'grant' | 'refuse';

export type EvaluationGround = { code: string; clause: string };

export type ExplanationValue = string | number | boolean | null | string[];

export type ExplanationStep = {
  // the rule in words (Russian, printed in the decision)
  rule: string;
  clause: string;
  inputs: Record<string, ExplanationValue>;
  // true/false for a condition, a number or text for a derived value
  result: boolean | number | string;
};

export type Evaluation = {
  outcome: EvaluationOutcome;
  grounds: EvaluationGround[];
  amount?: Kopecks;
  period?: { from: LocalDate; to?: LocalDate };
  explanation: ExplanationStep[];
};
