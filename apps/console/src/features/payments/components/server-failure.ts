import { useMemo } from 'react';
import type { FieldErrors, FieldValues } from 'react-hook-form';
import { errorMessage, isConflict } from '../../../lib/api-client';
import { applyServerErrors } from '../../../lib/form-errors';

// What a refused request leaves on a form: the message, the errors placed at its fields, and the ones it has no field for.
export type Failure = { message: string; fields: Record<string, string>; rest: Record<string, string> };

export type Outcome<T> = { kind: 'ok'; result: T } | { kind: 'conflict' } | { kind: 'failed'; failure: Failure };

export const failureOf = (error: unknown, fields: readonly string[], mapKey?: (key: string) => string): Failure => {
  const placed: Record<string, string> = {};
  const rest = applyServerErrors<Record<string, string>>(error, (name, e) => (placed[String(name)] = e.message ?? ''), fields, mapKey);
  return { message: errorMessage(error), fields: placed, rest };
};

// Runs a request and turns its refusal into a value: 409 is a conflict (reload and repeat), anything else a failure.
export const attempt = async <T>(run: () => Promise<T>, fields: readonly string[], mapKey?: (key: string) => string): Promise<Outcome<T>> => {
  try {
    return { kind: 'ok', result: await run() };
  } catch (e) {
    if (isConflict(e)) return { kind: 'conflict' };
    return { kind: 'failed', failure: failureOf(e, fields, mapKey) };
  }
};

// The failure's field errors in the shape react-hook-form takes as `errors` (server errors shown next to the fields).
export const useServerErrors = <T extends FieldValues>(failure: Failure | null): FieldErrors<T> | undefined =>
  useMemo(() => (failure ? (Object.fromEntries(Object.entries(failure.fields).map(([k, message]) => [k, { type: 'server', message }])) as FieldErrors<T>) : undefined), [failure]);
