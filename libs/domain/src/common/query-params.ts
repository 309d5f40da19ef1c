import { z } from 'zod';

// A whole number in a query string (?limit=50), with the bounds named in Russian when it is out of them.
export const intQueryParam = (label: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, `${label} — целое число`)
    .transform(Number)
    .pipe(z.number().int().min(min, `${label} — не меньше ${min}`).max(max, `${label} — не больше ${max}`));

// The paging of every list endpoint.
export const pagingQueryFields = (maxLimit = 200) => ({
  limit: intQueryParam('limit', 1, maxLimit).optional(),
  offset: intQueryParam('offset', 0, 100_000_000).optional(),
});
