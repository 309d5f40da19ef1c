export * from './common/local-date';
export * from './common/money';
export * from './common/roles';
export * from './terms/term-definition';
export * from './workflow/workflow';
export * from './services/service-definition';
export * from './auth/login.schema';
export * from './persons/person.schema';
export * from './calendar/calendar-api.schema';
export * from './cases/case-api.schema';
export * from './cases/notice-delivery';
export * from './common/query-params';
export * from './calendar/calendar-year';
export * from './calendar/calendar-xml';
export * from './calendar/production-calendar';
export * from './terms/compute-due';
export * from './terms/term-status';
export * from './terms/term-clock';
export * from './terms/receipt-date';
export * from './persons/snils';
export * from './services/evaluation';
export * from './services/registry';
export { housingUtilitiesCompensation } from './services/housing-utilities-compensation/definition';
export { housingApplicationSchema, housingCategoryDetailsSchema, isValidBankAccount, type HousingApplication, type HousingApplicationInput, type HousingCategoryDetails } from './services/housing-utilities-compensation/application.schema';
export { HOUSING_CATEGORY_CODES, type HousingCategoryCode } from './services/housing-utilities-compensation/categories';
export { evaluateHousing, paymentStartMonth, paymentDataMonth, type HousingFacts, type HousingPerson } from './services/housing-utilities-compensation/eligibility';
export { neededInteragencyData, missingInteragencyData } from './services/housing-utilities-compensation/interagency';
export { housingWorkflow } from './services/housing-utilities-compensation/workflow';
export * from './complaints';
export * from './intake';
export * from './sla';
export * from './audit';
export {
  capitalRepairApplicationSchema,
  householdMemberSchema,
  CAPITAL_REPAIR_DELIVERY,
  type CapitalRepairApplication,
  type CapitalRepairApplicationInput,
  type HouseholdMember,
} from './services/capital-repair-compensation/application.schema';
export { CAPITAL_REPAIR_CATEGORY_CODES, CAPITAL_REPAIR_CATEGORIES, categoryAge, isFamilyCategory, type CapitalRepairCategoryCode } from './services/capital-repair-compensation/categories';
export { CAPITAL_REPAIR_INTERAGENCY, CAPITAL_REPAIR_INTERAGENCY_CODES, neededCapitalRepairData, type CapitalRepairInteragencyCode } from './services/capital-repair-compensation/interagency';
export { CAPITAL_REPAIR_GROUNDS, capitalRepairGround } from './services/capital-repair-compensation/grounds';
export { capitalRepairCompensation } from './services/capital-repair-compensation/definition';
export { capitalRepairWorkflow } from './services/capital-repair-compensation/workflow';
export { calculateCapitalRepairAmount, type CapitalRepairAmount } from './services/capital-repair-compensation/amount';
export { evaluateCapitalRepair, capitalRepairPaymentStart, type CapitalRepairFacts, type CapitalRepairApplicant, type CapitalRepairEvaluation } from './services/capital-repair-compensation/eligibility';
export {
  parametersOn as capitalRepairParametersOn,
  capitalRepairParametersSchema,
  capitalRepairParameterSetSchema,
  CapitalRepairParametersError,
  AREA_BASIS_STRATEGIES,
  CAPITAL_REPAIR_ROUNDING,
  type CapitalRepairParameters,
  type CapitalRepairParameterSet,
  type AreaBasisStrategy,
  type CapitalRepairRounding,
} from './services/capital-repair-compensation/parameters';
export * from './persons/personal-file';
export * from './payments';
export { CAPITAL_REPAIR_TEST_PARAMETERS } from './services/capital-repair-compensation/parameters.fixtures';
