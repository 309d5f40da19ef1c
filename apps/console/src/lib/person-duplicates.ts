import { isValidLocalDate } from '@casework/domain';
import type { DuplicateCandidate } from '../types/api';
import { ApiError, queryString } from './api-client';

// The names and birth date typed so far; the live check runs once the surname, the first name and a real date are there.
export type DuplicateProbe = { lastName: string; firstName: string; middleName: string; birthDate: string };

export const duplicatesPath = (v: DuplicateProbe): string | null => {
  const lastName = v.lastName.trim();
  const firstName = v.firstName.trim();
  if (!lastName || !firstName || !isValidLocalDate(v.birthDate)) return null;
  return `/persons/duplicates${queryString({ lastName, firstName, middleName: v.middleName.trim(), birthDate: v.birthDate })}`;
};

// The candidates a 409 POSSIBLE_DUPLICATE carries, or null for any other error.
export const duplicateCandidatesOf = (error: unknown): DuplicateCandidate[] | null => {
  if (!(error instanceof ApiError) || error.status !== 409 || error.code !== 'POSSIBLE_DUPLICATE') return null;
  const candidates = error.body.candidates;
  return Array.isArray(candidates) ? (candidates as DuplicateCandidate[]) : [];
};

// A new list of candidates asks again for the confirmation; the same list keeps it.
export const sameCandidates = (a: readonly DuplicateCandidate[], b: readonly DuplicateCandidate[]): boolean =>
  a.length === b.length && a.every((c, i) => c.id === b[i].id);
