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
    await em.query(
      `INSERT INTO audit_log (id, actor_id, authority_id, action, entity, entity_id, details, prev_hash, hash)
       VALUES (0, $1, $2, $3, $4, $5, $6, '', '')`,
      [entry.actorId, entry.authorityId ?? null, entry.action, entry.entity, entry.entityId ?? null, JSON.stringify(entry.details ?? {})],
    );
  }
}
