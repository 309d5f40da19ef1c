import { checkEvent, SAME_STATE } from '../../workflow/workflow';
import type { Role } from '../../common/roles';
import { getService, SERVICES } from '../registry';
import { housingApplicationSchema, isValidBankAccount, type HousingApplication, type HousingApplicationInput } from './application.schema';
import { HOUSING_CATEGORY_CODES } from './categories';
import { housingUtilitiesCompensation as service } from './definition';
import { fullYearsOn } from '../../common/local-date';
import { evaluateHousing, paymentDataMonth, paymentStartMonth, periodLength, type HousingFacts, type HousingPerson } from './eligibility';
import { missingInteragencyData, neededInteragencyData } from './interagency';
import { housingWorkflow as workflow } from './workflow';

// Bank of Russia procedure No. 515 of 08.09.1997, worked example: BIK 049805746, account 40602810700000000025.
const VALID_BANK = { kind: 'bank' as const, bankName: 'ПАО «Банк»', bik: '049805746', account: '40602810700000000025' };

const input = (overrides: Partial<HousingApplicationInput> = {}): HousingApplicationInput => ({
  categories: ['C01_WAR_DISABLED'],
  applicantStatus: 'citizen',
  identityDocumentKind: 'passport',
  place: 'residence',
  heating: { centralHeating: true, gasSupply: true },
  paymentMethod: VALID_BANK,
  resultDelivery: 'paper',
  ...overrides,
});

const application = (overrides: Partial<HousingApplicationInput> = {}): HousingApplication => housingApplicationSchema.parse(input(overrides));

const woman = (birthDate: string): HousingPerson => ({ birthDate, sex: 'female' });
const man = (birthDate: string): HousingPerson => ({ birthDate, sex: 'male' });
const ADULT = woman('1950-01-01');

describe('housing-utilities-compensation: eligibility (spec §9)', () => {
  type Row = [name: string, overrides: Partial<HousingApplicationInput>, person: HousingPerson, asOf: string, facts: HousingFacts, outcome: 'grant' | 'refuse', grounds: string[]];
  const rows: Row[] = [
    // §9.4 example 1: dose strictly greater than 25 cSv
    ['should refuse REF_01 when the C25 dose is exactly 25.0 cSv', { categories: ['C25_SEMIPALATINSK'], categoryDetails: { C25_SEMIPALATINSK: { doseCSv: 25.0 } } }, ADULT, '2025-10-10', {}, 'refuse', ['REF_01']],
    ['should grant when the C25 dose is 25.4 cSv', { categories: ['C25_SEMIPALATINSK'], categoryDetails: { C25_SEMIPALATINSK: { doseCSv: 25.4 } } }, ADULT, '2025-10-10', {}, 'grant', []],
    // §9.4 example 2: ≥ 10 years of service
    ['should grant C39 when service is 10 years 0 months', { categories: ['C39_RURAL_TEACHER_RETIREE'], categoryDetails: { C39_RURAL_TEACHER_RETIREE: { serviceYears: 10, serviceMonths: 0 } } }, ADULT, '2025-10-10', {}, 'grant', []],
    ['should refuse C39 when service is 9 years 11 months', { categories: ['C39_RURAL_TEACHER_RETIREE'], categoryDetails: { C39_RURAL_TEACHER_RETIREE: { serviceYears: 9, serviceMonths: 11 } } }, ADULT, '2025-10-10', {}, 'refuse', ['REF_01']],
    // §9.4 example 3: age 55 reached on the birthday itself
    ['should grant C30 when a woman born 14.10.1970 applies on 14.10.2025', { categories: ['C30_LABOUR_VETERAN'] }, woman('1970-10-14'), '2025-10-14', {}, 'grant', []],
    ['should refuse C30 when the same woman applies on 13.10.2025 with no other alternative', { categories: ['C30_LABOUR_VETERAN'] }, woman('1970-10-14'), '2025-10-13', {}, 'refuse', ['REF_01']],
    ['should refuse C30 when a man born 20.03.1966 is 59 on 10.10.2025 with no other alternative', { categories: ['C30_LABOUR_VETERAN'] }, man('1966-03-20'), '2025-10-10', {}, 'refuse', ['REF_01']],
    [
      'should grant C30 when the 59-year-old man has the pension right under 400-FZ',
      { categories: ['C30_LABOUR_VETERAN'], categoryDetails: { C30_LABOUR_VETERAN: { pensionRight: true } } },
      man('1966-03-20'),
      '2025-10-10',
      {},
      'grant',
      [],
    ],
    [
      'should grant C30 when the man has reached his insurance pension age',
      { categories: ['C30_LABOUR_VETERAN'], categoryDetails: { C30_LABOUR_VETERAN: { pensionAgeReached: true } } },
      man('1966-03-20'),
      '2025-10-10',
      {},
      'grant',
      [],
    ],
    [
      'should grant C44 when retired though under 55 with 10 years of service',
      { categories: ['C44_RURAL_EDU_STAFF_RETIREE_AGE'], categoryDetails: { C44_RURAL_EDU_STAFF_RETIREE_AGE: { retired: true, serviceYears: 12 } } },
      woman('1975-01-01'),
      '2025-10-10',
      {},
      'grant',
      [],
    ],
    // §9.4 example 4: ≥ 6 months of home-front work within 22.06.1941–09.05.1945
    [
      'should grant C29 when the work lasted 01.11.1944–09.05.1945 (6 months 8 days)',
      { categories: ['C29_HOME_FRONT_WORKER'], categoryDetails: { C29_HOME_FRONT_WORKER: { wartimePeriod: { from: '1944-11-01', to: '1945-05-09' } } } },
      ADULT,
      '2025-10-10',
      {},
      'grant',
      [],
    ],
    [
      'should refuse C29 when the work lasted 15.11.1944–09.05.1945 (5 months 24 days)',
      { categories: ['C29_HOME_FRONT_WORKER'], categoryDetails: { C29_HOME_FRONT_WORKER: { wartimePeriod: { from: '1944-11-15', to: '1945-05-09' } } } },
      ADULT,
      '2025-10-10',
      {},
      'refuse',
      ['REF_01'],
    ],
    [
      'should grant C29 when the short period is backed by a USSR award for selfless labour',
      { categories: ['C29_HOME_FRONT_WORKER'], categoryDetails: { C29_HOME_FRONT_WORKER: { wartimePeriod: { from: '1944-11-15', to: '1945-05-09' }, ussrAward: true } } },
      ADULT,
      '2025-10-10',
      {},
      'grant',
      [],
    ],
    [
      'should refuse C29 when the work after 09.05.1945 is what makes six months',
      { categories: ['C29_HOME_FRONT_WORKER'], categoryDetails: { C29_HOME_FRONT_WORKER: { wartimePeriod: { from: '1945-01-01', to: '1945-12-31' } } } },
      ADULT,
      '2025-10-10',
      {},
      'refuse',
      ['REF_01'],
    ],
    // C10 (A9): HIV-infected minors under 18
    ['should grant C10 to an HIV-infected minor aged 17', { categories: ['C10_DISABLED'], categoryDetails: { C10_DISABLED: { hivInfectedMinor: true } } }, woman('2008-01-10'), '2025-10-10', {}, 'grant', []],
    ['should refuse C10 as an HIV-infected minor on the 18th birthday', { categories: ['C10_DISABLED'], categoryDetails: { C10_DISABLED: { hivInfectedMinor: true } } }, woman('2007-10-10'), '2025-10-10', {}, 'refuse', ['REF_01']],
    ['should grant C10 to a disabled adult', { categories: ['C10_DISABLED'] }, ADULT, '2025-10-10', {}, 'grant', []],
    ['should grant when one of two claimed categories holds', { categories: ['C25_SEMIPALATINSK', 'C01_WAR_DISABLED'], categoryDetails: { C25_SEMIPALATINSK: { doseCSv: 10 } } }, ADULT, '2025-10-10', {}, 'grant', []],
    // cl. 21 grounds
    ['should refuse REF_01 when the D1 answer denies the right to the measure', {}, ADULT, '2025-10-10', { hasRightToMeasure: false }, 'refuse', ['REF_01']],
    ['should refuse REF_02 when another housing measure is received', {}, ADULT, '2025-10-10', { receivesOtherMeasure: true }, 'refuse', ['REF_02']],
    ['should refuse REF_03 when there is a debt and no agreement', {}, ADULT, '2025-10-10', { debt: { exists: true, agreement: 'none' } }, 'refuse', ['REF_03']],
    ['should refuse REF_03 when there is a debt and the agreement is broken', {}, ADULT, '2025-10-10', { debt: { exists: true, agreement: 'broken' } }, 'refuse', ['REF_03']],
    ['should refuse REF_03 when there is a debt and the agreement is unknown', {}, ADULT, '2025-10-10', { debt: { exists: true } }, 'refuse', ['REF_03']],
    ['should grant when the debt has an agreement that is kept', {}, ADULT, '2025-10-10', { debt: { exists: true, agreement: 'kept' } }, 'grant', []],
    ['should grant when there is no debt', {}, ADULT, '2025-10-10', { debt: { exists: false } }, 'grant', []],
    ['should refuse REF_04 when applying at the place of stay while receiving it at the residence', { place: 'stay' }, ADULT, '2025-10-10', { receivesAtResidence: true }, 'refuse', ['REF_04']],
    ['should not apply REF_04 when applying at the place of residence', { place: 'residence' }, ADULT, '2025-10-10', { receivesAtResidence: true }, 'grant', []],
    ['should list every ground that applies', {}, ADULT, '2025-10-10', { receivesOtherMeasure: true, debt: { exists: true, agreement: 'none' } }, 'refuse', ['REF_02', 'REF_03']],
  ];

  it.each(rows)('%s', (_name, overrides, person, asOf, facts, outcome, grounds) => {
    const result = evaluateHousing({ application: application(overrides), person, asOf, facts });
    expect(result.outcome).toBe(outcome);
    expect(result.grounds.map((g) => g.code)).toEqual(grounds);
    for (const g of result.grounds) expect(g.clause).toMatch(/п\. 21/);
  });

  it('should explain the dose rule with its clause and input', () => {
    const result = evaluateHousing({ application: application({ categories: ['C25_SEMIPALATINSK'], categoryDetails: { C25_SEMIPALATINSK: { doseCSv: 25 } } }), person: ADULT, asOf: '2025-10-10' });
    expect(result.explanation).toContainEqual(expect.objectContaining({ clause: 'подп. 25 п. 3', inputs: { doseCSv: 25 }, result: false }));
  });

  it('should set the payment period from the month after submission when granting', () => {
    const result = evaluateHousing({ application: application(), person: ADULT, asOf: '2026-02-02', submittedOn: '2026-01-31' });
    expect(result.period).toEqual({ from: '2026-02-01' });
  });

  it.each([
    ['1944-11-01', '1945-05-09', 6, 8],
    ['1944-11-15', '1945-05-09', 5, 24],
    ['1944-11-09', '1945-05-09', 6, 0],
  ])('should count %s–%s as %i months %i days', (from, to, months, days) => expect(periodLength({ from, to })).toEqual({ months, days }));

  it.each([
    ['1970-10-14', '2025-10-14', 55],
    ['1970-10-14', '2025-10-13', 54],
    ['1966-03-20', '2025-10-10', 59],
    // Civil Code art. 192: born on 29 February, the age is reached on 28 February of a common year
    ['1972-02-29', '2027-02-28', 55],
    ['1972-02-29', '2027-02-27', 54],
  ])('should give a person born %s on %s the age %i', (birthDate, on, age) => expect(fullYearsOn({ birthDate, on })).toBe(age));

  // §9.4 example 5, A4: the month of submission, not of acceptance
  it.each([
    ['2025-09-26', '2025-10'],
    ['2026-01-31', '2026-02'],
    ['2025-12-15', '2026-01'],
  ])('should start payment for an application submitted on %s in %s', (submittedOn, month) => expect(paymentStartMonth({ submittedOn })).toBe(month));

  // §9.4 example 6 (T25)
  it.each([
    ['2025-10-10', '2025-09'],
    ['2026-01-15', '2025-12'],
  ])('should request D4 data for an application of %s for %s', (appliedOn, month) => expect(paymentDataMonth({ appliedOn })).toBe(month));
});

describe('housing-utilities-compensation: application schema', () => {
  const messages = (value: unknown): string[] => {
    const result = housingApplicationSchema.safeParse(value);
    return result.success ? [] : result.error.issues.map((i) => i.message);
  };
  const messageAt = (value: unknown, path: string): string | undefined => {
    const result = housingApplicationSchema.safeParse(value);
    return result.success ? undefined : result.error.issues.find((i) => i.path.join('.') === path)?.message;
  };

  it('should accept a complete application and default the supplied documents to none', () => expect(application().documentsSupplied).toEqual([]));

  it.each([
    ['an empty object', {}],
    ['wrong types everywhere', { categories: 'C01', categoryDetails: { C99: {} }, applicantStatus: 1, place: 'dacha', heating: {}, paymentMethod: { kind: 'card' }, resultDelivery: 'fax', representative: {} }],
    ['a bank method with bad requisites', input({ paymentMethod: { kind: 'bank', bankName: '', bik: '12', account: 'x' } })],
  ])('should give only Russian messages for %s', (_name, value) => {
    const found = messages(value);
    expect(found.length).toBeGreaterThan(0);
    for (const m of found) expect(m).toMatch(/[А-Яа-яЁё]/);
  });

  it.each([
    ['categories', input({ categories: [] }), 'Укажите хотя бы одну категорию заявителя (п. 3)'],
    ['categories.1', input({ categories: ['C01_WAR_DISABLED', 'C01_WAR_DISABLED'] }), 'Категория C01_WAR_DISABLED указана дважды'],
    ['paymentMethod.bik', input({ paymentMethod: { ...VALID_BANK, bik: '04980574' } }), 'БИК — 9 цифр'],
    ['paymentMethod.account', input({ paymentMethod: { ...VALID_BANK, account: '40602810000000000025' } }), 'Номер счета не соответствует БИК: неверный контрольный ключ'],
    ['categoryDetails.C25_SEMIPALATINSK.doseCSv', input({ categories: ['C25_SEMIPALATINSK'] }), 'Укажите суммарную (накопленную) эффективную дозу облучения, сЗв (бэр)'],
    ['categoryDetails.C39_RURAL_TEACHER_RETIREE.serviceYears', input({ categories: ['C39_RURAL_TEACHER_RETIREE'] }), 'Укажите стаж работы (лет и месяцев)'],
    ['categoryDetails.C08_FAMILY_OF_DECEASED_WAR_VETERAN.deceasedFullName', input({ categories: ['C08_FAMILY_OF_DECEASED_WAR_VETERAN'] }), 'Укажите фамилию, имя, отчество умершего (погибшего)'],
    ['categoryDetails.C29_HOME_FRONT_WORKER.wartimePeriod', input({ categories: ['C29_HOME_FRONT_WORKER'] }), 'Укажите период службы (работы) или отметьте награждение орденом или медалью СССР'],
    ['categoryDetails.C25_SEMIPALATINSK', input({ categoryDetails: { C25_SEMIPALATINSK: { doseCSv: 30 } } }), 'Сведения указаны для незаявленной категории C25_SEMIPALATINSK'],
    ['identityDocumentKind', input({ applicantStatus: 'foreigner', identityDocumentKind: 'passport' }), 'Иностранный гражданин или лицо без гражданства предъявляет разрешение на временное проживание или вид на жительство (п. 16)'],
    ['representative.authorityDocument', input({ representative: { lastName: 'Петров', firstName: 'Пётр', postalAddress: 'п.г.т. Сосьва', identityDocument: 'паспорт 6500 000000', authorityDocument: ' ' } }), 'Укажите реквизиты документа, подтверждающего полномочия представителя (доверенности)'],
  ])('should reject %s with a Russian message', (path, value, message) => expect(messageAt(value, path)).toBe(message));

  it('should accept a stateless person with a residence permit and a post office', () =>
    expect(housingApplicationSchema.safeParse(input({ applicantStatus: 'stateless', identityDocumentKind: 'residence_permit', paymentMethod: { kind: 'post', postOffice: 'ОПС 624971' } })).success).toBe(true));

  it.each([
    ['049805746', '40602810700000000025', true],
    ['049805746', '40602810000000000025', false],
    ['049805746', '4060281070000000002', false],
  ])('should check the control key of BIK %s and account %s as %s', (bik, account, ok) => expect(isValidBankAccount({ bik, account })).toBe(ok));
});

describe('housing-utilities-compensation: interagency needs (cl. 18, 49)', () => {
  it('should request D1, D3, D4 for a residence with central heating and gas', () => expect(neededInteragencyData(application())).toEqual(['D1', 'D3', 'D4']));
  it('should request everything for a place of stay without central heating', () =>
    expect(neededInteragencyData(application({ place: 'stay', heating: { centralHeating: false, gasSupply: false } }))).toEqual(['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7']));
  it('should request D2 when the identity document does not show the registration', () => expect(neededInteragencyData(application({ registrationShownInIdentityDocument: false }))).toContain('D2'));
  it('should not request what the applicant brought', () => expect(missingInteragencyData(application({ documentsSupplied: ['D1', 'D4'] }))).toEqual(['D3']));
});

describe('housing-utilities-compensation: workflow (spec §8)', () => {
  const payload = input() as Record<string, unknown>;
  const check = ({ state, event, roles = ['clerk'], data = {}, channel = 'IN_PERSON', body = payload }: { state: string; event: string; roles?: Role[]; data?: Record<string, unknown>; channel?: string; body?: Record<string, unknown> }) =>
    checkEvent({ workflow, state, event, roles, payload: body, data, channel });

  type Row = [name: string, args: Parameters<typeof check>[0], expected: { ok: true; to: string } | { ok: false; reason: string }];
  const rows: Row[] = [
    ['should forbid a clerk to approve a decision', { state: 'head_approval_grant', event: 'approve_decision' }, { ok: false, reason: 'forbidden' }],
    ['should let the head approve a grant', { state: 'head_approval_grant', event: 'approve_decision', roles: ['head'] }, { ok: true, to: 'approved_grant' }],
    ['should let the head approve a refusal', { state: 'head_approval_refusal', event: 'approve_decision', roles: ['head'] }, { ok: true, to: 'approved_refusal' }],
    ['should forbid a clerk to sign the draft as deputy head', { state: 'deputy_review_grant', event: 'sign_draft' }, { ok: false, reason: 'forbidden' }],
    ['should forbid an auditor to register', { state: 'received', event: 'register', roles: ['auditor'] }, { ok: false, reason: 'forbidden' }],
    ['should forbid an admin to register', { state: 'received', event: 'register', roles: ['admin'] }, { ok: false, reason: 'forbidden' }],
    ['should register an in-person application', { state: 'received', event: 'register' }, { ok: true, to: 'registered' }],
    ['should not register an unsigned ЕПГУ application', { state: 'received', event: 'register', channel: 'EPGU', body: { ...payload, esignature: 'none' } }, { ok: false, reason: 'guard' }],
    ['should register a ЕПГУ application with a simple signature', { state: 'received', event: 'register', channel: 'EPGU', body: { ...payload, esignature: 'simple' } }, { ok: true, to: 'registered' }],
    ['should reject a refusal to accept on REF_01', { state: 'received', event: 'refuse_acceptance', data: { groundCode: 'REF_01' } }, { ok: false, reason: 'guard' }],
    ['should reject a refusal to accept without a ground', { state: 'received', event: 'refuse_acceptance' }, { ok: false, reason: 'guard' }],
    ['should reject ACC_REJ_02 for an in-person case', { state: 'received', event: 'refuse_acceptance', data: { groundCode: 'ACC_REJ_02' } }, { ok: false, reason: 'guard' }],
    ['should accept ACC_REJ_02 for a ЕПГУ case', { state: 'received', event: 'refuse_acceptance', data: { groundCode: 'ACC_REJ_02' }, channel: 'EPGU' }, { ok: true, to: 'acceptance_refused' }],
    ['should reject ACC_REJ_03 for an MFC case', { state: 'received', event: 'refuse_acceptance', data: { groundCode: 'ACC_REJ_03' }, channel: 'MFC' }, { ok: false, reason: 'guard' }],
    // A8: the ground names the missing mandatory document (was accepted without one before A8 was applied)
    ['should accept ACC_REJ_MFC_04 for an MFC complex request when the identity document is missing', { state: 'received', event: 'refuse_acceptance', data: { groundCode: 'ACC_REJ_MFC_04', missingDocuments: ['IDENTITY_DOCUMENT'] }, channel: 'MFC_COMPLEX' }, { ok: true, to: 'acceptance_refused' }],
    ['should reject ACC_REJ_MFC_04 when no missing document is named (A8)', { state: 'received', event: 'refuse_acceptance', data: { groundCode: 'ACC_REJ_MFC_04' }, channel: 'MFC' }, { ok: false, reason: 'guard' }],
    ['should reject ACC_REJ_MFC_04 for missing interagency data D4 (cl. 18, A8)', { state: 'received', event: 'refuse_acceptance', data: { groundCode: 'ACC_REJ_MFC_04', missingDocuments: ['D4'] }, channel: 'MFC' }, { ok: false, reason: 'guard' }],
    ['should reject ACC_REJ_MFC_04 for a representative document when no representative applies', { state: 'received', event: 'refuse_acceptance', data: { groundCode: 'ACC_REJ_MFC_04', missingDocuments: ['REPRESENTATIVE_AUTHORITY'] }, channel: 'MFC' }, { ok: false, reason: 'guard' }],
    [
      'should accept ACC_REJ_MFC_04 for a missing power of attorney when a representative applies',
      {
        state: 'received',
        event: 'refuse_acceptance',
        data: { groundCode: 'ACC_REJ_MFC_04', missingDocuments: ['REPRESENTATIVE_AUTHORITY'] },
        channel: 'MFC_EXTRATERRITORIAL',
        body: { ...payload, representative: { lastName: 'Орлов', firstName: 'Петр', postalAddress: 'г. Серов', identityDocument: 'паспорт 6500 123456', authorityDocument: 'доверенность № 1' } },
      },
      { ok: true, to: 'acceptance_refused' },
    ],
    ['should reject ACC_REJ_MFC_04 for a postal case', { state: 'received', event: 'refuse_acceptance', data: { groundCode: 'ACC_REJ_MFC_04' }, channel: 'POST' }, { ok: false, reason: 'guard' }],
    ['should accept ACC_REJ_01 on any channel', { state: 'received', event: 'refuse_acceptance', data: { groundCode: 'ACC_REJ_01' }, channel: 'POST' }, { ok: true, to: 'acceptance_refused' }],
    ['should not start review before the missing data is requested', { state: 'registered', event: 'start_review' }, { ok: false, reason: 'guard' }],
    ['should start review at once when the applicant brought D1, D3 and D4', { state: 'registered', event: 'start_review', body: { ...payload, documentsSupplied: ['D1', 'D3', 'D4'] } }, { ok: true, to: 'under_review' }],
    ['should send interagency requests for listed kinds', { state: 'registered', event: 'send_interagency_requests', data: { kinds: ['D1', 'D4'] } }, { ok: true, to: 'interagency_pending' }],
    ['should not send requests for unknown kinds', { state: 'registered', event: 'send_interagency_requests', data: { kinds: ['D9'] } }, { ok: false, reason: 'guard' }],
    ['should draft a grant without grounds', { state: 'under_review', event: 'draft_decision', data: { outcome: 'grant' } }, { ok: true, to: 'deputy_review_grant' }],
    ['should reject a grant draft that names grounds', { state: 'under_review', event: 'draft_decision', data: { outcome: 'grant', groundCodes: ['REF_02'] } }, { ok: false, reason: 'guard' }],
    ['should draft a refusal on REF_02', { state: 'under_review', event: 'draft_decision', data: { outcome: 'refuse', groundCodes: ['REF_02'] } }, { ok: true, to: 'deputy_review_refusal' }],
    ['should reject a refusal draft without grounds', { state: 'under_review', event: 'draft_decision', data: { outcome: 'refuse', groundCodes: [] } }, { ok: false, reason: 'guard' }],
    ['should reject a refusal draft on an acceptance ground', { state: 'under_review', event: 'draft_decision', data: { outcome: 'refuse', groundCodes: ['ACC_REJ_01'] } }, { ok: false, reason: 'guard' }],
    ['should reject REF_04 for an application at the place of residence', { state: 'under_review', event: 'draft_decision', data: { outcome: 'refuse', groundCodes: ['REF_04'] } }, { ok: false, reason: 'guard' }],
    ['should accept REF_04 for an application at the place of stay', { state: 'under_review', event: 'draft_decision', data: { outcome: 'refuse', groundCodes: ['REF_04'] }, body: { ...payload, place: 'stay' } }, { ok: true, to: 'deputy_review_refusal' }],
    ['should let the head return a draft with a comment', { state: 'deputy_review_refusal', event: 'return_for_rework', roles: ['head'], data: { comment: 'Уточнить основание' } }, { ok: true, to: 'under_review' }],
    ['should not return a draft without a comment', { state: 'head_approval_grant', event: 'return_for_rework', roles: ['head'] }, { ok: false, reason: 'guard' }],
    ['should not set up payment without the АСКВ amount', { state: 'approved_grant', event: 'setup_payment' }, { ok: false, reason: 'guard' }],
    ['should set up payment before the copy is sent', { state: 'approved_grant', event: 'setup_payment', data: { amountKopecks: 123_45 } }, { ok: true, to: 'payment_setup' }],
    ['should reach paying when the copy follows the payment', { state: 'payment_setup', event: 'send_copy' }, { ok: true, to: 'paying' }],
    ['should not set up payment after a refusal', { state: 'approved_refusal', event: 'setup_payment', data: { amountKopecks: 100 } }, { ok: false, reason: 'wrong_state' }],
    ['should not register a correction request before a decision', { state: 'registered', event: 'register_correction_request' }, { ok: false, reason: 'wrong_state' }],
    ['should register a correction request after a refusal was closed', { state: 'closed', event: 'register_correction_request' }, { ok: true, to: 'correction_review' }],
    ['should register a correction request while paying', { state: 'paying', event: 'register_correction_request' }, { ok: true, to: 'correction_review' }],
    ['should route the corrected decision to the deputy head', { state: 'correction_review', event: 'draft_correction', data: { outcome: 'grant' } }, { ok: true, to: 'correction_deputy_review' }],
    ['should let the head approve the replacement', { state: 'correction_head_approval', event: 'replace_decision', roles: ['head'] }, { ok: true, to: 'decision_replaced' }],
    ['should send the corrected decision by registered mail', { state: 'decision_replaced', event: 'send_corrected_decision', data: { method: 'registered_mail' } }, { ok: true, to: 'corrected_decision_sent' }],
    ['should not put the corrected decision into ЕПГУ for a paper case', { state: 'decision_replaced', event: 'send_corrected_decision', data: { method: 'epgu_account' } }, { ok: false, reason: 'guard' }],
    ['should notify that there is no error', { state: 'correction_review', event: 'notify_no_error' }, { ok: true, to: 'no_error_notified' }],
    ['should allow withdrawal before approval', { state: 'head_approval_grant', event: 'withdraw' }, { ok: true, to: 'withdrawn' }],
    ['should not allow withdrawal after approval', { state: 'approved_grant', event: 'withdraw' }, { ok: false, reason: 'wrong_state' }],
  ];

  it.each(rows)('%s', (_name, args, expected) => {
    const result = check(args);
    if (expected.ok) {
      expect(result).toMatchObject({ ok: true });
      if (result.ok) expect(result.transition.to).toBe(expected.to);
    } else {
      expect(result).toMatchObject({ ok: false, reason: expected.reason });
      if (!result.ok) expect(result.message).toMatch(/[А-Яа-яЁё]/);
    }
  });

  it('should say why a grant draft with grounds is wrong', () => {
    const result = check({ state: 'under_review', event: 'draft_decision', data: { outcome: 'grant', groundCodes: ['REF_02'] } });
    expect(result).toMatchObject({ ok: false, message: 'В решении о предоставлении не указываются основания отказа' });
  });

  it('should name the missing data when review cannot start', () =>
    expect(check({ state: 'registered', event: 'start_review' })).toMatchObject({ ok: false, message: expect.stringContaining('D1, D3, D4') }));
});

describe('housing-utilities-compensation: definition consistency', () => {
  const stateCodes = new Set(workflow.states.map((s) => s.code));
  const events = new Set([...workflow.transitions.map((t) => t.event), workflow.initialEvent]);

  it('should be registered under its slug', () => {
    expect(getService('housing-utilities-compensation')).toBe(service);
    expect(SERVICES.filter((s) => s.slug === service.slug)).toHaveLength(1);
  });

  it.each(service.terms.map((t) => [t.id, t] as const))('should use only workflow events and states in term %s', (_id, term) => {
    for (const e of [...term.startsOn, ...term.endsOn, ...(term.pausesOn ?? []), ...(term.resumesOn ?? []), ...(term.restartsOn ?? [])]) expect(events).toContain(e);
    for (const s of term.startsInto ?? []) expect(stateCodes).toContain(s);
    if (term.notLaterThan) expect(service.terms.map((t) => t.id)).toContain(term.notLaterThan.termId);
    for (const c of term.channels ?? []) expect(service.channels.map((ch) => ch.code)).toContain(c);
  });

  it('should have unique term ids', () => expect(new Set(service.terms.map((t) => t.id)).size).toBe(service.terms.length));

  it('should define the key terms as the spec reads them', () => {
    const term = (id: string) => service.terms.find((t) => t.id === id);
    expect(term('T20')).toMatchObject({ length: 10, unit: 'working_days', countFrom: 'next_day', startsOn: ['register'], restartsOn: ['interagency_completed'], endsOn: expect.arrayContaining(['approve_decision']) });
    expect(term('T21')).toMatchObject({ length: 5, unit: 'calendar_days', rollForward: true, startsOn: ['approve_decision'], endsOn: ['send_copy'] });
    expect(term('T22')).toMatchObject({ length: 5, unit: 'working_days', notLaterThan: { termId: 'T20', plusWorkingDays: 1 }, channels: ['MFC', 'MFC_EXTRATERRITORIAL', 'MFC_COMPLEX'] });
    expect(term('T23')).toMatchObject({ startsInto: ['approved_grant'], endsOn: ['setup_payment'] });
    expect(term('T29')).toMatchObject({ length: 3, unit: 'working_days', startsOn: ['register_correction_request'] });
  });

  it('should connect every transition to known states', () => {
    for (const t of workflow.transitions) {
      if (t.to !== SAME_STATE) expect(stateCodes).toContain(t.to);
      for (const f of t.from) expect(stateCodes).toContain(f);
    }
    expect(stateCodes).toContain(workflow.initial);
  });

  it('should reach every state and leave every non-final one', () => {
    for (const s of workflow.states) {
      if (s.code !== workflow.initial) expect(workflow.transitions.some((t) => t.to === s.code)).toBe(true);
      expect(workflow.transitions.some((t) => t.from.includes(s.code))).toBe(!s.final);
    }
  });

  it('should give refusal-to-accept, draft and approval transitions to the right roles', () => {
    for (const t of workflow.transitions) {
      if (t.recordsDecision === 'initial' || t.recordsDecision === 'sign') expect(t.roles).toEqual(['head']);
      if (t.recordsDecision === 'draft') expect(t.roles).toEqual(['clerk']);
      expect(t.roles).not.toContain('auditor');
      expect(t.roles).not.toContain('admin');
    }
  });

  it('should list exactly the grounds of the spec tables (§5.1, §5.3)', () => {
    expect(service.grounds.map((g) => [g.code, g.kind])).toEqual([
      ['ACC_REJ_01', 'refuse_accept'],
      ['ACC_REJ_02', 'refuse_accept'],
      ['ACC_REJ_03', 'refuse_accept'],
      ['ACC_REJ_MFC_04', 'refuse_accept'],
      ['REF_01', 'refuse'],
      ['REF_02', 'refuse'],
      ['REF_03', 'refuse'],
      ['REF_04', 'refuse'],
    ]);
    // cl. 21: no suspension grounds
    expect(service.grounds.some((g) => g.kind === 'suspend')).toBe(false);
  });

  it('should list the 53 categories C01…C53 in order with 7 family categories', () => {
    expect(service.categories).toHaveLength(53);
    expect(service.categories.map((c) => c.code)).toEqual([...HOUSING_CATEGORY_CODES]);
    service.categories.forEach((c, i) => {
      expect(c.code.startsWith(`C${String(i + 1).padStart(2, '0')}_`)).toBe(true);
      expect(c.clause).toBe(`подп. ${i + 1} п. 3`);
    });
    expect(service.categories.filter((c) => c.familyOfDeceased)).toHaveLength(7);
  });

  it('should list the six channels and D1–D7 with a 5-working-day answer term (A7)', () => {
    expect(service.channels.map((c) => c.code)).toEqual(['IN_PERSON', 'MFC', 'MFC_EXTRATERRITORIAL', 'MFC_COMPLEX', 'EPGU', 'POST']);
    expect(service.interagency.map((d) => [d.code, d.responseWorkingDays])).toEqual(['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7'].map((c) => [c, 5]));
  });

  // spec §7: the main application, the MFC and complex-request paths (T12–T14), the typo correction (§12)
  it('should tie documents to the four variants', () => {
    const variants = service.variants.map((v) => v.code);
    expect(variants).toEqual(['MAIN', 'MFC', 'MFC_COMPLEX', 'TYPO_CORRECTION']);
    for (const d of service.documents) for (const v of d.variants ?? []) expect(variants).toContain(v);
  });
});
