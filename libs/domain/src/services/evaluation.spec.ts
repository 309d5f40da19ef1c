import { draftDeviates, mergeFacts, type Evaluation } from './evaluation';

const refuse: Pick<Evaluation, 'outcome' | 'grounds'> = { outcome: 'refuse', grounds: [{ code: 'REF_03', clause: 'подп. 3 п. 21' }, { code: 'REF_02', clause: 'подп. 2 п. 21' }] };
const grant: Pick<Evaluation, 'outcome' | 'grounds'> = { outcome: 'grant', grounds: [] };

describe('a draft decision against the rules', () => {
  it.each([
    { name: 'the ruled refusal with its grounds in another order', ruled: refuse, outcome: 'refuse' as const, codes: ['REF_02', 'REF_03'], deviates: false },
    { name: 'a grant where the rules refuse', ruled: refuse, outcome: 'grant' as const, codes: [], deviates: true },
    { name: 'a refusal on one ground of two', ruled: refuse, outcome: 'refuse' as const, codes: ['REF_03'], deviates: true },
    { name: 'a refusal on another ground', ruled: refuse, outcome: 'refuse' as const, codes: ['REF_01', 'REF_02'], deviates: true },
    { name: 'the ruled grant', ruled: grant, outcome: 'grant' as const, codes: [], deviates: false },
    { name: 'a refusal where the rules grant', ruled: grant, outcome: 'refuse' as const, codes: ['REF_01'], deviates: true },
  ])('should say $deviates when the draft is $name', ({ ruled, outcome, codes, deviates }) => {
    expect(draftDeviates({ ruled, outcome, groundCodes: codes })).toBe(deviates);
  });
});

describe('the facts of the answers and of the clerk', () => {
  const derived = { owner: true, registration: { inTerritory: true, atDwellingAddress: true }, familyMembers: [{ fullName: 'А' }] };

  it('should keep the other fields of a group when the clerk confirms one of them', () => {
    expect(mergeFacts(derived, { registration: { atDwellingAddress: false } })).toEqual({ owner: true, registration: { inTerritory: true, atDwellingAddress: false }, familyMembers: [{ fullName: 'А' }] });
  });

  it('should let the clerk replace a single fact and a whole list', () => {
    expect(mergeFacts(derived, { owner: false, familyMembers: [] })).toEqual({ owner: false, registration: { inTerritory: true, atDwellingAddress: true }, familyMembers: [] });
  });

  it('should not change the facts it merges', () => {
    const before = JSON.stringify(derived);
    mergeFacts(derived, { registration: { inTerritory: false } });
    expect(JSON.stringify(derived)).toBe(before);
  });
});
