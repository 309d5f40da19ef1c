import type { IntakeRequest, PersonData } from '@casework/domain';
import { api, queryString } from '../../../lib/api-client';
import type { Person } from '../../../types/api';

export type PersonQuery = { snils?: string; lastName?: string; birthDate?: string; q?: string };

export const searchPersons = (query: PersonQuery): Promise<Person[]> => api<Person[]>(`/persons${queryString(query)}`);

// confirmDistinct: the clerk has seen the near duplicates the API found and says this is another human being
export const createPerson = (data: PersonData, confirmDistinct = false): Promise<Person> => api<Person>('/persons', { method: 'POST', body: confirmDistinct ? { ...data, confirmDistinct } : data });

// the case page loads the new case itself: the API answers with its id only (RFC 7240 return=minimal)
export const createCase = (body: IntakeRequest): Promise<{ id: string }> => api<{ id: string }>('/cases', { method: 'POST', body, headers: { Prefer: 'return=minimal' } });
