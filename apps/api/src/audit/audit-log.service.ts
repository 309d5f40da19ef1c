import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  auditPeriodBounds,
  type AuditActivityQuery,
  type AuditBreakReason,
  type AuditLogEntry,
  type AuditLogPage,
  type AuditLogQuery,
  type AuditUserActivity,
  type AuditVerifyResult,
} from '@casework/domain';
import { authoritiesWithRole, type CurrentUserInfo } from '../auth/current-user';
import { notFound } from '../common/api.exception';
import { Clock } from '../common/clock';
import { AuditService } from './audit.service';

const GENESIS_HASH = '0'.repeat(64);
const DEFAULT_TIME_ZONE = 'Europe/Moscow';
const DEFAULT_LIMIT = 50;

type Scope = { authorityIds: string[]; admin: boolean };

type BatchRow = {
  n: number;
  last_id: string | null;
  last_hash: string | null;
  broken_id: string | null;
  broken_at: Date | null;
  broken_action: string | null;
  broken_reason: AuditBreakReason | null;
  broken_pos: number | null;
};

type EntryRow = Omit<AuditLogEntry, 'id' | 'at'> & { id: string; at: Date };

const BREAK_TEXT: Record<AuditBreakReason, (id: number, action: string) => string> = {
  hash_mismatch: (id, action) => `запись № ${id} (${action}) изменена после внесения в журнал: её хеш не совпадает с содержимым.`,
  prev_hash_mismatch: (id, action) => `запись № ${id} (${action}) не ссылается на предыдущую запись журнала: предыдущая запись изменена или подменена.`,
  gap: (id, action) => `перед записью № ${id} (${action}) из журнала удалены записи.`,
};

// One batch of the chain, checked in SQL: each row's hash recomputed with audit_log_hash, each prev_hash compared
// with the hash of the row before it (the previous batch's last row for the first one). A missing id alone is no
// break (a rolled-back transaction burns a sequence value); a missing id where the link is broken is a deletion.
const VERIFY_BATCH_SQL = `
  WITH b AS (
    SELECT id, at, action, prev_hash, hash,
           audit_log_hash(prev_hash, id, at, actor_id, authority_id, action, entity, entity_id, details) AS computed
      FROM audit_log WHERE id > $1::bigint ORDER BY id LIMIT $3
  ), c AS (
    SELECT b.*, coalesce(lag(hash) OVER w, $2::text) AS expected_prev, coalesce(lag(id) OVER w, $1::bigint) AS previous_id, row_number() OVER w AS pos
      FROM b WINDOW w AS (ORDER BY id)
  )
  SELECT n.n, l.id::text AS last_id, l.hash AS last_hash,
         x.id::text AS broken_id, x.at AS broken_at, x.action AS broken_action, x.reason AS broken_reason, x.pos::int AS broken_pos
    FROM (SELECT count(*)::int AS n FROM c) n
    LEFT JOIN LATERAL (SELECT id, hash FROM c ORDER BY id DESC LIMIT 1) l ON true
    LEFT JOIN LATERAL (
      SELECT id, at, action, pos,
             CASE WHEN computed <> hash THEN 'hash_mismatch' WHEN id <> previous_id + 1 THEN 'gap' ELSE 'prev_hash_mismatch' END AS reason
        FROM c WHERE computed <> hash OR prev_hash <> expected_prev ORDER BY id LIMIT 1
    ) x ON true`;

const ENTRY_COLUMNS = `l.id::text AS id, l.at, l.actor_id AS "actorId", u.full_name AS "actorName", u.login AS "actorLogin",
  l.authority_id AS "authorityId", a.short_name AS "authorityName", l.action, l.entity, l.entity_id AS "entityId", l.details`;

// The auditor's tools over the audit log: chain verification, the filtered log and a user's activity.
@Injectable()
export class AuditLogService {
  // rows per query when walking the chain; tests lower it to cross batch boundaries
  verifyBatchSize = 5000;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async verify(user: CurrentUserInfo): Promise<AuditVerifyResult> {
    const result = await this.walkChain();
    await this.db.transaction((em) =>
      this.audit.write(em, {
        actorId: user.id,
        action: 'audit.verify',
        entity: 'audit_log',
        details: result.ok ? { ok: true, rows: result.rows, lastId: result.lastId, lastHash: result.lastHash } : { ok: false, rows: result.rows, brokenId: result.firstBroken.id, reason: result.firstBroken.reason },
      }),
    );
    return result;
  }

  // Walks the whole chain in id order inside one read-only snapshot, so rows appended meanwhile do not shift the count.
  private async walkChain(): Promise<AuditVerifyResult> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction('REPEATABLE READ');
      await runner.query('SET TRANSACTION READ ONLY');
      let lastId = '0';
      let lastHash = GENESIS_HASH;
      let rows = 0;
      for (;;) {
        const [batch] = (await runner.query(VERIFY_BATCH_SQL, [lastId, lastHash, this.verifyBatchSize])) as BatchRow[];
        const checkedAt = this.clock.now().toISOString();
        if (batch.broken_id !== null) {
          const id = Number(batch.broken_id);
          const action = batch.broken_action ?? '';
          const reason = batch.broken_reason ?? 'hash_mismatch';
          await runner.commitTransaction();
          return {
            ok: false,
            rows: rows + (batch.broken_pos ?? 0),
            firstBroken: { id, at: new Date(batch.broken_at ?? 0).toISOString(), action, reason },
            message: `Цепочка журнала аудита нарушена: ${BREAK_TEXT[reason](id, action)}`,
            checkedAt,
          };
        }
        rows += batch.n;
        if (batch.n > 0 && batch.last_id !== null && batch.last_hash !== null) {
          lastId = batch.last_id;
          lastHash = batch.last_hash;
        }
        if (batch.n < this.verifyBatchSize) {
          await runner.commitTransaction();
          return { ok: true, rows, lastId: rows > 0 ? Number(lastId) : null, lastHash: rows > 0 ? lastHash : null, checkedAt };
        }
      }
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  async log(query: AuditLogQuery, user: CurrentUserInfo): Promise<AuditLogPage> {
    const scope = this.scopeOf(user);
    if (query.authorityId && !scope.authorityIds.includes(query.authorityId)) throw notFound('Орган');
    const timeZone = query.timeZone ?? (query.authorityId ? await this.timeZoneOf(query.authorityId) : DEFAULT_TIME_ZONE);
    return this.page(query, scope, timeZone);
  }

  // The staff an auditor may look at (those with a role in the audited authorities, and themselves); an admin gets every account.
  async users(user: CurrentUserInfo): Promise<AuditUserActivity['user'][]> {
    const scope = this.scopeOf(user);
    return (await this.db.query(
      `SELECT u.id, u.login, u.full_name AS "fullName", u.position, u.active FROM app_user u
        WHERE $1::boolean OR u.id = $2 OR EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.authority_id = ANY($3::uuid[]))
        ORDER BY u.full_name, u.login`,
      [scope.admin, user.id, scope.authorityIds],
    )) as AuditUserActivity['user'][];
  }

  async activity(userId: string, query: AuditActivityQuery, user: CurrentUserInfo): Promise<AuditUserActivity> {
    const scope = this.scopeOf(user);
    const [target] = (await this.db.query(`SELECT id, login, full_name AS "fullName", position, active FROM app_user WHERE id = $1`, [userId])) as AuditUserActivity['user'][];
    if (!target) throw notFound('Пользователь');
    // an auditor sees the staff of the authorities they audit (and themselves); an admin sees every account
    if (!scope.admin && target.id !== user.id) {
      const [shared] = (await this.db.query(`SELECT 1 FROM user_role WHERE user_id = $1 AND authority_id = ANY($2::uuid[]) LIMIT 1`, [userId, scope.authorityIds])) as unknown[];
      if (!shared) throw notFound('Пользователь');
    }
    const timeZone = query.timeZone ?? DEFAULT_TIME_ZONE;
    const filters = { ...query, actorId: userId };
    const { where, params } = this.where(filters, scope, timeZone);
    const [counts, page] = await Promise.all([
      this.db.query(`SELECT l.action, count(*)::int AS count FROM audit_log l WHERE ${where} GROUP BY l.action ORDER BY count DESC, l.action`, params) as Promise<{ action: string; count: number }[]>,
      this.page(filters, scope, timeZone),
    ]);
    return { user: target, from: query.from ?? null, to: query.to ?? null, timeZone, counts, page };
  }

  private async page(query: AuditLogQuery, scope: Scope, timeZone: string): Promise<AuditLogPage> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const offset = query.offset ?? 0;
    const { where, params } = this.where(query, scope, timeZone);
    const n = params.length;
    const [rows, [{ total }]] = await Promise.all([
      this.db.query(
        `SELECT ${ENTRY_COLUMNS}
           FROM audit_log l LEFT JOIN app_user u ON u.id = l.actor_id LEFT JOIN authority a ON a.id = l.authority_id
          WHERE ${where} ORDER BY l.id DESC LIMIT $${n + 1} OFFSET $${n + 2}`,
        [...params, limit, offset],
      ) as Promise<EntryRow[]>,
      this.db.query(`SELECT count(*)::int AS total FROM audit_log l WHERE ${where}`, params) as Promise<{ total: number }[]>,
    ]);
    return { items: rows.map((r) => ({ ...r, id: Number(r.id), at: new Date(r.at).toISOString() })), total, limit, offset };
  }

  // Rows of the user's audit/admin authorities; rows with no authority (logins, personal-file reads, system) only for an admin.
  private where(query: AuditLogQuery, scope: Scope, timeZone: string): { where: string; params: unknown[] } {
    const params: unknown[] = [scope.authorityIds, scope.admin];
    // rows with no authority (logins, reads of a personal file) are seen by an admin, and by an auditor when the actor
    // works in one of the auditor's authorities: personal-file reads by his staff are his to review
    const clauses = [
      '(l.authority_id = ANY($1::uuid[]) OR (l.authority_id IS NULL AND ($2::boolean OR EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = l.actor_id AND r.authority_id = ANY($1::uuid[])))))',
    ];
    const add = (sql: (p: string) => string, value: unknown): void => {
      params.push(value);
      clauses.push(sql(`$${params.length}`));
    };
    if (query.id !== undefined) add((p) => `l.id = ${p}::bigint`, String(query.id));
    if (query.actorId) add((p) => `l.actor_id = ${p}::uuid`, query.actorId);
    if (query.authorityId) add((p) => `l.authority_id = ${p}::uuid`, query.authorityId);
    if (query.entity) add((p) => `l.entity = ${p}`, query.entity);
    if (query.entityId) add((p) => `l.entity_id = ${p}`, query.entityId);
    if (query.action?.endsWith('*')) add((p) => `l.action LIKE ${p}`, `${query.action.slice(0, -1).replace(/[\\%_]/g, '\\$&')}%`);
    else if (query.action) add((p) => `l.action = ${p}`, query.action);
    const { fromInstant, toInstant } = auditPeriodBounds({ from: query.from, to: query.to, timeZone });
    if (fromInstant) add((p) => `l.at >= ${p}::timestamptz`, fromInstant);
    if (toInstant) add((p) => `l.at < ${p}::timestamptz`, toInstant);
    return { where: clauses.join(' AND '), params };
  }

  private scopeOf(user: CurrentUserInfo): Scope {
    return { authorityIds: authoritiesWithRole(user, ['auditor', 'admin']), admin: user.roles.some((g) => g.role === 'admin') };
  }

  private async timeZoneOf(authorityId: string): Promise<string> {
    const [row] = (await this.db.query(`SELECT time_zone AS "timeZone" FROM authority WHERE id = $1`, [authorityId])) as { timeZone: string }[];
    return row?.timeZone ?? DEFAULT_TIME_ZONE;
  }
}
