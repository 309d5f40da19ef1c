import type { StoredParameterSet } from '../service-definition';
import { capitalRepairApplicationSchema, type CapitalRepairApplication, type CapitalRepairApplicationInput, type HouseholdMember } from './application.schema';
import { capitalRepairCompensation } from './definition';
import { CAPITAL_REPAIR_RULES_VERSION, capitalRepairEvaluation, capitalRepairFactsFromInteragency, CapitalRepairFactsError } from './evaluation';
import { capitalRepairFactsSchema, type CapitalRepairEstablishedFacts, type CapitalRepairFactsInput } from './facts.schema';
import { capitalRepairGround } from './grounds';
import type { CapitalRepairParameters } from './parameters';
import { CAPITAL_REPAIR_TEST_PARAMETERS as FIXTURE } from './parameters.fixtures';

// Spec §9 through the evaluation contract of the definition (ServiceEvaluation): what the API calls at the counter and
// when a decision is drafted. Parameter values are the §9.5 test fixtures, not legal values.

const ADDRESS = '356880, Ставропольский край, г. Нефтекумск, ул. Ленина, д. 12, кв. 5';
const DWELLING = {
  address: ADDRESS,
  totalAreaM2: 45,
  ownershipShare: { numerator: 1, denominator: 1 },
  apartmentBuilding: true,
  inStavropolKrai: true,
  hasLift: false,
  fundFormation: { kind: 'regional_operator' as const, account: '40604810600000000001' },
};

const application = (overrides: Partial<CapitalRepairApplicationInput> = {}): CapitalRepairApplication =>
  capitalRepairApplicationSchema.parse({
    category: 'A70_ALONE',
    identityDocument: { kind: 'Паспорт гражданина РФ', series: '0704', number: '123456', issuedOn: '2004-06-01', issuedBy: 'ОВД Нефтекумского района Ставропольского края' },
    registrationAddress: ADDRESS,
    applicantWorking: false,
    householdMembers: [],
    dwelling: DWELLING,
    paymentMethod: { kind: 'bank', bankName: 'ПАО «Банк»', bik: '049805746', account: '40602810700000000025' },
    resultDelivery: 'PAPER_AT_BODY',
    acknowledgements: { oneDwellingOneCategory: true, reportChanges: true, dataReliable: true },
    ...overrides,
  });

type Sex = 'male' | 'female';
const person = (sex: Sex, birthDate: string) => ({ sex, birthDate });
const member = (overrides: Partial<HouseholdMember> = {}): HouseholdMember => ({ fullName: 'Иванов Иван Иванович', birthDate: '1950-01-01', sex: 'male', working: false, ...overrides });
const dwelling = (totalAreaM2: number, numerator: number, denominator: number, hasLift: boolean) => ({ dwelling: { ...DWELLING, totalAreaM2, ownershipShare: { numerator, denominator }, hasLift } });

// every requirement of §9.1 established, nothing that refuses
const ESTABLISHED: CapitalRepairFactsInput = {
  owner: true,
  apartmentBuilding: true,
  inStavropolKrai: true,
  registration: { inTerritory: true, atDwellingAddress: true },
  otherSupport: { receivesMeasureIncludingCompensation: false, alreadyCompensatedForAnotherDwellingOrCategory: false },
  courtDebt: { exists: false, formedWithinLast3Years: false },
};

const REF_DATE = '2025-10-15';
const set = (values: Partial<CapitalRepairParameters> = {}, validFrom = '2025-01-01'): StoredParameterSet => ({ validFrom, act: 'Тестовый набор параметров (§9.5)', values: { ...FIXTURE, ...values } });
const WHOLE = [set({ areaBasisStrategy: 'WHOLE_STANDARD' })];
const PER_PERSON = [set({ areaBasisStrategy: 'PER_PERSON_STANDARD' })];

type Case = {
  app?: Partial<CapitalRepairApplicationInput>;
  applicant?: { sex: Sex; birthDate: string };
  facts?: CapitalRepairFactsInput;
  submittedOn?: string;
  sets?: readonly StoredParameterSet[];
};

const evaluate = ({ app = {}, applicant = person('female', '1950-03-10'), facts = ESTABLISHED, submittedOn = REF_DATE, sets = WHOLE }: Case = {}) =>
  capitalRepairEvaluation.evaluate({ application: application(app), applicant, facts, asOf: submittedOn, submittedOn, parameterSets: sets });

const step = (result: ReturnType<typeof evaluate>, clause: string) => result.explanation.find((s) => s.clause === clause);

describe('capital-repair-compensation: evaluation contract (ServiceEvaluation)', () => {
  it('should be the evaluation of the definition, with a rules version and the facts schema', () => {
    expect(capitalRepairCompensation.evaluation).toBe(capitalRepairEvaluation);
    expect(capitalRepairEvaluation.rulesVersion).toBe(CAPITAL_REPAIR_RULES_VERSION);
    expect(capitalRepairEvaluation.factsSchema).toBe(capitalRepairFactsSchema);
  });

  type Expected = { outcome: 'grant' | 'refuse'; grounds?: string[]; amount?: number; category?: string };
  const rows: [name: string, input: Case, expected: Expected][] = [
    // §9.5 worked examples under both area strategies
    ['should grant 165.00 when example 1 (A70_ALONE, 1/1 of 45.0 m², no lift) uses WHOLE_STANDARD', {}, { outcome: 'grant', amount: 165_00 }],
    ['should grant 165.00 when example 1 uses PER_PERSON_STANDARD', { sets: PER_PERSON }, { outcome: 'grant', amount: 165_00 }],
    ['should grant 146.00 when example 2 (A70_ALONE, 1/2 of 58.4 m², no lift) uses WHOLE_STANDARD', { app: dwelling(58.4, 1, 2, false) }, { outcome: 'grant', amount: 146_00 }],
    ['should grant 146.00 when example 2 uses PER_PERSON_STANDARD', { app: dwelling(58.4, 1, 2, false), sets: PER_PERSON }, { outcome: 'grant', amount: 146_00 }],
    [
      'should grant 504.00 when example 3 (A80_FAMILY of 2, 1/1 of 54.0 m², lift) uses WHOLE_STANDARD',
      { app: { category: 'A80_FAMILY', householdMembers: [member()], ...dwelling(54, 1, 1, true) }, applicant: person('male', '1944-01-01') },
      { outcome: 'grant', amount: 504_00, category: 'A80_FAMILY' },
    ],
    [
      'should grant 252.00 when example 3 uses PER_PERSON_STANDARD',
      { app: { category: 'A80_FAMILY', householdMembers: [member()], ...dwelling(54, 1, 1, true) }, applicant: person('male', '1944-01-01'), sets: PER_PERSON },
      { outcome: 'grant', amount: 252_00 },
    ],
    [
      'should grant 240.00 when example 4 (A80_FAMILY of 3, 1/3 of 60.0 m², lift) uses WHOLE_STANDARD',
      { app: { category: 'A80_FAMILY', householdMembers: [member(), member({ fullName: 'Иванова Мария Ивановна', sex: 'female', birthDate: '1952-02-02' })], ...dwelling(60, 1, 3, true) }, applicant: person('male', '1944-01-01') },
      { outcome: 'grant', amount: 240_00 },
    ],
    [
      'should grant 216.00 when example 4 uses PER_PERSON_STANDARD',
      {
        app: { category: 'A80_FAMILY', householdMembers: [member(), member({ fullName: 'Иванова Мария Ивановна', sex: 'female', birthDate: '1952-02-02' })], ...dwelling(60, 1, 3, true) },
        applicant: person('male', '1944-01-01'),
        sets: PER_PERSON,
      },
      { outcome: 'grant', amount: 216_00 },
    ],
    ['should grant 396.00 when example 5 (A80_ALONE, 1/1 of 41.7 m², lift) uses WHOLE_STANDARD', { app: { category: 'A80_ALONE', ...dwelling(41.7, 1, 1, true) }, applicant: person('male', '1944-01-01') }, { outcome: 'grant', amount: 396_00 }],
    [
      'should grant 396.00 when example 5 uses PER_PERSON_STANDARD',
      { app: { category: 'A80_ALONE', ...dwelling(41.7, 1, 1, true) }, applicant: person('male', '1944-01-01'), sets: PER_PERSON },
      { outcome: 'grant', amount: 396_00 },
    ],
    // E3, I-19: inclusive thresholds on the reference date; 45 m² with no lift is 330.00 of cost
    ['should grant A70_ALONE at 50 % when the applicant turns 70 on the reference date', { applicant: person('male', '1955-10-15') }, { outcome: 'grant', amount: 165_00, category: 'A70_ALONE' }],
    ['should refuse REF-01 when the applicant turns 70 the day after the reference date', { applicant: person('male', '1955-10-16') }, { outcome: 'refuse', grounds: ['REF-01'] }],
    ['should grant A80_ALONE at 100 % when the applicant turns 80 on the reference date', { app: { category: 'A80_ALONE' }, applicant: person('female', '1945-10-15') }, { outcome: 'grant', amount: 330_00, category: 'A80_ALONE' }],
    ['should grant A70_ALONE at 50 % when the applicant turns 80 the day after the reference date', { app: { category: 'A80_ALONE' }, applicant: person('female', '1945-10-16') }, { outcome: 'grant', amount: 165_00, category: 'A70_ALONE' }],
    // E4: the family (I-20, I-21, I-22)
    ['should grant A70_FAMILY when a man member turns 60 on the reference date', { app: { category: 'A70_FAMILY', householdMembers: [member({ birthDate: '1965-10-15' })] } }, { outcome: 'grant', category: 'A70_FAMILY' }],
    ['should refuse REF-01 when a man member turns 60 the day after the reference date', { app: { category: 'A70_FAMILY', householdMembers: [member({ birthDate: '1965-10-16' })] } }, { outcome: 'refuse', grounds: ['REF-01'] }],
    ['should grant A70_FAMILY when a woman member turns 55 on the reference date', { app: { category: 'A70_FAMILY', householdMembers: [member({ sex: 'female', birthDate: '1970-10-15' })] } }, { outcome: 'grant' }],
    [
      'should grant A70_FAMILY when a woman member born 1966 reaches the 400-FZ transition age of 58 on the reference date',
      { app: { category: 'A70_FAMILY', householdMembers: [member({ sex: 'female', birthDate: '1966-10-15' })] } },
      { outcome: 'grant' },
    ],
    [
      'should grant A70_FAMILY when a woman member born 1968 is 57, past 55 but short of the 400-FZ age of 60 (I-21)',
      { app: { category: 'A70_FAMILY', householdMembers: [member({ sex: 'female', birthDate: '1968-01-01' })] } },
      { outcome: 'grant' },
    ],
    ['should grant A70_FAMILY when a non-working member of 45 has disability group II', { app: { category: 'A70_FAMILY', householdMembers: [member({ birthDate: '1980-05-05', disabilityGroup: 'II' })] } }, { outcome: 'grant' }],
    ['should refuse REF-01 when a non-working member of 45 has disability group III', { app: { category: 'A70_FAMILY', householdMembers: [member({ birthDate: '1980-05-05', disabilityGroup: 'III' })] } }, { outcome: 'refuse', grounds: ['REF-01'] }],
    ['should refuse REF-01 when a member of pension age works', { app: { category: 'A70_FAMILY', householdMembers: [member({ working: true })] } }, { outcome: 'refuse', grounds: ['REF-01'] }],
    ['should refuse REF-01 when the owner living in a family works (I-20)', { app: { category: 'A70_FAMILY', householdMembers: [member()], applicantWorking: true } }, { outcome: 'refuse', grounds: ['REF-01'] }],
    // each refusal ground of §5.4
    ['should refuse REF-01 when the house is not an apartment building (I-47)', { facts: { ...ESTABLISHED, apartmentBuilding: false } }, { outcome: 'refuse', grounds: ['REF-01'] }],
    ['should refuse REF-02 when the applicant is not the owner', { facts: { ...ESTABLISHED, owner: false } }, { outcome: 'refuse', grounds: ['REF-02'] }],
    ['should refuse REF-03 when not registered in the territory of the body', { facts: { ...ESTABLISHED, registration: { inTerritory: false, atDwellingAddress: true } } }, { outcome: 'refuse', grounds: ['REF-03'] }],
    ['should refuse REF-04 when not registered at the dwelling address', { facts: { ...ESTABLISHED, registration: { inTerritory: true, atDwellingAddress: false } } }, { outcome: 'refuse', grounds: ['REF-04'] }],
    ['should refuse REF-05 when another measure includes the compensation (I-24)', { facts: { ...ESTABLISHED, otherSupport: { receivesMeasureIncludingCompensation: true } } }, { outcome: 'refuse', grounds: ['REF-05'] }],
    ['should refuse REF-05 when the compensation is paid under another category (I-47)', { facts: { ...ESTABLISHED, otherSupport: { alreadyCompensatedForAnotherDwellingOrCategory: true } } }, { outcome: 'refuse', grounds: ['REF-05'] }],
    ['should refuse REF-06 when a court-confirmed debt formed within the last 3 years (I-23)', { facts: { ...ESTABLISHED, courtDebt: { exists: true, formedWithinLast3Years: true } } }, { outcome: 'refuse', grounds: ['REF-06'] }],
    ['should grant when the court-confirmed debt is older than 3 years (I-23)', { facts: { ...ESTABLISHED, courtDebt: { exists: true, formedWithinLast3Years: false } } }, { outcome: 'grant' }],
    ['should refuse REF-07 when the documents are unreliable', { facts: { ...ESTABLISHED, documentsReliable: false } }, { outcome: 'refuse', grounds: ['REF-07'] }],
    [
      'should refuse REF-08 when the disability document of a member under pension age was not brought (I-46)',
      { app: { category: 'A70_FAMILY', householdMembers: [member({ birthDate: '1980-05-05', disabilityGroup: 'I' })] }, facts: { ...ESTABLISHED, disabilityDocumentMissing: true } },
      { outcome: 'refuse', grounds: ['REF-08'] },
    ],
    ['should refuse REF-09 alone when the missing documents were not brought in the wait', { facts: { missingDocumentsNotBrought: true } }, { outcome: 'refuse', grounds: ['REF-09'] }],
    ['should refuse REF-10 alone when the portal applicant did not come with the documents', { facts: { portalDocumentsNotBrought: true } }, { outcome: 'refuse', grounds: ['REF-10'] }],
    ['should refuse REF-11 alone when the application was withdrawn (I-36)', { facts: { ...ESTABLISHED, withdrawn: true } }, { outcome: 'refuse', grounds: ['REF-11'] }],
    // an absent fact is not established
    ['should refuse REF-01 to REF-04 when nothing is established', { facts: {} }, { outcome: 'refuse', grounds: ['REF-01', 'REF-02', 'REF-03', 'REF-04'] }],
  ];

  it.each(rows)('%s', (_name, input, expected) => {
    const result = evaluate(input);
    expect(result.outcome).toBe(expected.outcome);
    expect(result.grounds.map((g) => g.code)).toEqual(expected.grounds ?? []);
    for (const g of result.grounds) expect(g.clause).toBe(capitalRepairGround(g.code)?.clause);
    if (expected.amount !== undefined) expect(result.amount).toBe(expected.amount);
    if (expected.outcome === 'refuse') expect(result.amount).toBeUndefined();
    if (expected.category !== undefined) expect(result.explanation).toContainEqual(expect.objectContaining({ clause: 'п. 1.2; п. 2.6.1; I-19; I-22', result: expected.category }));
    for (const s of result.explanation) expect(s.clause).toMatch(/п\. |пп\. |прил\. |I-\d\d/);
  });

  it('should print the App 3 figures in its order for example 3 (WHOLE_STANDARD)', () => {
    const result = evaluate({ app: { category: 'A80_FAMILY', householdMembers: [member()], ...dwelling(54, 1, 1, true) }, applicant: person('male', '1944-01-01') });
    expect(result.calculation).toEqual([
      { label: 'Общая площадь', value: '54,00 кв. м' },
      { label: 'РС площади', value: '42,00 кв. м' },
      { label: 'Состав семьи', value: '2 чел.' },
      { label: 'Доля в праве', value: '1/1' },
      { label: 'Учет СН', value: 'Д' },
      { label: 'Тариф', value: '12,00 руб. за 1 кв. м' },
      { label: 'Стоимость', value: '504,00\u00a0руб.' },
      { label: 'Размер льготы', value: '100 %' },
      { label: 'Сумма', value: '504,00\u00a0руб.' },
    ]);
    // the same figures in the explanation, with the sum as the step's result
    expect(step(result, 'прил. 3, 5; I-25; I-43')).toMatchObject({ inputs: { 'РС площади': '42,00 кв. м', 'Учет СН': 'Д', Сумма: '504,00\u00a0руб.' }, result: 504_00 });
  });

  it('should print the standard divided by the household under PER_PERSON_STANDARD (example 4)', () => {
    const result = evaluate({
      app: { category: 'A80_FAMILY', householdMembers: [member(), member({ fullName: 'Иванова Мария Ивановна', sex: 'female', birthDate: '1952-02-02' })], ...dwelling(60, 1, 3, true) },
      applicant: person('male', '1944-01-01'),
      sets: PER_PERSON,
    });
    expect(result.calculation?.map((r) => r.value)).toEqual(['60,00 кв. м', '18,00 кв. м', '3 чел.', '1/3', 'Д', '12,00 руб. за 1 кв. м', '216,00\u00a0руб.', '100 %', '216,00\u00a0руб.']);
  });

  it('should record the parameter set used and the period from the first day of the registration month (I-26)', () => {
    const result = evaluate();
    expect(result.parameters).toEqual({ validFrom: '2025-01-01', act: 'Тестовый набор параметров (§9.5)', values: { ...FIXTURE, areaBasisStrategy: 'WHOLE_STANDARD' } });
    expect(result.period).toEqual({ from: '2025-10-01' });
  });

  it('should take the set in force on the first day of payment when the rates change', () => {
    const sets = [set(), set({ contributionRateKopecksPerM2: { withLift: 13_00, withoutLift: 11_00 } }, '2025-11-01')];
    expect(evaluate({ sets, submittedOn: '2025-10-31' }).amount).toBe(165_00);
    // 11.00 × 33 × 50 % = 181.50
    expect(evaluate({ sets, submittedOn: '2025-11-01' })).toMatchObject({ amount: 181_50, parameters: { validFrom: '2025-11-01' } });
  });

  it('should check the age on the registration date and start the payment in its month when it is given (I-19)', () => {
    // submitted through the portal on 30.09.2025, registered on 01.10.2025, the applicant's 70th birthday
    const result = capitalRepairEvaluation.evaluate({
      application: application(),
      applicant: person('male', '1955-10-01'),
      facts: { ...ESTABLISHED, registeredOn: '2025-10-01' },
      asOf: '2025-10-10',
      submittedOn: '2025-09-30',
      parameterSets: WHOLE,
    });
    expect(result).toMatchObject({ outcome: 'grant', amount: 165_00, period: { from: '2025-10-01' } });
    expect(result.explanation[0]).toMatchObject({ clause: 'п. 2.11; I-19', result: '01.10.2025' });
  });

  it('should start the payment on the day the clerk set (I-26)', () => {
    expect(evaluate({ facts: { ...ESTABLISHED, paymentFrom: '2025-11-15' } }).period).toEqual({ from: '2025-11-15' });
  });

  it('should grant without an amount and say why when no parameter set is in force', () => {
    const result = evaluate({ sets: [set({}, '2026-01-01')] });
    expect(result).toMatchObject({ outcome: 'grant', grounds: [], period: { from: '2025-10-01' } });
    expect(result.amount).toBeUndefined();
    expect(result.calculation).toBeUndefined();
    expect(result.parameters).toBeUndefined();
    expect(result.explanation.at(-1)).toMatchObject({ clause: 'прил. 3; I-25', result: false, rule: expect.stringContaining('размер компенсации не рассчитан'), inputs: expect.objectContaining({ date: '01.10.2025' }) });
  });

  it('should grant without an amount when no parameter set is stored at all', () => {
    const result = evaluate({ sets: [] });
    expect(result.outcome).toBe('grant');
    expect(result.amount).toBeUndefined();
  });

  it('should grant without an amount and name the problem when the set in force has wrong values', () => {
    const broken: StoredParameterSet = { validFrom: '2025-01-01', act: 'Набор с ошибкой', values: { ...FIXTURE, benefitPercent: { age70: 150, age80: 100 } } };
    const result = evaluate({ sets: [broken] });
    expect(result.amount).toBeUndefined();
    expect(result.explanation.at(-1)).toMatchObject({ result: false, inputs: expect.objectContaining({ act: 'Набор с ошибкой', problems: ['benefitPercent.age70: Размер льготы — от 0 до 100 %'] }) });
  });

  it('should grant without an amount when two sets start on the same day', () => {
    const result = evaluate({ sets: [set(), { ...set(), act: 'Другой акт' }] });
    expect(result.amount).toBeUndefined();
    expect(result.explanation.at(-1)?.inputs['problem']).toMatch(/несколько наборов/);
  });

  it('should say which requirement facts are not established and that a missing answer is no refusal ground (3.2.3)', () => {
    const result = evaluate({ facts: { owner: true, apartmentBuilding: true, inStavropolKrai: true } });
    expect(result.grounds.map((g) => g.code)).toEqual(['REF-03', 'REF-04']);
    expect(step(result, 'пп. 2.4, 3.2.3')).toMatchObject({
      result: false,
      inputs: { notEstablished: ['регистрация по месту жительства на территории органа (MV-10)', 'регистрация по месту жительства по адресу помещения (MV-10)'] },
    });
    expect(step(evaluate(), 'пп. 2.4, 3.2.3')).toBeUndefined();
    expect(step(evaluate({ facts: { withdrawn: true } }), 'пп. 2.4, 3.2.3')).toBeUndefined();
  });

  it('should report the 400-FZ pension age of a member next to the 2018 one (I-21)', () => {
    const result = evaluate({ app: { category: 'A70_FAMILY', householdMembers: [member({ sex: 'female', birthDate: '1968-01-01' })] } });
    expect(step(result, 'п. 1.2; I-21; I-22')).toMatchObject({
      result: true,
      inputs: expect.objectContaining({ age: 57, pensionAge400FZ: 60, pensionAge400FZReachedOn: '01.01.2028', reachedPensionAge400FZ: false, reachedPensionAge2018: true }),
    });
  });

  it('should note the 80th birthday of an A70 recipient for the review of the category (I-19)', () => {
    const result = evaluate({ applicant: person('female', '1950-03-10') });
    expect(step(result, 'п. 2.6.1; I-19')).toMatchObject({ result: '10.03.2030' });
    expect(step(evaluate({ app: { category: 'A80_ALONE' }, applicant: person('male', '1944-01-01') }), 'п. 2.6.1; I-19')).toBeUndefined();
  });

  it('should not carry the suggested category of evaluateCapitalRepair into the stored evaluation', () => {
    expect(evaluate()).not.toHaveProperty('suggestedCategory');
  });

  it('should throw on facts that do not pass the schema, which the caller validates first', () => {
    expect(() => capitalRepairEvaluation.evaluate({ application: application(), applicant: person('male', '1944-01-01'), facts: JSON.parse('{"owner":"да"}') as CapitalRepairEstablishedFacts, asOf: REF_DATE, submittedOn: REF_DATE, parameterSets: WHOLE })).toThrow(CapitalRepairFactsError);
  });
});

describe('capital-repair-compensation: facts schema', () => {
  const issues = (value: unknown): string[][] => {
    const result = capitalRepairFactsSchema.safeParse(value);
    return result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message]);
  };

  it.each([
    ['should accept no facts at all as nothing established', undefined, []],
    ['should accept an empty object', {}, []],
    ['should accept the complete facts', ESTABLISHED, []],
    ['should reject a fact that is not yes or no with a Russian message', { owner: 'да' }, [['owner', 'Заявитель — собственник жилого помещения (ЕГРН, MV-3, или правоустанавливающие документы): да или нет']]],
    ['should reject an unknown fact', { ownr: true }, [['', 'Неизвестные сведения: ownr']]],
    ['should reject an unknown nested fact', { registration: { inTerritory: true, atAddress: true } }, [['registration', 'Неизвестные сведения: atAddress']]],
    ['should reject a date that does not exist', { registeredOn: '2025-02-30' }, [['registeredOn', 'Дата должна быть в формате ГГГГ-ММ-ДД и существовать в календаре']]],
  ])('%s', (_name, value, expected) => expect(issues(value)).toEqual(expected));

  it('should keep absent facts absent, so that the rules can say they are not established', () => {
    expect(capitalRepairFactsSchema.parse({ owner: true })).toEqual({ owner: true });
  });
});

describe('capital-repair-compensation: facts from the interagency answers', () => {
  // the answers of the simulated agencies for the demo person Кравченко П.И. (MV-3, MV-10, MV-9)
  const ANSWERS = {
    'MV-3': { owner: true, share: '1/1', totalAreaM2: 41.7, address: ADDRESS, apartmentBuilding: true },
    'MV-9': { courtConfirmedDebt: false },
    'MV-10': { registeredAtResidence: true, address: '356880, Ставропольский  край, г. Нефтекумск, ул. Ленина, д.12, кв.5', since: '1987-09-01', coRegistered: [] },
  };

  it('should establish ownership, the building, the registration and the absence of a court-confirmed debt', () => {
    expect(capitalRepairFactsFromInteragency(ANSWERS)).toEqual({
      owner: true,
      apartmentBuilding: true,
      inStavropolKrai: true,
      registration: { inTerritory: true, atDwellingAddress: true },
      courtDebt: { exists: false, formedWithinLast3Years: false },
    });
  });

  it('should let the derived facts alone decide a grant of example 5 at the counter', () => {
    const result = capitalRepairEvaluation.evaluate({
      application: application({ category: 'A80_ALONE', ...dwelling(41.7, 1, 1, true) }),
      applicant: person('male', '1944-05-12'),
      facts: capitalRepairFactsFromInteragency(ANSWERS),
      asOf: '2025-05-27',
      submittedOn: '2025-04-30',
      parameterSets: WHOLE,
    });
    expect(result).toMatchObject({ outcome: 'grant', amount: 396_00, period: { from: '2025-04-01' } });
  });

  it.each([
    ['should set no registration when the address is elsewhere and outside the territory', { 'MV-10': { registeredAtResidence: true, address: '357500, Ставропольский край, г. Пятигорск, ул. Мира, д. 1' } }, {}],
    ['should set both registration facts false when there is no registration at the place of residence', { 'MV-10': { registeredAtResidence: false } }, { registration: { inTerritory: false, atDwellingAddress: false } }],
    ['should establish the debt when GIS ЖКХ confirms it (I-23)', { 'MV-9': { courtConfirmedDebt: true } }, { courtDebt: { exists: true, formedWithinLast3Years: true } }],
    ['should establish nothing from an unknown answer form', { 'MV-3': { owner: 'yes' }, 'MV-5': { received: false } }, {}],
  ])('%s', (_name, answers, expected) => expect(capitalRepairFactsFromInteragency(answers)).toEqual(expected));

  it('should give facts the schema accepts', () => {
    expect(capitalRepairFactsSchema.safeParse(capitalRepairFactsFromInteragency(ANSWERS)).success).toBe(true);
  });
});
