import type { HousingParameters, HousingParameterSet } from './parameters';

// TEST FIXTURES, NOT LEGAL VALUES (spec §9.3, A13): the regulation fixes no percentage. The real figures come from
// the federal and Sverdlovsk acts and are stored by the admin as effective-dated parameter sets; never use these in
// a decision.
export const HOUSING_TEST_PARAMETERS: HousingParameters = {
  defaultRule: { percent: 50, basis: 'APPLICANT_SHARE' },
  categoryRules: {
    C11_FAMILY_WITH_DISABLED_CHILD: { percent: 50, basis: 'WHOLE_FAMILY' },
    C34_HONORARY_CITIZEN_SO: { percent: 100, basis: 'APPLICANT_SHARE' },
    C38_RURAL_TEACHER: { percent: 100, basis: 'WHOLE_FAMILY' },
    C30_LABOUR_VETERAN: { percent: 33.33, basis: 'APPLICANT_SHARE' },
  },
  rounding: 'HALF_UP_KOPECKS',
};

// TEST FIXTURE, NOT A LEGAL ACT
export const HOUSING_TEST_PARAMETER_SET: HousingParameterSet = {
  validFrom: '2025-01-01',
  act: 'Тестовый набор параметров (не является правовым актом)',
  values: HOUSING_TEST_PARAMETERS,
};
