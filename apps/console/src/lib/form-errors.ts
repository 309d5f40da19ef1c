import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from './api-client';

// Puts each server error next to its field; returns the ones that have no field on this form.
export const applyServerErrors = <T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly string[],
  mapKey: (key: string) => string = (k) => k,
): Record<string, string> => {
  const rest: Record<string, string> = {};
  if (!(error instanceof ApiError)) return rest;
  for (const [key, message] of Object.entries(error.errors)) {
    const field = mapKey(key);
    const match = fields.find((f) => f === field) ?? fields.find((f) => field.startsWith(`${f}.`));
    if (match) setError(match as Path<T>, { type: 'server', message });
    else rest[key] = message;
  }
  return rest;
};
