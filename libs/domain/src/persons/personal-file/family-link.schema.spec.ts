import { familyLinkActiveOn, familyLinkEndSchema, familyLinkInputSchema, FAMILY_VIEW_RELATION_TITLES, relationAsSeenBy } from './family-link.schema';

const RELATIVE = '3f2a9d4e-8b1c-4e7a-9c5d-0a1b2c3d4e5f';
const valid = { relativeId: RELATIVE, relation: 'child', validFrom: '2015-03-01', basis: 'свидетельство о рождении II-АИ № 123456' };

describe('familyLinkInputSchema', () => {
  it('should accept an open link and give validTo as null', () => {
    expect(familyLinkInputSchema.parse(valid)).toEqual({ ...valid, validTo: null });
  });

  it.each<[string, Record<string, unknown>, string, RegExp]>([
    ['an unknown relation', { relation: 'cousin' }, 'relation', /вид связи/],
    ['no document', { basis: '  ' }, 'basis', /документ-основание/],
    ['an end before the start', { validTo: '2015-02-28' }, 'validTo', /раньше даты начала/],
    ['an impossible date', { validFrom: '2015-02-30' }, 'validFrom', /ГГГГ-ММ-ДД/],
    ['a relative that is not an id', { relativeId: 'Иванов' }, 'relativeId', /родственника/],
  ])('should refuse %s naming the field', (_what, change, field, message) => {
    const result = familyLinkInputSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => i.path.join('.') === field);
    expect(issue?.message).toMatch(message);
  });

  it('should accept a link that ends on the day it starts', () => {
    expect(familyLinkInputSchema.safeParse({ ...valid, validTo: '2015-03-01' }).success).toBe(true);
  });
});

describe('familyLinkEndSchema', () => {
  it('should need the day, the document and the version', () => {
    const result = familyLinkEndSchema.safeParse({ validTo: '2025-01-10' });
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['basis', 'expectedVersion']);
  });
});

describe('relationAsSeenBy', () => {
  it.each([
    ['child', 'parent', 'Родитель'],
    ['ward', 'guardian', 'Опекун (попечитель)'],
    ['spouse', 'spouse', 'Супруг (супруга)'],
    ['other', 'other', 'Другое лицо, зарегистрированное совместно'],
  ] as const)('should show a %s link as %s from the relative side', (relation, inverse, title) => {
    expect(relationAsSeenBy({ relation, side: 'person' })).toBe(relation);
    expect(relationAsSeenBy({ relation, side: 'relative' })).toBe(inverse);
    expect(FAMILY_VIEW_RELATION_TITLES[inverse]).toBe(title);
  });
});

describe('familyLinkActiveOn', () => {
  const link = { validFrom: '2020-01-10', validTo: '2024-06-30' };
  it.each([
    ['2020-01-09', false],
    ['2020-01-10', true],
    ['2024-06-30', true],
    ['2024-07-01', false],
  ])('should hold on %s: %s', (on, expected) => {
    expect(familyLinkActiveOn({ link, on })).toBe(expected);
  });

  it('should hold for ever without an end', () => {
    expect(familyLinkActiveOn({ link: { validFrom: '2020-01-10', validTo: null }, on: '2099-12-31' })).toBe(true);
  });
});
