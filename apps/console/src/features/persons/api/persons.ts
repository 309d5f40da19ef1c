import type { FamilyLinkEnd, FamilyLinkInput, PersonData, PersonMerge } from '@casework/domain';
import { api, queryString } from '../../../lib/api-client';
import type { FamilyLink, PersonalFile, Person } from '../../../types/api';

export const personsSearchPath = (q: { snils?: string; q?: string; lastName?: string; birthDate?: string }): string => `/persons${queryString(q)}`;

// The personal file, or the file as it was at the end of a past day (asOf = YYYY-MM-DD).
export const personalFilePath = (id: string, asOf?: string | null): string => `/persons/${id}${queryString({ asOf })}`;

export const searchPersons = (q: { snils?: string; q?: string }): Promise<Person[]> => api<Person[]>(personsSearchPath(q));

export const updatePerson = (id: string, body: { expectedVersion: number; basis?: string; data: PersonData }): Promise<Person> => api<Person>(`/persons/${id}`, { method: 'PATCH', body });

export const addFamilyLink = (personId: string, body: FamilyLinkInput): Promise<FamilyLink> => api<FamilyLink>(`/persons/${personId}/family`, { method: 'POST', body });

export const endFamilyLink = (personId: string, linkId: string, body: FamilyLinkEnd): Promise<FamilyLink> => api<FamilyLink>(`/persons/${personId}/family/${linkId}`, { method: 'PATCH', body });

export const mergePerson = (survivorId: string, body: PersonMerge): Promise<PersonalFile> => api<PersonalFile>(`/persons/${survivorId}/merge`, { method: 'POST', body });
