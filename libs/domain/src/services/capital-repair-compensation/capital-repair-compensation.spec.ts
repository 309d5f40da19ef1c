import { calculateCapitalRepairAmount } from './amount';
import { capitalRepairApplicationSchema, type CapitalRepairApplication, type CapitalRepairApplicationInput, type HouseholdMember } from './application.schema';
import { capitalRepairGround } from './grounds';
import { fullYearsOn } from '../../common/local-date';
import { capitalRepairPaymentStart, evaluateCapitalRepair, type CapitalRepairApplicant, type CapitalRepairFacts } from './eligibility';
import { CapitalRepairParametersError, capitalRepairParameterSetSchema, parametersOn, type CapitalRepairParameters, type CapitalRepairParameterSet } from './parameters';
import { CAPITAL_REPAIR_TEST_PARAMETERS as FIXTURE } from './parameters.fixtures';

// Bank of Russia procedure No. 515 of 08.09.1997, worked example: BIK 049805746, account 40602810700000000025.
const VALID_BANK = { kind: 'bank' as const, bankName: 'ПАО «Банк»', bik: '049805746', account: '40602810700000000025' };

const DWELLING = {
  address: '356880, Ставропольский край, г. Нефтекумск, ул. Ленина, д. 12, кв. 5',
  totalAreaM2: 45,
  ownershipShare: { numerator: 1, denominator: 1 },
  apartmentBuilding: true,
  inStavropolKrai: true,
  hasLift: false,
  fundFormation: { kind: 'regional_operator' as const, account: '40604810600000000001' },
};

const input = (overrides: Partial<CapitalRepairApplicationInput> = {}): CapitalRepairApplicationInput => ({
  category: 'A70_ALONE',
  identityDocument: { kind: 'Паспорт гражданина РФ', series: '0704', number: '123456', issuedOn: '2004-06-01', issuedBy: 'ОВД Нефтекумского района Ставропольского края' },
  registrationAddress: DWELLING.address,
  applicantWorking: false,
  householdMembers: [],
  dwelling: DWELLING,
  paymentMethod: VALID_BANK,
  resultDelivery: 'PAPER_AT_BODY',
  acknowledgements: { oneDwellingOneCategory: true, reportChanges: true, dataReliable: true },
  ...overrides,
});

const application = (overrides: Partial<CapitalRepairApplicationInput> = {}): CapitalRepairApplication => capitalRepairApplicationSchema.parse(input(overrides));

const FACTS: CapitalRepairFacts = {
  owner: true,
  apartmentBuilding: true,
  inStavropolKrai: true,
  registration: { inTerritory: true, atDwellingAddress: true },
  otherSupport: { receivesMeasureIncludingCompensation: false, alreadyCompensatedForAnotherDwellingOrCategory: false },
  courtDebt: { exists: false, formedWithinLast3Years: false },
  documentsComplete: true,
  documentsReliable: true,
};

const REF_DATE = '2025-10-15';
const man = (birthDate: string): CapitalRepairApplicant => ({ birthDate, sex: 'male' });
const woman = (birthDate: string): CapitalRepairApplicant => ({ birthDate, sex: 'female' });
// 75 on the reference date
const OWNER = woman('1950-03-10');

const member = (overrides: Partial<HouseholdMember> = {}): HouseholdMember => ({ fullName: 'Иванов Иван Иванович', birthDate: '1950-01-01', sex: 'male', working: false, ...overrides });
const family = (...members: HouseholdMember[]): Partial<CapitalRepairApplicationInput> => ({ category: 'A70_FAMILY', householdMembers: members });

const withParameters = (values: Partial<CapitalRepairParameters> = {}): CapitalRepairParameters => ({ ...FIXTURE, ...values });

describe('capital-repair-compensation: eligibility (spec §9.1)', () => {
  type Row = [name: string, overrides: Partial<CapitalRepairApplicationInput>, applicant: CapitalRepairApplicant, referenceDate: string, facts: Partial<CapitalRepairFacts>, grounds: string[]];
  const rows: Row[] = [
    ['should grant A70_ALONE when every check passes', {}, OWNER, REF_DATE, {}, []],
    // E3, I-19: inclusive thresholds on the registration date
    ['should grant A70_ALONE when the applicant turns 70 on the reference date', {}, man('1955-10-15'), REF_DATE, {}, []],
    ['should refuse REF-01 when the applicant turns 70 the day after the reference date', {}, man('1955-10-16'), REF_DATE, {}, ['REF-01']],
    ['should grant A80_ALONE when the applicant turns 80 on the reference date', { category: 'A80_ALONE' }, woman('1945-10-15'), REF_DATE, {}, []],
    // §9.1 category selection: the age on the reference date chooses A80_* or A70_*, not the App 1 tick
    ['should grant A70_ALONE when a 79-year-old applies as A80_ALONE', { category: 'A80_ALONE' }, woman('1945-10-16'), REF_DATE, {}, []],
    ['should grant A70_ALONE to an 80-year-old who applied under it', {}, woman('1940-01-01'), REF_DATE, {}, []],
    // 29 February: the age is reached on 28 February of a common year, on the 29th of a leap year
    ['should grant A70_ALONE when born 29.02.1956 and the reference date is 28.02.2026', {}, man('1956-02-29'), '2026-02-28', {}, []],
    ['should refuse REF-01 when born 29.02.1956 and the reference date is 27.02.2026', {}, man('1956-02-29'), '2026-02-27', {}, ['REF-01']],
    ['should grant A80_ALONE when born 29.02.1944 and the reference date is 29.02.2024', { category: 'A80_ALONE' }, man('1944-02-29'), '2024-02-29', {}, []],
    ['should grant A70_ALONE when born 29.02.1944 and the reference date is 28.02.2024', { category: 'A80_ALONE' }, man('1944-02-29'), '2024-02-28', {}, []],
    // E4, I-20, I-21, I-22
    ['should refuse REF-01 when an applicant living alone works', { applicantWorking: true }, OWNER, REF_DATE, {}, ['REF-01']],
    ['should refuse REF-01 when an applicant living in a family works (I-20)', { ...family(member()), applicantWorking: true }, OWNER, REF_DATE, {}, ['REF-01']],
    ['should grant A70_FAMILY when the only member is a non-working man of 75', family(member()), OWNER, REF_DATE, {}, []],
    ['should refuse REF-01 when a member of pension age works', family(member({ working: true })), OWNER, REF_DATE, {}, ['REF-01']],
    ['should grant when a man member turns 60 on the reference date', family(member({ birthDate: '1965-10-15' })), OWNER, REF_DATE, {}, []],
    ['should refuse REF-01 when a man member turns 60 the day after', family(member({ birthDate: '1965-10-16' })), OWNER, REF_DATE, {}, ['REF-01']],
    ['should grant when a woman member turns 55 on the reference date', family(member({ sex: 'female', birthDate: '1970-10-15' })), OWNER, REF_DATE, {}, []],
    ['should refuse REF-01 when a woman member turns 55 the day after', family(member({ sex: 'female', birthDate: '1970-10-16' })), OWNER, REF_DATE, {}, ['REF-01']],
    ['should refuse REF-01 when a member under pension age has disability group III', family(member({ birthDate: '1980-05-05', disabilityGroup: 'III' })), OWNER, REF_DATE, {}, ['REF-01']],
    ['should grant when a member with disability group III is of pension age', family(member({ birthDate: '1960-05-05', disabilityGroup: 'III' })), OWNER, REF_DATE, {}, []],
    ['should grant when a non-working member under pension age has disability group II', family(member({ birthDate: '1980-05-05', disabilityGroup: 'II' })), OWNER, REF_DATE, {}, []],
    ['should refuse REF-01 when a member with disability group I works', family(member({ birthDate: '1980-05-05', disabilityGroup: 'I', working: true })), OWNER, REF_DATE, {}, ['REF-01']],
    ['should refuse REF-01 when one of two members does not qualify', family(member(), member({ fullName: 'Иванова Мария Ивановна', sex: 'female', birthDate: '1990-01-01' })), OWNER, REF_DATE, {}, ['REF-01']],
    // REF-08 (2.6.2, I-46)
    ['should refuse REF-08 alone when the disability document of a member under pension age was not brought', family(member({ birthDate: '1980-05-05', disabilityGroup: 'I' })), OWNER, REF_DATE, { disabilityDocumentMissing: true }, ['REF-08']],
    [
      'should refuse REF-01 and REF-08 when another member also works',
      family(member({ birthDate: '1980-05-05', disabilityGroup: 'I' }), member({ fullName: 'Иванов Петр Иванович', working: true })),
      OWNER,
      REF_DATE,
      { disabilityDocumentMissing: true },
      ['REF-01', 'REF-08'],
    ],
    ['should grant when the disability document was brought', family(member({ birthDate: '1980-05-05', disabilityGroup: 'I' })), OWNER, REF_DATE, { disabilityDocumentMissing: false }, []],
    // E1, E2, E5–E9
    ['should refuse REF-02 when the applicant is not the owner', {}, OWNER, REF_DATE, { owner: false }, ['REF-02']],
    ['should refuse REF-01 when the house is not an apartment building (I-47)', {}, OWNER, REF_DATE, { apartmentBuilding: false }, ['REF-01']],
    ['should refuse REF-01 when the house is outside Stavropol krai (I-47)', {}, OWNER, REF_DATE, { inStavropolKrai: false }, ['REF-01']],
    ['should refuse REF-03 when not registered in the territory of the body', {}, OWNER, REF_DATE, { registration: { inTerritory: false, atDwellingAddress: true } }, ['REF-03']],
    ['should refuse REF-04 when not registered at the dwelling address', {}, OWNER, REF_DATE, { registration: { inTerritory: true, atDwellingAddress: false } }, ['REF-04']],
    [
      'should refuse REF-05 when another measure includes the compensation',
      {},
      OWNER,
      REF_DATE,
      { otherSupport: { receivesMeasureIncludingCompensation: true, alreadyCompensatedForAnotherDwellingOrCategory: false } },
      ['REF-05'],
    ],
    [
      'should refuse REF-05 when the compensation is paid for a second dwelling (I-47)',
      {},
      OWNER,
      REF_DATE,
      { otherSupport: { receivesMeasureIncludingCompensation: false, alreadyCompensatedForAnotherDwellingOrCategory: true } },
      ['REF-05'],
    ],
    ['should refuse REF-06 when a court-confirmed debt formed within the last 3 years', {}, OWNER, REF_DATE, { courtDebt: { exists: true, formedWithinLast3Years: true } }, ['REF-06']],
    ['should grant when the court-confirmed debt formed over more than 3 years (I-23)', {}, OWNER, REF_DATE, { courtDebt: { exists: true, formedWithinLast3Years: false } }, []],
    ['should refuse REF-07 when the documents are incomplete', {}, OWNER, REF_DATE, { documentsComplete: false }, ['REF-07']],
    ['should refuse REF-07 when the documents are unreliable', {}, OWNER, REF_DATE, { documentsReliable: false }, ['REF-07']],
    // several grounds, each once, in the order of §5.4
    [
      'should list every ground once when several checks fail',
      { category: 'A80_ALONE' },
      woman('1950-03-10'),
      REF_DATE,
      { owner: false, apartmentBuilding: false, registration: { inTerritory: false, atDwellingAddress: false }, courtDebt: { exists: true, formedWithinLast3Years: true }, documentsReliable: false },
      ['REF-01', 'REF-02', 'REF-03', 'REF-04', 'REF-06', 'REF-07'],
    ],
  ];

  it.each(rows)('%s', (_name, overrides, applicant, referenceDate, facts, grounds) => {
    const result = evaluateCapitalRepair({ application: application(overrides), applicant, facts: { ...FACTS, ...facts }, referenceDate });
    expect(result.outcome).toBe(grounds.length === 0 ? 'grant' : 'refuse');
    expect(result.grounds.map((g) => g.code)).toEqual(grounds);
    for (const g of result.grounds) expect(g.clause).toBe(capitalRepairGround(g.code)?.clause);
  });

  it('should give every step a clause and check age on the registration date (I-19)', () => {
    const result = evaluateCapitalRepair({ application: application(), applicant: man('1955-10-16'), facts: FACTS, referenceDate: REF_DATE });
    for (const step of result.explanation) expect(step.clause).toMatch(/п\. |прил\. |I-\d\d/);
    expect(result.explanation).toContainEqual(expect.objectContaining({ clause: 'п. 1.2; п. 3.2.4; I-19; I-47', inputs: expect.objectContaining({ age: 69 }), result: false }));
    expect(result.amount).toBeUndefined();
    expect(result.period).toBeUndefined();
  });

  it('should explain which member fails and why', () => {
    const result = evaluateCapitalRepair({ application: application(family(member({ birthDate: '1980-05-05', disabilityGroup: 'III' }))), applicant: OWNER, facts: FACTS, referenceDate: REF_DATE });
    expect(result.explanation).toContainEqual(expect.objectContaining({ clause: 'п. 1.2; I-21; I-22', inputs: expect.objectContaining({ age: 45, disabilityGroup: 'III', working: false }), result: false }));
  });

  it.each([
    ['an 80-year-old living alone who applied as A70_ALONE', {}, woman('1940-01-01'), 'A80_ALONE'],
    ['a 79-year-old who applied as A80_ALONE', { category: 'A80_ALONE' as const }, woman('1945-10-16'), 'A70_ALONE'],
    ['an 81-year-old in a qualifying family', { ...family(member()), category: 'A80_FAMILY' as const }, man('1944-01-01'), 'A80_FAMILY'],
    ['a 69-year-old', {}, man('1955-10-16'), null],
    ['a 75-year-old whose family member works', family(member({ working: true })), OWNER, null],
    ['a 75-year-old who works and lives alone', { applicantWorking: true }, OWNER, null],
  ])('should suggest the category for %s', (_name, overrides, applicant, suggested) => {
    const result = evaluateCapitalRepair({ application: application(overrides), applicant, facts: FACTS, referenceDate: REF_DATE });
    expect(result.suggestedCategory).toBe(suggested);
  });

  it('should grant A80 at its percentage to an 80-year-old who ticked A70_ALONE', () => {
    const result = evaluateCapitalRepair({
      application: application({ dwelling: { ...DWELLING, totalAreaM2: 41.7, hasLift: true } }),
      applicant: woman('1940-01-01'),
      facts: FACTS,
      referenceDate: REF_DATE,
      parameters: [{ validFrom: '2025-01-01', act: 'Тестовый набор', values: FIXTURE }],
    });
    // §9.5 example 5: 396.00 at the A80 percentage (198.00 at the A70 one); §9.1 selects A80_* at 80
    expect(result).toMatchObject({ outcome: 'grant', amount: 396_00, suggestedCategory: 'A80_ALONE' });
    expect(result.explanation).toContainEqual(expect.objectContaining({ result: 'A80_ALONE', rule: expect.stringContaining('применяется категория A80_ALONE') }));
  });
});

describe('capital-repair-compensation: amount (spec §9.4, §9.5 fixtures)', () => {
  type Row = [name: string, args: Omit<Parameters<typeof calculateCapitalRepairAmount>[0], 'parameters'>, whole: number, perPerson: number];
  const rows: Row[] = [
    ['example 1: A70_ALONE, 1/1 of 45.0 m², no lift', { totalAreaM2: 45, share: { numerator: 1, denominator: 1 }, householdSize: 1, hasLift: false, ageGroup: 70 }, 165_00, 165_00],
    ['example 2: A70_ALONE, 1/2 of 58.4 m², no lift', { totalAreaM2: 58.4, share: { numerator: 1, denominator: 2 }, householdSize: 1, hasLift: false, ageGroup: 70 }, 146_00, 146_00],
    ['example 3: A80_FAMILY of 2, 1/1 of 54.0 m², lift', { totalAreaM2: 54, share: { numerator: 1, denominator: 1 }, householdSize: 2, hasLift: true, ageGroup: 80 }, 504_00, 252_00],
    ['example 4: A80_FAMILY of 3, 1/3 of 60.0 m², lift', { totalAreaM2: 60, share: { numerator: 1, denominator: 3 }, householdSize: 3, hasLift: true, ageGroup: 80 }, 240_00, 216_00],
    ['example 5: A80_ALONE, 1/1 of 41.7 m², lift', { totalAreaM2: 41.7, share: { numerator: 1, denominator: 1 }, householdSize: 1, hasLift: true, ageGroup: 80 }, 396_00, 396_00],
    ['example 5 at the A70 percentage', { totalAreaM2: 41.7, share: { numerator: 1, denominator: 1 }, householdSize: 1, hasLift: true, ageGroup: 70 }, 198_00, 198_00],
  ];

  it.each(rows)('should compute %s in exact kopecks with both strategies', (_name, args, whole, perPerson) => {
    expect(calculateCapitalRepairAmount({ ...args, parameters: withParameters({ areaBasisStrategy: 'WHOLE_STANDARD' }) }).amountKopecks).toBe(whole);
    expect(calculateCapitalRepairAmount({ ...args, parameters: withParameters({ areaBasisStrategy: 'PER_PERSON_STANDARD' }) }).amountKopecks).toBe(perPerson);
  });

  it('should report every intermediate value of example 4 (PER_PERSON_STANDARD)', () => {
    const result = calculateCapitalRepairAmount({ totalAreaM2: 60, share: { numerator: 1, denominator: 3 }, householdSize: 3, hasLift: true, ageGroup: 80, parameters: withParameters({ areaBasisStrategy: 'PER_PERSON_STANDARD' }) });
    expect(result).toMatchObject({ shareAreaM2: 20, standardM2: 18, areaBasisM2: 18, rateKopecksPerM2: 12_00, costKopecks: 216_00, benefitPercent: 100, amountKopecks: 216_00 });
    expect(result.steps).toHaveLength(7);
    for (const step of result.steps) expect(step.clause).toMatch(/^прил\. 3; I-25/);
  });

  it('should keep the share area free of float drift (58.4 × 1/2 = 29.2, not 29.199999…)', () => {
    const result = calculateCapitalRepairAmount({ totalAreaM2: 58.4, share: { numerator: 1, denominator: 2 }, householdSize: 1, hasLift: false, ageGroup: 70, parameters: FIXTURE });
    expect(result.shareAreaM2).toBe(29.2);
    expect(result.costKopecks).toBe(292_00);
  });

  it('should round the share area half-up to 0.01 m² (58.4 × 1/3 = 19.4666… → 19.47)', () => {
    const result = calculateCapitalRepairAmount({ totalAreaM2: 58.4, share: { numerator: 1, denominator: 3 }, householdSize: 1, hasLift: false, ageGroup: 80, parameters: FIXTURE });
    expect(result).toMatchObject({ shareAreaM2: 19.47, areaBasisM2: 19.47, costKopecks: 194_70, amountKopecks: 194_70 });
  });

  it.each([
    // 10.01 ₽ × 33 m² = 330.33 ₽; × 50 % = 165.165 ₽ → 165.17 (0.5 kopeck goes up)
    [10_01, 50, 16_517],
    // 10.03 ₽ × 33 m² = 330.99 ₽; × 50 % = 165.495 ₽ → 165.50
    [10_03, 50, 16_550],
    // 10.00 ₽ × 33 m² = 330.00 ₽; × 33.33 % = 109.989 ₽ → 109.99
    [10_00, 33.33, 10_999],
    // 10.00 ₽ × 33 m² = 330.00 ₽; × 12.51 % = 41.283 ₽ → 41.28 (below half goes down)
    [10_00, 12.51, 4_128],
  ])('should round half-up to the kopeck: rate %i kop./m², %d %% → %i kop.', (rate, percent, amount) => {
    const parameters = withParameters({ contributionRateKopecksPerM2: { withLift: 0, withoutLift: rate }, benefitPercent: { age70: percent, age80: 100 } });
    expect(calculateCapitalRepairAmount({ totalAreaM2: 45, share: { numerator: 1, denominator: 1 }, householdSize: 1, hasLift: false, ageGroup: 70, parameters }).amountKopecks).toBe(amount);
  });

  it('should multiply a per-person 3+ standard by the household size', () => {
    const parameters = withParameters({ areaStandardM2: { one: 33, two: 42, threeOrMore: 18, threeOrMorePerPerson: true } });
    const args = { totalAreaM2: 100, share: { numerator: 1, denominator: 1 }, householdSize: 4, hasLift: false, ageGroup: 80 as const };
    expect(calculateCapitalRepairAmount({ ...args, parameters }).standardM2).toBe(72);
    expect(calculateCapitalRepairAmount({ ...args, parameters: { ...parameters, areaBasisStrategy: 'PER_PERSON_STANDARD' } }).standardM2).toBe(18);
  });

  it.each([
    ['a share above 1', { share: { numerator: 3, denominator: 2 } }, 'Доля в праве'],
    ['a household of 0', { householdSize: 0 }, 'Состав семьи'],
    ['an area with 3 decimals', { totalAreaM2: 45.123 }, 'Общая площадь'],
  ])('should reject %s', (_name, change, message) => {
    const args = { totalAreaM2: 45, share: { numerator: 1, denominator: 1 }, householdSize: 1, hasLift: false, ageGroup: 70 as const, parameters: FIXTURE, ...change };
    expect(() => calculateCapitalRepairAmount(args)).toThrow(message);
  });
});

describe('capital-repair-compensation: effective-dated parameters (spec §9.3)', () => {
  const OLD: CapitalRepairParameterSet = { validFrom: '2024-01-01', act: 'Тестовый акт № 1', values: FIXTURE };
  const NEW: CapitalRepairParameterSet = {
    validFrom: '2025-07-01',
    act: 'Тестовый акт № 2',
    values: withParameters({ contributionRateKopecksPerM2: { withLift: 13_00, withoutLift: 11_00 } }),
  };
  const SETS = [NEW, OLD];

  it.each([
    ['2025-06-30', OLD.act],
    ['2025-07-01', NEW.act],
    ['2024-01-01', OLD.act],
  ])('should pick the set in force on %s', (date, act) => expect(parametersOn(SETS, date).act).toBe(act));

  it('should treat validTo as the last day in force', () => {
    const closed = { ...OLD, validTo: '2024-12-31' };
    expect(parametersOn([closed], '2024-12-31').act).toBe(OLD.act);
    expect(() => parametersOn([closed], '2025-01-01')).toThrow('01.01.2025');
  });

  it('should name the date when no set is in force', () => {
    expect(() => parametersOn(SETS, '2023-12-31')).toThrow(CapitalRepairParametersError);
    expect(() => parametersOn(SETS, '2023-12-31')).toThrow('Нет параметров расчета компенсации взноса на капитальный ремонт, действующих на 31.12.2023');
  });

  it('should refuse to choose between two sets that start on the same day', () =>
    expect(() => parametersOn([NEW, { ...NEW, act: 'Тестовый акт № 3' }], '2025-08-01')).toThrow('Тестовый акт № 2; Тестовый акт № 3'));

  it.each([
    ['2025-06-30', 165_00, OLD.act],
    ['2025-07-01', 181_50, NEW.act],
  ])('should calculate an application registered on %s with the set of that month (%i kop.)', (registeredOn, amount, act) => {
    const result = evaluateCapitalRepair({ application: application(), applicant: OWNER, facts: FACTS, referenceDate: registeredOn, parameters: SETS });
    expect(result).toMatchObject({ outcome: 'grant', amount, period: { from: `${registeredOn.slice(0, 7)}-01` } });
    expect(result.explanation).toContainEqual(expect.objectContaining({ clause: 'прил. 3; I-25', result: act }));
  });

  it('should calculate example 3 end to end for a family of two', () => {
    const result = evaluateCapitalRepair({
      application: application({ ...family(member()), category: 'A80_FAMILY', dwelling: { ...DWELLING, totalAreaM2: 54, hasLift: true } }),
      applicant: man('1944-01-01'),
      facts: FACTS,
      referenceDate: REF_DATE,
      parameters: [{ ...OLD, values: withParameters({ areaBasisStrategy: 'PER_PERSON_STANDARD' }) }],
    });
    expect(result).toMatchObject({ outcome: 'grant', amount: 252_00, grounds: [] });
  });

  it('should not calculate an amount for a refusal', () => {
    const result = evaluateCapitalRepair({ application: application(), applicant: OWNER, facts: { ...FACTS, owner: false }, referenceDate: REF_DATE, parameters: SETS });
    expect(result.amount).toBeUndefined();
  });

  it('should accept the fixture set and reject a fractional rate and an inverted period', () => {
    const issues = (value: unknown): string[][] => {
      const result = capitalRepairParameterSetSchema.safeParse(value);
      return result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message]);
    };
    expect(issues(OLD)).toEqual([]);
    expect(issues({ ...OLD, values: withParameters({ contributionRateKopecksPerM2: { withLift: 12.5, withoutLift: 10_00 } }) })).toEqual([
      ['values.contributionRateKopecksPerM2.withLift', 'Тариф — целое число копеек за 1 м²'],
    ]);
    expect(issues({ ...OLD, validTo: '2023-12-31' })).toEqual([['validTo', 'Дата окончания действия не может быть раньше даты начала']]);
  });
});

describe('capital-repair-compensation: payment start (I-26 default)', () => {
  it.each([
    ['2025-05-31', '2025-05'],
    ['2025-11-01', '2025-11'],
    ['2025-12-31', '2025-12'],
  ])('should start payment for an application registered on %s in %s', (registeredOn, month) => expect(capitalRepairPaymentStart({ registeredOn })).toBe(month));

  it('should use the start the clerk set instead of the default', () => {
    const result = evaluateCapitalRepair({ application: application(), applicant: OWNER, facts: FACTS, referenceDate: REF_DATE, periodFrom: '2025-11-01' });
    expect(result.period).toEqual({ from: '2025-11-01' });
    expect(result.explanation).toContainEqual(expect.objectContaining({ clause: 'прил. 3; прил. 5; I-26', result: '01.11.2025' }));
  });

  it.each([
    ['1955-10-15', '2025-10-15', 70],
    ['1955-10-16', '2025-10-15', 69],
    ['1956-02-29', '2026-02-28', 70],
    ['1956-02-29', '2026-02-27', 69],
    ['1944-02-29', '2024-02-29', 80],
    ['1944-02-29', '2024-02-28', 79],
  ])('should give a person born %s on %s the age %i', (birthDate, on, age) => expect(fullYearsOn({ birthDate, on })).toBe(age));
});

describe('capital-repair-compensation: application schema', () => {
  const messageAt = (value: unknown, path: string): string | undefined => {
    const result = capitalRepairApplicationSchema.safeParse(value);
    return result.success ? undefined : result.error.issues.find((i) => i.path.join('.') === path)?.message;
  };

  it('should accept a complete application and default the lists', () => {
    const parsed = application();
    expect(parsed.householdMembers).toEqual([]);
    expect(parsed.otherSupport).toEqual({ receives: false });
  });

  it.each([
    ['paymentMethod.account', input({ paymentMethod: { ...VALID_BANK, account: '40602810000000000025' } }), 'Номер счета не соответствует БИК: неверный контрольный ключ'],
    ['dwelling.ownershipShare.numerator', input({ dwelling: { ...DWELLING, ownershipShare: { numerator: 3, denominator: 2 } } }), 'Доля не может быть больше единицы'],
    ['householdMembers', input({ category: 'A80_FAMILY' }), 'Для категории «в составе семьи» укажите совместно зарегистрированных членов семьи'],
    ['category', input({ householdMembers: [member()] }), 'С заявителем зарегистрированы члены семьи: выберите категорию «в составе семьи» (I-22)'],
  ])('should reject %s with a Russian message', (path, value, message) => expect(messageAt(value, path)).toBe(message));
});
