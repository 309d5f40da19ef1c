import type { AuditUserActivity, AuditVerifyResult } from '@casework/domain';
import { api, queryString } from '../../../lib/api-client';

export type { AuditLogEntry, AuditLogPage, AuditUserActivity, AuditVerifyResult } from '@casework/domain';
export type AuditUser = AuditUserActivity['user'];

export const PAGE_SIZE = 50;
export const USERS_PATH = '/audit/users';

// Filters of the log as they live in the address (?actor=…&action=…); empty string = no filter.
export type LogFilters = {
  actorId: string;
  action: string;
  entity: string;
  entityId: string;
  id: string;
  from: string;
  to: string;
  offset: number;
};

export type PeriodFilters = { from: string; to: string; offset: number };

// The query the API validates with auditLogQuerySchema; the period is whole days in the authority's zone.
export const logQuery = (f: LogFilters, timeZone: string | undefined): Record<string, string> => {
  const q: Record<string, string> = {};
  const put = (key: string, value: string): void => {
    if (value.trim()) q[key] = value.trim();
  };
  put('id', f.id);
  put('actorId', f.actorId);
  put('action', f.action);
  put('entity', f.entity);
  put('entityId', f.entityId);
  put('from', f.from);
  put('to', f.to);
  if (timeZone) q.timeZone = timeZone;
  q.limit = String(PAGE_SIZE);
  if (f.offset) q.offset = String(f.offset);
  return q;
};

export const logPath = (query: Record<string, string>): string => `/audit/log${queryString(query)}`;

export const activityPath = (userId: string, p: PeriodFilters, timeZone: string | undefined): string =>
  `/audit/users/${encodeURIComponent(userId)}/activity${queryString({ from: p.from, to: p.to, timeZone, limit: PAGE_SIZE, offset: p.offset || undefined })}`;

export const verifyChain = (): Promise<AuditVerifyResult> => api<AuditVerifyResult>('/audit/verify');
