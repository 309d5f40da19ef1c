import type { IntakeRequest, PersonData } from '@casework/domain';
import { api, queryString } from '../../../lib/api-client';
import type { CaseDetail, Person } from '../../../types/api';

export type PersonQuery = { snils?: string; lastName?: string; birthDate?: string; q?: string };

export const searchPersons = (query: PersonQuery): Promise<Person[]> => api<Person[]>(`/persons${queryString(query)}`);

// confirmDistinct: the clerk has seen the near duplicates the API found and says this is another human being
export const createPerson = (data: PersonData, confirmDistinct = false): Promise<Person> => api<Person>('/persons', { method: 'POST', body: confirmDistinct ? { ...data, confirmDistinct } : data });

export const createCase = (body: IntakeRequest): Promise<CaseDetail> => api<CaseDetail>('/cases', { method: 'POST', body });
