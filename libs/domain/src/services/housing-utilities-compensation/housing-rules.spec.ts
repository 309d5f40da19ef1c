import { computeDue } from '../../terms/compute-due';
import { advanceClocks, type TermClock } from '../../terms/term-clock';
import type { Evaluation } from '../evaluation';
import type { StoredParameterSet } from '../service-definition';
import { calculateHousingAmount, mostFavourableHousingAmount } from './amount';
import { housingApplicationSchema, type HousingApplication, type HousingApplicationInput } from './application.schema';
import { housingUtilitiesCompensation as service } from './definition';
import { HOUSING_RULES_VERSION, type HousingPerson } from './eligibility';
import { housingEvaluation } from './evaluate';
import { housingFactsFromInteragency, housingFactsSchema, type HousingFacts } from './facts.schema';
import { HousingParametersError, housingParametersSchema, parametersOn, type HousingParameters, type HousingParameterSet } from './parameters';
import { HOUSING_TEST_PARAMETERS as FIXTURE, HOUSING_TEST_PARAMETER_SET } from './parameters.fixtures';
import { seedCalendar } from '../../../test/seed-calendar';

const calendar = seedCalendar([2025, 2026]);
const ZONE = 'Asia/Yekaterinburg';

const VALID_BANK = { kind: 'bank' as const, bankName: 'ПАО «Банк»', bik: '049805746', account: '40602810700000000025' };

const application = (overrides: Partial<HousingApplicationInput> = {}): HousingApplication =>
  housingApplicationSchema.parse({
    categories: ['C01_WAR_DISABLED'],
    applicantStatus: 'citizen',
    identityDocumentKind: 'passport',
    place: 'residence',
    heating: { centralHeating: true, gasSupply: true },
    paymentMethod: VALID_BANK,
    resultDelivery: 'paper',
    ...overrides,
  });

const woman = (birthDate: string): HousingPerson => ({ birthDate, sex: 'female' });
const man = (birthDate: string): HousingPerson => ({ birthDate, sex: 'male' });
const ADULT = woman('1950-01-01');
const SUBMITTED = '2025-10-10';

const evaluate = ({
  overrides = {},
  person = ADULT,
  facts = {},
  asOf = SUBMITTED,
  submittedOn = SUBMITTED,
  sets = [],
}: {
  overrides?: Partial<HousingApplicationInput>;
  person?: HousingPerson;
  facts?: HousingFacts;
  asOf?: string;
  submittedOn?: string;
  sets?: readonly StoredParameterSet[];
}): Evaluation => housingEvaluation.evaluate({ application: application(overrides), applicant: person, facts, asOf, submittedOn, parameterSets: sets });

const child = (over: Partial<NonNullable<HousingFacts['familyMembers']>[number]> = {}) => ({ fullName: 'Иванов Петр Иванович', relation: 'child' as const, linkEstablished: true, birthDate: '2015-05-05', disability: 'CHILD' as const, ...over });
const deceased = (categories: HousingApplicationInput['categories']) => ({ fullName: 'Иванов Иван Петрович', relation: 'spouse' as const, linkEstablished: true, deceased: true, categories });

describe('housing-utilities-compensation: evaluation contract over the spec (§2.3, §9.1, §9.2, §9.4)', () => {
  type Row = [name: string, args: Parameters<typeof evaluate>[0], outcome: 'grant' | 'refuse', grounds: string[]];
  const rows: Row[] = [
    // §9.4 example 1
    ['should refuse REF_01 when the C25 dose is exactly 25.0 cSv', { overrides: { categories: ['C25_SEMIPALATINSK'], categoryDetails: { C25_SEMIPALATINSK: { doseCSv: 25.0 } } } }, 'refuse', ['REF_01']],
    ['should grant when the C25 dose is 25.4 cSv', { overrides: { categories: ['C25_SEMIPALATINSK'], categoryDetails: { C25_SEMIPALATINSK: { doseCSv: 25.4 } } } }, 'grant', []],
    // §9.4 example 2, and another ≥ 10-year category
    ['should grant C39 when the service is 10 years 0 months', { overrides: { categories: ['C39_RURAL_TEACHER_RETIREE'], categoryDetails: { C39_RURAL_TEACHER_RETIREE: { serviceYears: 10, serviceMonths: 0 } } } }, 'grant', []],
    ['should refuse C39 when the service is 9 years 11 months', { overrides: { categories: ['C39_RURAL_TEACHER_RETIREE'], categoryDetails: { C39_RURAL_TEACHER_RETIREE: { serviceYears: 9, serviceMonths: 11 } } } }, 'refuse', ['REF_01']],
    [
      'should refuse C52 when the service is 9 years 11 months though the man is 60',
      { overrides: { categories: ['C52_RURAL_VETERINARY_RETIREE_AGE'], categoryDetails: { C52_RURAL_VETERINARY_RETIREE_AGE: { serviceYears: 9, serviceMonths: 11 } } }, person: man('1960-01-01') },
      'refuse',
      ['REF_01'],
    ],
    // §9.4 example 3: the age on the day of application
    ['should grant C30 when a woman born 14.10.1970 applies on 14.10.2025', { overrides: { categories: ['C30_LABOUR_VETERAN'] }, person: woman('1970-10-14'), submittedOn: '2025-10-14', asOf: '2025-10-20' }, 'grant', []],
    ['should refuse C30 when the same woman applied on 13.10.2025 even if decided after her birthday', { overrides: { categories: ['C30_LABOUR_VETERAN'] }, person: woman('1970-10-14'), submittedOn: '2025-10-13', asOf: '2025-10-20' }, 'refuse', ['REF_01']],
    ['should refuse C30 when a man born 20.03.1966 is 59 on 10.10.2025 with no other alternative', { overrides: { categories: ['C30_LABOUR_VETERAN'] }, person: man('1966-03-20') }, 'refuse', ['REF_01']],
    ['should grant C30 when that man has the pension right under 400-FZ', { overrides: { categories: ['C30_LABOUR_VETERAN'], categoryDetails: { C30_LABOUR_VETERAN: { pensionRight: true } } }, person: man('1966-03-20') }, 'grant', []],
    // cl. 3(30): persons equated to labour veterans as of 31.12.2004
    [
      'should grant C30 to a person equated to a labour veteran on 31.12.2004',
      { overrides: { categories: ['C30_LABOUR_VETERAN'], categoryDetails: { C30_LABOUR_VETERAN: { pensionAgeReached: true, labourVeteranStatus: 'equated', statusAcquiredOn: '2004-12-31' } } } },
      'grant',
      [],
    ],
    [
      'should refuse C30 to a person equated to a labour veteran only on 01.01.2005',
      { overrides: { categories: ['C30_LABOUR_VETERAN'], categoryDetails: { C30_LABOUR_VETERAN: { pensionAgeReached: true, labourVeteranStatus: 'equated', statusAcquiredOn: '2005-01-01' } } } },
      'refuse',
      ['REF_01'],
    ],
    [
      'should grant C30 to a labour veteran whose title dates from 2010',
      { overrides: { categories: ['C30_LABOUR_VETERAN'], categoryDetails: { C30_LABOUR_VETERAN: { pensionAgeReached: true, labourVeteranStatus: 'veteran', statusAcquiredOn: '2010-03-12' } } } },
      'grant',
      [],
    ],
    // §9.4 example 4
    ['should grant C29 when the work lasted 01.11.1944–09.05.1945 (6 months 8 days)', { overrides: { categories: ['C29_HOME_FRONT_WORKER'], categoryDetails: { C29_HOME_FRONT_WORKER: { wartimePeriod: { from: '1944-11-01', to: '1945-05-09' } } } } }, 'grant', []],
    ['should refuse C29 when the work lasted 15.11.1944–09.05.1945 (5 months 24 days)', { overrides: { categories: ['C29_HOME_FRONT_WORKER'], categoryDetails: { C29_HOME_FRONT_WORKER: { wartimePeriod: { from: '1944-11-15', to: '1945-05-09' } } } } }, 'refuse', ['REF_01']],
    // cl. 3(4): the service window ends on 03.09.1945
    [
      'should grant C04 when the rear service lasted 01.03.1945–03.09.1945',
      { overrides: { categories: ['C04_WWII_REAR_SERVICE_DISABLED'], categoryDetails: { C04_WWII_REAR_SERVICE_DISABLED: { wartimePeriod: { from: '1945-03-01', to: '1945-12-31' } } } } },
      'grant',
      [],
    ],
    [
      'should refuse C04 when the rear service inside the window lasted 5 months 24 days',
      { overrides: { categories: ['C04_WWII_REAR_SERVICE_DISABLED'], categoryDetails: { C04_WWII_REAR_SERVICE_DISABLED: { wartimePeriod: { from: '1945-03-10', to: '1945-12-31' } } } } },
      'refuse',
      ['REF_01'],
    ],
    // A9: the 6 months of cl. 3(3) describe the excluded group
    [
      'should refuse C03 when the serviceman served 6 months and more only outside the active army without an award',
      { overrides: { categories: ['C03_WWII_PARTICIPANT'], categoryDetails: { C03_WWII_PARTICIPANT: { rearServiceOnly: true, wartimePeriod: { from: '1943-01-01', to: '1945-09-03' } } } } },
      'refuse',
      ['REF_01'],
    ],
    [
      'should grant C03 when such a serviceman was awarded a USSR medal for that service (A9, C03B)',
      { overrides: { categories: ['C03_WWII_PARTICIPANT'], categoryDetails: { C03_WWII_PARTICIPANT: { rearServiceOnly: true, wartimePeriod: { from: '1943-01-01', to: '1945-09-03' }, ussrAward: true } } } },
      'grant',
      [],
    ],
    ['should grant C03 to a WWII participant with no rear-service exclusion', { overrides: { categories: ['C03_WWII_PARTICIPANT'] } }, 'grant', []],
    [
      'should refuse C39 when the teacher is established not to have retired',
      { overrides: { categories: ['C39_RURAL_TEACHER_RETIREE'], categoryDetails: { C39_RURAL_TEACHER_RETIREE: { serviceYears: 25, retired: false } } } },
      'refuse',
      ['REF_01'],
    ],
    // cl. 3(6): a minor when detained
    ['should grant C06 when detained at 17', { overrides: { categories: ['C06_FORMER_MINOR_PRISONER'], categoryDetails: { C06_FORMER_MINOR_PRISONER: { detainedOn: '1943-02-28' } } }, person: woman('1925-03-01') }, 'grant', []],
    ['should refuse C06 when detained on the 18th birthday', { overrides: { categories: ['C06_FORMER_MINOR_PRISONER'], categoryDetails: { C06_FORMER_MINOR_PRISONER: { detainedOn: '1943-03-01' } } }, person: woman('1925-03-01') }, 'refuse', ['REF_01']],
    // cl. 3(31): older than 18 when taken
    [
      'should refuse C31 when the civilian was taken on the 18th birthday',
      { overrides: { categories: ['C31_ADULT_NAZI_PRISONER'], categoryDetails: { C31_ADULT_NAZI_PRISONER: { detentionKind: 'deported', detainedOn: '1943-03-01' } } }, person: woman('1925-03-01') },
      'refuse',
      ['REF_01'],
    ],
    [
      'should grant C31 when the civilian was taken the day after the 18th birthday',
      { overrides: { categories: ['C31_ADULT_NAZI_PRISONER'], categoryDetails: { C31_ADULT_NAZI_PRISONER: { detentionKind: 'deported', detainedOn: '1943-03-02' } } }, person: woman('1925-03-01') },
      'grant',
      [],
    ],
    [
      'should grant C31 when a prisoner was imprisoned on the 18th birthday, being of age',
      { overrides: { categories: ['C31_ADULT_NAZI_PRISONER'], categoryDetails: { C31_ADULT_NAZI_PRISONER: { detentionKind: 'prisoner', detainedOn: '1943-03-01' } } }, person: woman('1925-03-01') },
      'grant',
      [],
    ],
    // C10 (A9): every disabled person, any group, plus HIV-infected minors under 18
    ['should grant C10 when the applicant has a group III disability', { overrides: { categories: ['C10_DISABLED'] }, facts: { applicantDisability: 'III' } }, 'grant', []],
    [
      'should refuse C10 when only the applicant’s spouse has a group III disability',
      { overrides: { categories: ['C10_DISABLED'] }, facts: { applicantDisability: 'NONE', familyMembers: [{ fullName: 'Иванов Иван Петрович', relation: 'spouse', linkEstablished: true, disability: 'III' }] } },
      'refuse',
      ['REF_01'],
    ],
    ['should grant C10 to an HIV-infected minor aged 17', { overrides: { categories: ['C10_DISABLED'], categoryDetails: { C10_DISABLED: { hivInfectedMinor: true } } }, person: woman('2008-01-10') }, 'grant', []],
    // cl. 3(11): the family's disabled child, with the link
    ['should grant C11 when a linked child under 18 is a disabled child', { overrides: { categories: ['C11_FAMILY_WITH_DISABLED_CHILD'] }, facts: { familyMembers: [child()] } }, 'grant', []],
    [
      'should refuse C11 when the disabled family member is an adult son with group III',
      { overrides: { categories: ['C11_FAMILY_WITH_DISABLED_CHILD'] }, facts: { familyMembers: [child({ birthDate: '1995-01-01', disability: 'III' })] } },
      'refuse',
      ['REF_01'],
    ],
    ['should refuse C11 when the link to the disabled child is not confirmed', { overrides: { categories: ['C11_FAMILY_WITH_DISABLED_CHILD'] }, facts: { familyMembers: [child({ linkEstablished: false })] } }, 'refuse', ['REF_01']],
    // family categories: the link to the deceased of the category the sub-item names (A9: cl. 3(14) for C17)
    [
      'should grant C17 when the linked deceased husband was a Chernobyl liquidator (C14)',
      { overrides: { categories: ['C17_CHERNOBYL_LIQUIDATOR_FAMILY'], categoryDetails: { C17_CHERNOBYL_LIQUIDATOR_FAMILY: { deceasedFullName: 'Иванов Иван Петрович' } } }, facts: { familyMembers: [deceased(['C14_CHERNOBYL_LIQUIDATOR'])] } },
      'grant',
      [],
    ],
    [
      'should refuse C17 when the deceased belonged to another category',
      { overrides: { categories: ['C17_CHERNOBYL_LIQUIDATOR_FAMILY'], categoryDetails: { C17_CHERNOBYL_LIQUIDATOR_FAMILY: { deceasedFullName: 'Иванов Иван Петрович' } } }, facts: { familyMembers: [deceased(['C26_SPECIAL_RISK_UNIT'])] } },
      'refuse',
      ['REF_01'],
    ],
    ['should refuse C53 when no link to a deceased person is established', { overrides: { categories: ['C53_FAMILY_OF_DECEASED_RURAL_WORKER'], categoryDetails: { C53_FAMILY_OF_DECEASED_RURAL_WORKER: { deceasedFullName: 'Петров Петр' } } } }, 'refuse', ['REF_01']],
    // disability the category requires or excludes
    ['should refuse C28 when the blockade badge holder is disabled (then cl. 3(7))', { overrides: { categories: ['C28_BLOCKADE_NOT_DISABLED'] }, facts: { applicantDisability: 'II' } }, 'refuse', ['REF_01']],
    ['should refuse C07 when the blockade badge holder has no disability', { overrides: { categories: ['C07_BLOCKADE_DISABLED'] }, facts: { applicantDisability: 'NONE' } }, 'refuse', ['REF_01']],
    // historical periods of §9.2
    [
      'should grant C14 when the work on the Shelter object was in 1989',
      { overrides: { categories: ['C14_CHERNOBYL_LIQUIDATOR'], categoryDetails: { C14_CHERNOBYL_LIQUIDATOR: { historicalGroup: 'C14_SHELTER', historicalPeriod: { from: '1989-03-01', to: '1989-08-31' } } } } },
      'grant',
      [],
    ],
    [
      'should refuse C14 when the work on the Shelter object began in 1991',
      { overrides: { categories: ['C14_CHERNOBYL_LIQUIDATOR'], categoryDetails: { C14_CHERNOBYL_LIQUIDATOR: { historicalGroup: 'C14_SHELTER', historicalPeriod: { from: '1991-01-01', to: '1992-12-31' } } } } },
      'refuse',
      ['REF_01'],
    ],
    [
      'should refuse C14 for medics who served after 30.06.1986',
      { overrides: { categories: ['C14_CHERNOBYL_LIQUIDATOR'], categoryDetails: { C14_CHERNOBYL_LIQUIDATOR: { historicalGroup: 'C14_MEDICAL', historicalPeriod: { from: '1986-07-01', to: '1986-09-30' } } } } },
      'refuse',
      ['REF_01'],
    ],
    [
      'should grant C05 for the Dagestan self-defence units in September 1999',
      { overrides: { categories: ['C05_COMBAT_VETERAN'], categoryDetails: { C05_COMBAT_VETERAN: { historicalGroup: 'C05_DAGESTAN', historicalPeriod: { from: '1999-09-05', to: '1999-09-20' } } } } },
      'grant',
      [],
    ],
    [
      'should refuse C05 for minesweeping that began on 01.01.1958',
      { overrides: { categories: ['C05_COMBAT_VETERAN'], categoryDetails: { C05_COMBAT_VETERAN: { historicalGroup: 'C05_MINESWEEPING', historicalPeriod: { from: '1958-01-01', to: '1958-06-30' } } } } },
      'refuse',
      ['REF_01'],
    ],
    [
      'should refuse C15 when the evacuation was in 1987',
      { overrides: { categories: ['C15_CHERNOBYL_EVACUEE'], categoryDetails: { C15_CHERNOBYL_EVACUEE: { historicalGroup: 'C15_EVACUATION_1986', historicalPeriod: { from: '1987-02-01', to: '1987-02-01' } } } } },
      'refuse',
      ['REF_01'],
    ],
    [
      'should grant C22 for protective works along the Techa in 1956',
      { overrides: { categories: ['C22_MAYAK_LIQUIDATOR'], categoryDetails: { C22_MAYAK_LIQUIDATOR: { historicalGroup: 'C22_TECHA_1949_1956', historicalPeriod: { from: '1956-05-01', to: '1957-04-30' } } } } },
      'grant',
      [],
    ],
    [
      'should refuse C23 for a serviceman evacuated in 1958',
      { overrides: { categories: ['C23_MAYAK_EVACUEE'], categoryDetails: { C23_MAYAK_EVACUEE: { historicalGroup: 'C23_MILITARY_1957', historicalPeriod: { from: '1958-01-10', to: '1958-01-10' } } } } },
      'refuse',
      ['REF_01'],
    ],
    // cl. 3: lives in the district; cl. 21 grounds
    ['should refuse REF_01 when the applicant does not live in Sosva urban district', { facts: { livesInDistrict: false } }, 'refuse', ['REF_01']],
    ['should refuse REF_02 when a housing measure is received on another ground', { facts: { receivesOtherMeasure: true, otherMeasure: 'ЕДК как ветерану труда' } }, 'refuse', ['REF_02']],
    ['should refuse REF_03 when the debt has no repayment agreement', { facts: { debt: { exists: true, agreement: 'none' } } }, 'refuse', ['REF_03']],
    ['should refuse REF_03 when the repayment agreement is broken', { facts: { debt: { exists: true, agreement: 'broken' } } }, 'refuse', ['REF_03']],
    ['should grant when the debt is covered by a repayment agreement being kept', { facts: { debt: { exists: true, agreement: 'kept' } } }, 'grant', []],
    ['should refuse REF_04 when applying at the place of stay while D7 says it is paid at the residence', { overrides: { place: 'stay' }, facts: { receivesAtResidence: true } }, 'refuse', ['REF_04']],
    ['should grant at the place of stay when D7 confirms nothing is received at the residence', { overrides: { place: 'stay' }, facts: { receivesAtResidence: false } }, 'grant', []],
    ['should grant C34 when both C34 and C35 are claimed (C35 gives way to C34)', { overrides: { categories: ['C34_HONORARY_CITIZEN_SO', 'C35_MERIT_BADGE_I'] } }, 'grant', []],
  ];

  it.each(rows)('%s', (_name, args, outcome, grounds) => {
    const result = evaluate(args);
    expect(result.outcome).toBe(outcome);
    expect(result.grounds.map((g) => g.code)).toEqual(grounds);
    for (const g of result.grounds) expect(g.clause).toMatch(/п\. 21/);
    // every rule that decides something names its clause
    for (const s of result.explanation) expect(s.clause).not.toBe('');
  });

  it('should explain the C03 exclusion with A9 and the counted length', () => {
    const result = evaluate({ overrides: { categories: ['C03_WWII_PARTICIPANT'], categoryDetails: { C03_WWII_PARTICIPANT: { rearServiceOnly: true, wartimePeriod: { from: '1945-03-01', to: '1945-12-31' } } } } });
    expect(result.explanation).toContainEqual(expect.objectContaining({ clause: 'подп. 3 п. 3; A9', inputs: expect.objectContaining({ countedLength: '6 мес. 2 дн.' }), result: false }));
  });

  it('should list the facts not established without refusing on them (cl. 18)', () => {
    const result = evaluate({});
    expect(result.outcome).toBe('grant');
    expect(result.explanation[1]).toMatchObject({ clause: 'п. 18', inputs: { notEstablished: expect.arrayContaining(['право на меру социальной поддержки (D1)', 'начисленная плата за расчетный месяц (D4)']) } });
  });

  it('should reject facts that fail the facts schema with the field named', () => {
    expect(() => housingEvaluation.evaluate({ application: application(), applicant: ADULT, facts: { registeredPersons: 0 }, asOf: SUBMITTED, submittedOn: SUBMITTED, parameterSets: [] })).toThrow(/registeredPersons/);
  });
});

describe('housing-utilities-compensation: amount from effective-dated parameters (§9.3, A13, T24, T25)', () => {
  const set = (values: Partial<HousingParameters> = {}, over: Partial<HousingParameterSet> = {}): HousingParameterSet => ({ ...HOUSING_TEST_PARAMETER_SET, values: { ...FIXTURE, ...values }, ...over });
  const D4_SEPTEMBER = { charges: { month: '2025-09', chargedKopecks: 6_000_00 }, registeredPersons: 3 };

  type Row = [name: string, args: Parameters<typeof evaluate>[0], expected: { amount?: number; from?: string; category?: string }];
  const rows: Row[] = [
    // §9.4 example 5: in person on 26.09.2025 → from October; D4 for August (T25)
    ['should pay from 01.10.2025 with D4 of August when submitted in person on 26.09.2025', { submittedOn: '2025-09-26', facts: { charges: { month: '2025-08', chargedKopecks: 6_000_00 }, registeredPersons: 3 }, sets: [set()] }, { amount: 1_000_00, from: '2025-10-01' }],
    // §9.4 example 5: ЕПГУ on Saturday 31.01.2026, accepted 02.02.2026 → January is the month of submission (A4)
    ['should pay from 01.02.2026 with D4 of December when sent on the portal on Saturday 31.01.2026', { submittedOn: '2026-01-31', asOf: '2026-02-02', facts: { charges: { month: '2025-12', chargedKopecks: 6_000_00 }, registeredPersons: 3 }, sets: [set()] }, { amount: 1_000_00, from: '2026-02-01' }],
    // §9.4 example 6: an October application takes the September charges
    ['should calculate from the September charges when the application is of October 2025', { facts: D4_SEPTEMBER, sets: [set()] }, { amount: 1_000_00, from: '2025-11-01' }],
    ['should not calculate from the October charges when the application is of October 2025 (T25)', { facts: { ...D4_SEPTEMBER, charges: { month: '2025-10', chargedKopecks: 6_000_00 } }, sets: [set()] }, { from: '2025-11-01' }],
    ['should take the D4 answer as the reference month’s when it names no month', { facts: { charges: { chargedKopecks: 6_000_00 }, registeredPersons: 3 }, sets: [set()] }, { amount: 1_000_00 }],
    // rounding half-up at each printed figure: 1 000,00 / 3 = 333,33; × 50 % = 166,665 → 166,67
    ['should round half-up to the kopeck when the share has a fraction', { facts: { charges: { month: '2025-09', chargedKopecks: 1_000_00 }, registeredPersons: 3 }, sets: [set()] }, { amount: 166_67 }],
    // C30 at 33.33 %: 2 000,00 × 33.33 % = 666,60
    ['should apply a category percentage with two decimals', { overrides: { categories: ['C30_LABOUR_VETERAN'], categoryDetails: { C30_LABOUR_VETERAN: { pensionAgeReached: true } } }, facts: D4_SEPTEMBER, sets: [set()] }, { amount: 666_60, category: 'C30_LABOUR_VETERAN' }],
    // C11 on the whole family registered: 6 000,00 × 2/3 × 50 % = 2 000,00
    [
      'should apply the percentage to the family’s share when the category’s basis is the whole family',
      { overrides: { categories: ['C11_FAMILY_WITH_DISABLED_CHILD'] }, facts: { ...D4_SEPTEMBER, familyMembersRegistered: 2, familyMembers: [child()] }, sets: [set()] },
      { amount: 2_000_00, category: 'C11_FAMILY_WITH_DISABLED_CHILD' },
    ],
    // several categories: one measure, the most favourable (cl. 21(2))
    [
      'should pay on the most favourable category when C30 and C34 both hold',
      { overrides: { categories: ['C30_LABOUR_VETERAN', 'C34_HONORARY_CITIZEN_SO'], categoryDetails: { C30_LABOUR_VETERAN: { pensionAgeReached: true } } }, facts: D4_SEPTEMBER, sets: [set()] },
      { amount: 2_000_00, category: 'C34_HONORARY_CITIZEN_SO' },
    ],
    [
      'should not count a claimed category whose conditions fail when choosing the most favourable',
      { overrides: { categories: ['C25_SEMIPALATINSK', 'C30_LABOUR_VETERAN'], categoryDetails: { C25_SEMIPALATINSK: { doseCSv: 25 }, C30_LABOUR_VETERAN: { pensionAgeReached: true } } }, facts: D4_SEPTEMBER, sets: [set()] },
      { amount: 666_60, category: 'C30_LABOUR_VETERAN' },
    ],
    // the set in force on the first day paid
    [
      'should use the set in force on 01.01.2026 when the application of December 2025 is paid from January',
      {
        submittedOn: '2025-12-15',
        facts: { charges: { month: '2025-11', chargedKopecks: 6_000_00 }, registeredPersons: 3 },
        sets: [set({}, { validTo: '2025-12-31' }), set({ defaultRule: { percent: 60, basis: 'APPLICANT_SHARE' } }, { validFrom: '2026-01-01', act: 'Тестовый набор 2026 (не правовой акт)' })],
      },
      { amount: 1_200_00, from: '2026-01-01' },
    ],
    ['should grant without an amount when no set is in force on the first day paid', { facts: D4_SEPTEMBER, sets: [set({}, { validTo: '2025-10-31' })] }, { from: '2025-11-01' }],
    ['should grant without an amount when D3 is not received', { facts: { charges: D4_SEPTEMBER.charges }, sets: [set()] }, { from: '2025-11-01' }],
  ];

  it.each(rows)('%s', (_name, args, expected) => {
    const result = evaluate(args);
    expect(result.outcome).toBe('grant');
    expect(result.amount).toBe(expected.amount);
    if (expected.from) expect(result.period).toEqual({ from: expected.from });
    if (expected.category) expect(result.calculation?.[0]).toEqual({ label: 'Категория заявителя', value: expected.category });
    if (expected.amount === undefined) {
      expect(result.parameters).toBeUndefined();
      expect(result.calculation).toBeUndefined();
    }
  });

  it('should print the calculation figures and keep the set it used', () => {
    const result = evaluate({ facts: D4_SEPTEMBER, sets: [set()] });
    expect(result.parameters).toEqual({ validFrom: '2025-01-01', act: HOUSING_TEST_PARAMETER_SET.act, values: FIXTURE });
    expect(result.calculation).toEqual([
      { label: 'Категория заявителя', value: 'C01_WAR_DISABLED' },
      { label: 'Расчетный месяц (сведения о начисленной плате)', value: '09.2025' },
      { label: 'Фактически начисленная плата за жилое помещение и коммунальные услуги', value: '6\u00a0000,00\u00a0руб.' },
      { label: 'Зарегистрировано в жилом помещении, чел.', value: '3' },
      { label: 'Учитывается при расчете, чел.', value: '1' },
      { label: 'Расходы, учитываемые при расчете', value: '2\u00a0000,00\u00a0руб.' },
      { label: 'Размер компенсации', value: '50 %' },
      { label: 'Сумма компенсации в месяц', value: '1\u00a0000,00\u00a0руб.' },
      { label: 'Выплата с', value: '01.11.2025' },
      { label: 'Параметры расчета', value: HOUSING_TEST_PARAMETER_SET.act },
    ]);
    // A13: the clerk checks the office's figure against АСКВ
    expect(result.explanation).toContainEqual(expect.objectContaining({ clause: 'пп. 65, 66; A13', result: 1_000_00 }));
  });

  it('should say that the parameters are missing when none are in force', () => {
    const result = evaluate({ facts: D4_SEPTEMBER });
    expect(result.explanation).toContainEqual(expect.objectContaining({ rule: expect.stringContaining('не введены'), clause: 'п. 65; A13', result: false }));
  });

  it('should give no amount and no period when refused', () => {
    const result = evaluate({ facts: { ...D4_SEPTEMBER, receivesOtherMeasure: true }, sets: [set()] });
    expect(result).toMatchObject({ outcome: 'refuse', grounds: [{ code: 'REF_02', clause: 'подп. 2 п. 21' }] });
    expect(result.amount).toBeUndefined();
    expect(result.period).toBeUndefined();
  });

  it.each([
    ['APPLICANT_SHARE', 6_000_00, 4, undefined, 50, 750_00],
    ['WHOLE_FAMILY', 6_000_00, 4, 3, 50, 2_250_00],
    ['WHOLE_FAMILY', 6_000_00, 4, undefined, 100, 6_000_00],
    // each printed figure is rounded: 0,5 коп. → 1 коп., then 50 % of it → 0,5 → 1 коп.
    ['APPLICANT_SHARE', 1, 2, undefined, 50, 1],
    ['APPLICANT_SHARE', 3, 2, undefined, 50, 1],
  ] as const)('should compute %s of %i kopecks over %i persons (family %s) at %i %% as %i kopecks', (basis, chargedKopecks, registeredPersons, familyMembersRegistered, percent, amount) => {
    const values: HousingParameters = { ...FIXTURE, categoryRules: {}, defaultRule: { percent, basis } };
    expect(calculateHousingAmount({ category: 'C01_WAR_DISABLED', month: '2025-09', chargedKopecks, registeredPersons, familyMembersRegistered, parameters: values }).amountKopecks).toBe(amount);
  });

  it('should keep the first claimed category on a tie', () => {
    const { chosen } = mostFavourableHousingAmount({ categories: ['C02_DUTY_DISABLED', 'C01_WAR_DISABLED'], month: '2025-09', chargedKopecks: 6_000_00, registeredPersons: 3, parameters: FIXTURE });
    expect(chosen.category).toBe('C02_DUTY_DISABLED');
  });
});

describe('housing-utilities-compensation: parameters schema and the set in force', () => {
  const messageAt = (value: unknown, path: string): string | undefined => {
    const r = housingParametersSchema.safeParse(value);
    return r.success ? undefined : r.error.issues.find((i) => i.path.join('.') === path)?.message;
  };

  it('should accept the test fixture and be the schema the admin enters sets with', () => {
    expect(housingParametersSchema.safeParse(FIXTURE).success).toBe(true);
    expect(service.parameters?.schema).toBe(housingParametersSchema);
    expect(service.parameters?.title).toMatch(/Параметры расчета/);
  });

  it.each([
    ['defaultRule.percent', { ...FIXTURE, defaultRule: { percent: 150, basis: 'APPLICANT_SHARE' } }, 'Размер компенсации — от 0 до 100 %'],
    ['defaultRule.percent', { ...FIXTURE, defaultRule: { percent: 12.345, basis: 'APPLICANT_SHARE' } }, 'Размер компенсации — не более двух знаков после запятой'],
    ['defaultRule.basis', { ...FIXTURE, defaultRule: { percent: 50, basis: 'HOUSEHOLD' } }, 'База расчета: APPLICANT_SHARE (доля заявителя) или WHOLE_FAMILY (на семью)'],
    ['categoryRules', { ...FIXTURE, categoryRules: { C99_NOPE: { percent: 50, basis: 'APPLICANT_SHARE' } } }, 'Неизвестные коды категорий: C99_NOPE'],
    ['categoryRules.C30_LABOUR_VETERAN.percent', { ...FIXTURE, categoryRules: { C30_LABOUR_VETERAN: { percent: -1, basis: 'APPLICANT_SHARE' } } }, 'Размер компенсации — от 0 до 100 %'],
    ['rounding', { ...FIXTURE, rounding: 'DOWN' }, 'Округление: HALF_UP_KOPECKS'],
  ])('should reject %s with a Russian message', (path, value, message) => expect(messageAt(value, path)).toBe(message));

  it('should take the later of two open sets and fail plainly before the first one', () => {
    const a: HousingParameterSet = { ...HOUSING_TEST_PARAMETER_SET, validFrom: '2025-01-01', act: 'A' };
    const b: HousingParameterSet = { ...HOUSING_TEST_PARAMETER_SET, validFrom: '2026-01-01', act: 'B' };
    expect(parametersOn([a, b], '2025-12-31').act).toBe('A');
    expect(parametersOn([a, b], '2026-01-01').act).toBe('B');
    expect(() => parametersOn([a, b], '2024-12-31')).toThrow(HousingParametersError);
    expect(() => parametersOn([a, { ...a, act: 'A2' }], '2025-06-01')).toThrow(/несколько наборов/);
  });
});

describe('housing-utilities-compensation: category details of the historical periods (§9.2)', () => {
  const base = { applicantStatus: 'citizen', identityDocumentKind: 'passport', place: 'residence', heating: { centralHeating: true, gasSupply: true }, paymentMethod: VALID_BANK, resultDelivery: 'paper' };
  const messageAt = (value: unknown, path: string): string | undefined => {
    const r = housingApplicationSchema.safeParse(value);
    return r.success ? undefined : r.error.issues.find((i) => i.path.join('.') === path)?.message;
  };
  it.each([
    [
      'categoryDetails.C05_COMBAT_VETERAN.historicalGroup',
      { ...base, categories: ['C05_COMBAT_VETERAN'], categoryDetails: { C05_COMBAT_VETERAN: { historicalGroup: 'C14_SHELTER', historicalPeriod: { from: '1989-01-01', to: '1989-12-31' } } } },
      'Подгруппа C14_SHELTER не относится к категории C05_COMBAT_VETERAN',
    ],
    ['categoryDetails.C15_CHERNOBYL_EVACUEE.historicalPeriod', { ...base, categories: ['C15_CHERNOBYL_EVACUEE'], categoryDetails: { C15_CHERNOBYL_EVACUEE: { historicalGroup: 'C15_EVACUATION_1986' } } }, 'Укажите период участия (эвакуации): дату начала и дату окончания'],
  ])('should reject %s with a Russian message', (path, value, message) => expect(messageAt(value, path)).toBe(message));
});

describe('housing-utilities-compensation: facts (D1–D7)', () => {
  it('should take the facts of the simulated answers of D1, D3, D4 and D7', () => {
    expect(
      housingFactsFromInteragency({
        D1: { found: true, hasRight: true },
        D3: { persons: [{ name: 'Заявитель' }, { name: 'Супруг' }] },
        D4: { charged: 612345, paid: 612345, debt: 0 },
        D7: { receivesAtResidence: false },
      }),
    ).toEqual({ hasRightToMeasure: true, registeredPersons: 2, charges: { chargedKopecks: 612345 }, debt: { exists: false }, receivesAtResidence: false });
  });

  it('should read a D1 answer with no records as the right not confirmed', () => expect(housingFactsFromInteragency({ D1: { found: false, note: 'Сведения не найдены' } })).toEqual({ hasRightToMeasure: false }));

  it('should refuse more family members than persons registered with a Russian message', () => {
    const r = housingFactsSchema.safeParse({ registeredPersons: 2, familyMembersRegistered: 3 });
    expect(r.success ? null : r.error.issues[0]).toMatchObject({ path: ['familyMembersRegistered'], message: 'Членов семьи не может быть больше, чем всех зарегистрированных (D3)' });
  });
});

describe('housing-utilities-compensation: terms across the May and November 2025 holidays (§6)', () => {
  const term = (id: string) => {
    const t = service.terms.find((x) => x.id === id);
    if (!t) throw new Error(`no term ${id}`);
    return t;
  };

  type Row = [name: string, id: string, start: string, due: string];
  const rows: Row[] = [
    // May 2025: 01.05–04.05 and 08.05–11.05 are days off
    ['should end T20 on 19.05.2025 when registered on 29.04.2025', 'T20', '2025-04-29', '2025-05-19'],
    ['should end T15 on 06.05.2025 when registered on 30.04.2025', 'T15', '2025-04-30', '2025-05-06'],
    ['should end T17 on 14.05.2025 when started on 07.05.2025', 'T17', '2025-05-07', '2025-05-14'],
    ['should end T18 on 12.05.2025 when the draft came on 07.05.2025', 'T18', '2025-05-07', '2025-05-12'],
    ['should move T21 from Saturday 03.05.2025 to 05.05.2025 when approved on 28.04.2025 (A1)', 'T21', '2025-04-28', '2025-05-05'],
    ['should end T12 on 05.05.2025 when the MFC accepted on 30.04.2025', 'T12', '2025-04-30', '2025-05-05'],
    // November 2025: 01.11 a working Saturday, 03.11 a transferred day off, 04.11 a holiday
    ['should end T23 on the working Saturday 01.11.2025 when the grant was approved on 31.10.2025', 'T23', '2025-10-31', '2025-11-01'],
    ['should end T07 on 01.11.2025 when the portal application arrived on 31.10.2025', 'T07', '2025-10-31', '2025-11-01'],
    ['should end T09 on 05.11.2025 when the portal application arrived on Sunday 02.11.2025 (A3)', 'T09', '2025-11-02', '2025-11-05'],
    ['should end T29 on 05.11.2025 when the correction was registered on 30.10.2025', 'T29', '2025-10-30', '2025-11-05'],
    ['should move T21 from the holiday 04.11.2025 to 05.11.2025 when approved on 30.10.2025', 'T21', '2025-10-30', '2025-11-05'],
    ['should end T13 on 01.11.2025 when the complex request was formalised on 31.10.2025', 'T13', '2025-10-31', '2025-11-01'],
    ['should end T06 on 05.11.2025 when a postal delivery is dated the day off 03.11.2025', 'T06', '2025-11-03', '2025-11-05'],
    ['should end T10 on 05.11.2025 when the refused application arrived on 01.11.2025', 'T10', '2025-11-01', '2025-11-05'],
  ];

  it.each(rows)('%s', (_name, id, start, due) => expect(computeDue({ term: term(id), start: { date: start }, calendar, timeZone: ZONE }).dueDate).toBe(due));

  it('should name the May holidays in the T20 explanation', () =>
    expect(computeDue({ term: term('T20'), start: { date: '2025-04-29' }, calendar, timeZone: ZONE }).explanation).toBe(
      '10 рабочих дней со дня, следующего за 29.04.2025; 01.05–02.05, 08.05–09.05 — нерабочие дни → 19.05.2025',
    ));

  type Step = { event: string; on: string; toState: string };
  const run = (channel: string, steps: Step[]): Map<string, TermClock> => {
    const clocks = new Map<string, TermClock>();
    for (const s of steps) {
      const changed = advanceClocks({ terms: service.terms, channel, clocks: [...clocks.values()], change: { ...s, at: `${s.on}T05:00:00Z` }, calendar, timeZone: ZONE });
      for (const c of changed) clocks.set(c.termId, c);
    }
    return clocks;
  };

  it('should cap T22 at the working day after T20 when that is earlier than 5 working days (A1)', () => {
    // T20: 10 working days after 20.10.2025 → the working Saturday 01.11; T22: 5 working days after 31.10 → 10.11,
    // capped at the working day after 01.11 → 05.11 (03.11 and 04.11 are days off)
    const clocks = run('MFC', [
      { event: 'receive', on: '2025-10-20', toState: 'received' },
      { event: 'register', on: '2025-10-20', toState: 'registered' },
      { event: 'approve_decision', on: '2025-10-31', toState: 'approved_grant' },
    ]);
    expect(clocks.get('T20')).toMatchObject({ status: 'met', dueDate: '2025-11-01' });
    expect(clocks.get('T22')).toMatchObject({ status: 'running', dueDate: '2025-11-05' });
    expect(clocks.get('T22')?.explanation).toContain('применяется более ранний срок — по T20: 05.11.2025');
    expect(clocks.get('T21')).toBeUndefined();
  });

  it('should keep T22 at 5 working days when the approval comes early', () => {
    const clocks = run('MFC_COMPLEX', [
      { event: 'receive', on: '2025-10-06', toState: 'received' },
      { event: 'register', on: '2025-10-06', toState: 'registered' },
      { event: 'approve_decision', on: '2025-10-08', toState: 'approved_grant' },
    ]);
    expect(clocks.get('T22')).toMatchObject({ dueDate: '2025-10-15' });
  });

  it('should restart T20 and T17 from the last interagency answer across the May holidays (A2)', () => {
    const clocks = run('IN_PERSON', [
      { event: 'receive', on: '2025-04-29', toState: 'received' },
      { event: 'register', on: '2025-04-29', toState: 'registered' },
      { event: 'send_interagency_requests', on: '2025-04-30', toState: 'interagency_pending' },
      { event: 'interagency_completed', on: '2025-05-07', toState: 'ready_for_review' },
    ]);
    expect(clocks.get('T15')).toMatchObject({ status: 'met' });
    expect(clocks.get('T20')).toMatchObject({ status: 'running', startedOn: '2025-05-07', dueDate: '2025-05-23' });
    expect(clocks.get('T17')).toMatchObject({ status: 'running', dueDate: '2025-05-14' });
    expect(clocks.get('T09')).toBeUndefined();
  });

  it('should run T09 only for a portal application and end it with the acceptance message', () => {
    const clocks = run('EPGU', [
      { event: 'receive', on: '2025-10-31', toState: 'received' },
      { event: 'register', on: '2025-11-01', toState: 'registered' },
    ]);
    expect(clocks.get('T09')).toMatchObject({ status: 'met', dueDate: '2025-11-01' });
    expect(clocks.get('T08')).toMatchObject({ status: 'met' });
  });
});

describe('housing-utilities-compensation: the definition is complete against the spec (§3.1, §5, §6)', () => {
  it('should list every channel with its receipt rule and clause', () => {
    expect(service.channels.map((c) => c.code)).toEqual(['IN_PERSON', 'MFC', 'MFC_EXTRATERRITORIAL', 'MFC_COMPLEX', 'EPGU', 'POST']);
    for (const c of service.channels) expect(c.receipt).toMatchObject({ nonWorkingDayToNext: false, afterHoursToNext: false, clause: expect.stringMatching(/п/) });
    expect(service.channels.find((c) => c.code === 'EPGU')?.electronic).toBe(true);
  });

  it('should define exactly the running terms of §6 and no T16', () => {
    expect(service.terms.map((t) => t.id)).toEqual(['T05', 'T06', 'T07', 'T08', 'T09', 'T10', 'T12', 'T13', 'T14', 'T15', 'T17', 'T18', 'T20', 'T21', 'T22', 'T23', 'T29']);
    for (const t of service.terms) expect(t.clause).toMatch(/п\./);
  });

  it('should restrict ACC_REJ_MFC_04 to the MFC channels and have no suspension ground (cl. 21)', () => {
    expect(service.grounds.find((g) => g.code === 'ACC_REJ_MFC_04')?.channels).toEqual(['MFC', 'MFC_EXTRATERRITORIAL', 'MFC_COMPLEX']);
    expect(service.grounds.filter((g) => g.kind === 'suspend')).toEqual([]);
  });

  it('should carry the evaluation contract with its rules version and facts schema', () => {
    expect(service.evaluation?.rulesVersion).toBe(HOUSING_RULES_VERSION);
    expect(service.evaluation?.factsSchema).toBe(housingFactsSchema);
  });
});
