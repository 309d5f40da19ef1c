import type { PersonData } from '@casework/domain';
import { api, queryString } from '../../../lib/api-client';
import type { Person } from '../../../types/api';

export const personsSearchPath = (q: { snils?: string; q?: string; lastName?: string; birthDate?: string }): string => `/persons${queryString(q)}`;

export const personalFilePath = (id: string): string => `/persons/${id}`;

export const updatePerson = (id: string, body: { expectedVersion: number; basis?: string; data: PersonData }): Promise<Person> => api<Person>(`/persons/${id}`, { method: 'PATCH', body });
