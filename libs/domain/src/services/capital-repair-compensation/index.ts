// The public API of capital-repair-compensation (spec capital-repair-compensation.md). Names that would be ambiguous
// next to another service's are exported with a capital-repair prefix.
export { capitalRepairCompensation } from './definition';
export { capitalRepairEvaluation, capitalRepairFactsFromInteragency, CAPITAL_REPAIR_RULES_VERSION, CapitalRepairFactsError } from './evaluation';
export { capitalRepairFactsSchema, completeCapitalRepairFacts, type CapitalRepairEstablishedFacts, type CapitalRepairFactsInput } from './facts.schema';
export {
  capitalRepairApplicationSchema,
  householdMemberSchema,
  CAPITAL_REPAIR_DELIVERY,
  type CapitalRepairApplication,
  type CapitalRepairApplicationInput,
  type HouseholdMember,
} from './application.schema';
export { CAPITAL_REPAIR_CATEGORY_CODES, CAPITAL_REPAIR_CATEGORIES, categoryAge, isFamilyCategory, type CapitalRepairCategoryCode } from './categories';
export { CAPITAL_REPAIR_INTERAGENCY, CAPITAL_REPAIR_INTERAGENCY_CODES, neededCapitalRepairData, type CapitalRepairInteragencyCode } from './interagency';
export {
  CAPITAL_REPAIR_GROUNDS,
  capitalRepairGround,
  PORTAL_CHANNELS as CAPITAL_REPAIR_PORTAL_CHANNELS,
  CAPITAL_REPAIR_NOT_CONSIDERED,
  CAPITAL_REPAIR_CHANGE_EVENTS,
  CAPITAL_REPAIR_CHANGE_REPORT,
  type CapitalRepairChangeCode,
} from './grounds';
export {
  CAPITAL_REPAIR_VARIANTS,
  CAPITAL_REPAIR_VARIANT_CODES,
  CAPITAL_REPAIR_CHANNEL_CODES,
  capitalRepairVariant,
  type CapitalRepairVariant,
  type CapitalRepairVariantCode,
  type CapitalRepairChannelCode,
} from './variants';
export { capitalRepairWorkflow, CAPITAL_REPAIR_INITIAL_EVENT } from './workflow';
export { calculateCapitalRepairAmount, capitalRepairCalculationFigures, type CapitalRepairAmount, type CapitalRepairCalculationRow } from './amount';
export {
  evaluateCapitalRepair,
  capitalRepairPaymentStart,
  capitalRepairCategoryFor,
  type CapitalRepairFacts,
  type CapitalRepairApplicant,
  type CapitalRepairEvaluation,
} from './eligibility';
export {
  parametersOn as capitalRepairParametersOn,
  capitalRepairParametersSchema,
  capitalRepairParameterSetSchema,
  capitalRepairParameterValues,
  CapitalRepairParametersError,
  AREA_BASIS_STRATEGIES,
  CAPITAL_REPAIR_ROUNDING,
  type CapitalRepairParameters,
  type CapitalRepairParameterSet,
  type AreaBasisStrategy,
  type CapitalRepairRounding,
} from './parameters';
export { CAPITAL_REPAIR_TEST_PARAMETERS } from './parameters.fixtures';
export {
  PENSION_AGE_2018 as CAPITAL_REPAIR_PENSION_AGE_2018,
  pensionAge2018 as capitalRepairPensionAge2018,
  pensionAge400FZ as capitalRepairPensionAge400FZ,
  checkPensionAge as checkCapitalRepairPensionAge,
  type PensionAge as CapitalRepairPensionAge,
  type PensionAgeCheck as CapitalRepairPensionAgeCheck,
} from './pension-age';
export { CAPITAL_REPAIR_SAMPLE_APPLICATION } from './application.fixtures';
