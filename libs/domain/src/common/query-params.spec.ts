import { z } from 'zod';
import { pagingQueryFields } from './query-params';

const schema = z.object(pagingQueryFields(50));

describe('pagingQueryFields', () => {
  it('should turn query strings into numbers within the bounds', () => {
    expect(schema.parse({ limit: '20', offset: '40' })).toEqual({ limit: 20, offset: 40 });
    expect(schema.parse({})).toEqual({});
  });

  it.each([
    [{ limit: 'ten' }, 'limit — целое число'],
    [{ limit: '0' }, 'limit — не меньше 1'],
    [{ limit: '51' }, 'limit — не больше 50'],
    [{ offset: '-1' }, 'offset — целое число'],
  ])('should name the field and the bound in Russian when %j is out of range', (query, message) => {
    const r = schema.safeParse(query);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toBe(message);
  });
});
