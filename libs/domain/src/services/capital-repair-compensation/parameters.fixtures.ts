import type { CapitalRepairParameters } from './parameters';

// Spec §9.5: TEST FIXTURES, NOT LEGAL VALUES (I-25). The real figures come from the Stavropol acts and are stored
// by the admin as effective-dated parameter sets; never use these in a decision.
export const CAPITAL_REPAIR_TEST_PARAMETERS: CapitalRepairParameters = {
  contributionRateKopecksPerM2: { withLift: 12_00, withoutLift: 10_00 },
  areaStandardM2: { one: 33, two: 42, threeOrMore: 54 },
  benefitPercent: { age70: 50, age80: 100 },
  areaBasisStrategy: 'WHOLE_STANDARD',
  rounding: 'HALF_UP_KOPECKS',
};
