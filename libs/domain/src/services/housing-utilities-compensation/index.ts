// The public API of housing-utilities-compensation (spec housing-utilities-compensation.md). Names that would be
// ambiguous next to another service's are exported with a housing prefix.
export { housingUtilitiesCompensation } from './definition';
export { housingEvaluation, HousingFactsError } from './evaluate';
export { housingApplicationSchema, housingCategoryDetailsSchema, isValidBankAccount, type HousingApplication, type HousingApplicationInput, type HousingCategoryDetails } from './application.schema';
export {
  HOUSING_CATEGORY_CODES,
  HOUSING_CATEGORIES,
  FAMILY_CATEGORIES,
  TEN_YEAR_SERVICE_CATEGORIES,
  AGE_ALTERNATIVE_CATEGORIES,
  RETIRED_CATEGORIES,
  DISABILITY_REQUIRED_CATEGORIES,
  DISABILITY_EXCLUDED_CATEGORIES,
  DECEASED_CATEGORIES,
  HISTORICAL_WINDOWS,
  HISTORICAL_GROUPS,
  type HousingCategoryCode,
  type HistoricalGroup,
  type HistoricalWindow,
} from './categories';
export {
  HOUSING_GROUNDS,
  MFC_CHANNELS as HOUSING_MFC_CHANNELS,
  MFC_REFUSAL_GROUNDS as HOUSING_MFC_REFUSAL_GROUNDS,
  MFC_REFUSAL_DOCUMENTS as HOUSING_MFC_REFUSAL_DOCUMENTS,
  housingGround,
  mfcMissingDocumentsProblem as housingMfcMissingDocumentsProblem,
  type HousingGroundCode,
} from './grounds';
export { HOUSING_INTERAGENCY, INTERAGENCY_CODES as HOUSING_INTERAGENCY_CODES, neededInteragencyData, missingInteragencyData, type InteragencyCode as HousingInteragencyCode } from './interagency';
export {
  evaluateHousing,
  paymentStartMonth,
  paymentDataMonth,
  periodLength,
  HOUSING_RULES_VERSION,
  type HousingFacts,
  type HousingPerson,
} from './eligibility';
export {
  housingFactsSchema,
  housingFamilyMemberSchema,
  housingFactsFromInteragency,
  notEstablishedHousingFacts,
  DISABILITY_STATUSES as HOUSING_DISABILITY_STATUSES,
  FAMILY_RELATIONS as HOUSING_FAMILY_RELATIONS,
  type DisabilityStatus as HousingDisabilityStatus,
  type HousingFamilyMember,
} from './facts.schema';
export {
  parametersOn as housingParametersOn,
  parametersInForceOn as housingParametersInForceOn,
  housingParametersSchema,
  housingParameterSetSchema,
  housingCompensationRuleSchema,
  HousingParametersError,
  HOUSING_CHARGE_BASES,
  HOUSING_ROUNDING,
  type HousingParameters,
  type HousingParameterSet,
  type HousingCompensationRule,
  type HousingChargeBasis,
  type HousingRounding,
} from './parameters';
export { calculateHousingAmount, mostFavourableHousingAmount, type HousingCategoryAmount } from './amount';
export { HOUSING_TEST_PARAMETERS, HOUSING_TEST_PARAMETER_SET } from './parameters.fixtures';
export { housingWorkflow, HOUSING_INITIAL_EVENT } from './workflow';
