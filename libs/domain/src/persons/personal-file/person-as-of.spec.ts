import { personAsOf, type RecordedChange } from './person-as-of';

type Data = { lastName: string; firstName: string; registrationAddress: string; phone: string | null };
const current: Data = { lastName: 'Смирнова', firstName: 'Ольга', registrationAddress: 'г. Сосьва, ул. Новая, 3', phone: '+7 900 000 00 03' };

// Кузнецова → Петрова (marriage) → Смирнова (second marriage); the address moved twice; the phone once.
const changes: RecordedChange[] = [
  { changedAt: '2021-03-01T09:00:00Z', changes: { lastName: { from: 'Кузнецова', to: 'Петрова' }, registrationAddress: { from: 'г. Сосьва, ул. Старая, 1', to: 'г. Сосьва, ул. Лесная, 2' } } },
  { changedAt: '2023-05-10T09:00:00Z', changes: { registrationAddress: { from: 'г. Сосьва, ул. Лесная, 2', to: 'г. Сосьва, ул. Новая, 3' }, phone: { from: null, to: '+7 900 000 00 03' } } },
  { changedAt: new Date('2024-08-20T12:00:00Z'), changes: { lastName: { from: 'Петрова', to: 'Смирнова' } } },
];

describe('personAsOf', () => {
  it.each<[string, string, Partial<Data>]>([
    ['before every change', '2020-12-31T23:59:59Z', { lastName: 'Кузнецова', registrationAddress: 'г. Сосьва, ул. Старая, 1', phone: null }],
    ['between the first and the second', '2022-01-01T00:00:00Z', { lastName: 'Петрова', registrationAddress: 'г. Сосьва, ул. Лесная, 2', phone: null }],
    ['between the second and the third', '2024-01-01T00:00:00Z', { lastName: 'Петрова', registrationAddress: 'г. Сосьва, ул. Новая, 3', phone: '+7 900 000 00 03' }],
    ['after every change', '2025-01-01T00:00:00Z', {}],
    ['at the very instant of a change (made)', '2024-08-20T12:00:00Z', {}],
    ['a millisecond before a change (not yet made)', '2024-08-20T11:59:59.999Z', { lastName: 'Петрова' }],
  ])('should rebuild the data %s', (_when, at, expected) => {
    expect(personAsOf({ current, changes, at })).toEqual({ ...current, ...expected });
  });

  it('should not depend on the order the changes come in', () => {
    expect(personAsOf({ current, changes: [...changes].reverse(), at: '2020-01-01T00:00:00Z' })).toMatchObject({ lastName: 'Кузнецова', registrationAddress: 'г. Сосьва, ул. Старая, 1' });
  });

  it('should leave alone fields the record does not have and not touch the current object', () => {
    const noted: RecordedChange[] = [{ changedAt: '2025-02-01T00:00:00Z', changes: { mergedFrom: { from: null, to: 'Смирнова О.' }, phone: { from: '+7 1', to: '+7 900 000 00 03' } } }];
    const before = personAsOf({ current, changes: noted, at: '2025-01-01T00:00:00Z' });
    expect(before).toEqual({ ...current, phone: '+7 1' });
    expect('mergedFrom' in before).toBe(false);
    expect(current.phone).toBe('+7 900 000 00 03');
  });
});
