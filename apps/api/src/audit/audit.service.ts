import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export type AuditEntry = {
  actorId: string | null;
  authorityId?: string | null;
  action: string;
  entity: string;
  entityId?: string | null;
  details?: Record<string, unknown>;
};

// Writes one row of the hash-chained, append-only audit log inside the caller's transaction.
// The chain itself (id, prev_hash, hash) is computed by the database trigger.
@Injectable()
export class AuditService {
  async write(em: EntityManager, entry: AuditEntry): Promise<void> {
    const params: unknown[] = [];
    await em.query(auditInsertSql(entry, params), params);
  }
}

// The INSERT of one audit row, its parameters appended to `params`: on its own, or as the last part of a statement
// that writes the rows it audits.
export const auditInsertSql = (entry: AuditEntry, params: unknown[]): string => {
  const first = params.length + 1;
  params.push(entry.actorId, entry.authorityId ?? null, entry.action, entry.entity, entry.entityId ?? null, JSON.stringify(entry.details ?? {}));
  return `INSERT INTO audit_log (id, actor_id, authority_id, action, entity, entity_id, details, prev_hash, hash)
       VALUES (0, ${[0, 1, 2, 3, 4, 5].map((i) => `$${first + i}`).join(', ')}, '', '')`;
};
