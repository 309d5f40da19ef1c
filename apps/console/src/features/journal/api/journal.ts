import { api, apiUrl, queryString } from '../../../lib/api-client';

export type JournalQuery = { authorityId: string; serviceSlug: string; from: string; to: string };

export type JournalEntry = {
  caseId: string;
  number: string;
  registeredOn: string;
  registeredAt: string;
  applicantName: string;
  address: string | null;
  categories: { code: string; title: string }[];
  channel: { code: string; title: string };
  acceptedBy: string | null;
  stateTitle: string;
  decision: { kind: string; number: string | null; date: string | null; grounds: string[] } | null;
};

export type Journal = {
  authority: { id: string; name: string };
  service: { slug: string; title: string; journalTitle: string };
  from: string;
  to: string;
  firstLineNumber: number;
  entries: JournalEntry[];
};

export const journalPath = (q: JournalQuery): string => `/journal${queryString(q)}`;
export const loadJournal = (q: JournalQuery): Promise<Journal> => api<Journal>(journalPath(q));
export const journalPdfUrl = (q: JournalQuery): string => apiUrl(`/journal.pdf${queryString(q)}`);
