import { queryString } from '../../../lib/api-client';

export type QueueFilters = {
  state: string;
  serviceSlug: string;
  term: '' | 'overdue' | 'due_today' | 'open';
  mine: boolean;
  q: string;
  offset: number;
};

export const PAGE_SIZE = 25;

export const queuePath = (authorityId: string, f: QueueFilters): string =>
  `/cases${queryString({ authorityId, state: f.state, serviceSlug: f.serviceSlug, term: f.term, mine: f.mine ? 'true' : '', q: f.q.trim(), limit: PAGE_SIZE, offset: f.offset })}`;
