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
  // monthly amount, integer kopecks, when granted
  amount?: Kopecks;
  period?: { from: LocalDate; to?: LocalDate };
  explanation: ExplanationStep[];
  // the parameter set the amount was calculated with (its act and values), so the decision can be re-derived
  parameters?: { validFrom: LocalDate; validTo?: LocalDate; act: string; values: unknown };
  // the figures a decision form prints in its calculation table (App 3 of capital repair: area, standard, share…),
  // as label → value in the order printed
  calculation?: { label: string; value: string }[];
};

// A draft decision other than the rules' result: another outcome, or a refusal on other grounds. The engine takes it
// only with a stated reason, and the console asks for one before sending.
export const draftDeviates = ({ ruled, outcome, groundCodes }: { ruled: Pick<Evaluation, 'outcome' | 'grounds'>; outcome: EvaluationOutcome; groundCodes: readonly string[] }): boolean => {
  if (ruled.outcome !== outcome) return true;
  if (outcome === 'grant') return false;
  const sorted = (codes: readonly string[]): string => [...codes].sort().join(',');
  return sorted(ruled.grounds.map((g) => g.code)) !== sorted(groundCodes);
};

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// The clerk's facts over those the interagency answers establish, group by group: confirming one field of a group
// (registration at the dwelling's address) keeps the other fields the answers gave (registration in the territory).
export const mergeFacts = (derived: Readonly<Record<string, unknown>>, given: Readonly<Record<string, unknown>>): Record<string, unknown> => {
  const merged: Record<string, unknown> = { ...derived };
  for (const [k, v] of Object.entries(given)) {
    const under = merged[k];
    merged[k] = isPlainObject(v) && isPlainObject(under) ? mergeFacts(under, v) : v;
  }
  return merged;
};
