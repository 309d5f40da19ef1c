import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ChannelStatusCode } from '@casework/domain';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { ChannelStatusGateway } from './channel-status.gateway';

const BASE_BACKOFF_MS = 10_000;
const MAX_BACKOFF_MS = 60 * 60_000;
const DEFAULT_INTERVAL_MS = 5_000;

// 10 s after the first failure, doubling, at most an hour.
export const outboxBackoffMs = (failedAttempts: number): number => Math.min(BASE_BACKOFF_MS * 2 ** Math.max(0, failedAttempts - 1), MAX_BACKOFF_MS);

type PendingRow = { id: string; channel: string; channelReference: string; caseId: string; statusCode: ChannelStatusCode; payload: Record<string, unknown>; attempts: number };

export type RelayResult = { delivered: number; failed: number };

// Delivers channel_outbox rows through the gateway: per case strictly in id order, each row once even with several relays
// (the row stays locked while it is sent; others skip it). All state is in the table, so a restart just carries on.
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('OutboxRelay');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly gateway: ChannelStatusGateway,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  onApplicationBootstrap(): void {
    if (process.env.OUTBOX_RELAY === 'off') return;
    const every = Number(process.env.OUTBOX_RELAY_INTERVAL_MS ?? DEFAULT_INTERVAL_MS);
    this.timer = setInterval(() => this.tick(), Number.isFinite(every) && every > 0 ? every : DEFAULT_INTERVAL_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.relayOnce()
      .catch((error: unknown) => this.logger.warn(`relay failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        this.running = undefined;
      });
  }

  // One pass over what is due now; a failed row waits for its backoff, and the later rows of its case wait behind it.
  async relayOnce({ limit = 100 }: { limit?: number } = {}): Promise<RelayResult> {
    const result: RelayResult = { delivered: 0, failed: 0 };
    for (let i = 0; i < limit; i++) {
      const outcome = await this.deliverNext();
      if (outcome === null) break;
      result[outcome] += 1;
    }
    return result;
  }

  private deliverNext(): Promise<'delivered' | 'failed' | null> {
    const now = this.clock.now();
    return this.db.transaction(async (em) => {
      const [row] = (await em.query(
        `SELECT o.id, o.channel, o.channel_reference AS "channelReference", o.case_id AS "caseId", o.status_code AS "statusCode", o.payload, o.attempts
           FROM channel_outbox o
          WHERE o.delivered_at IS NULL AND o.next_attempt_at <= $1
            AND NOT EXISTS (SELECT 1 FROM channel_outbox p WHERE p.case_id = o.case_id AND p.delivered_at IS NULL AND p.id < o.id)
          ORDER BY o.id
          LIMIT 1
          FOR UPDATE OF o SKIP LOCKED`,
        [now],
      )) as PendingRow[];
      if (!row) return null;
      const attempts = row.attempts + 1;
      try {
        await this.gateway.deliver({ id: String(row.id), channel: row.channel, channelReference: row.channelReference, caseId: row.caseId, status: row.statusCode, payload: row.payload });
      } catch (error) {
        const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
        const next = new Date(now.getTime() + outboxBackoffMs(attempts));
        await em.query(`UPDATE channel_outbox SET attempts = $2, last_error = $3, next_attempt_at = $4 WHERE id = $1`, [row.id, attempts, message, next]);
        await this.audit.write(em, { actorId: null, action: 'intake.status_delivery_failed', entity: 'channel_outbox', entityId: String(row.id), details: { caseId: row.caseId, status: row.statusCode, attempts, nextAttemptAt: next.toISOString() } });
        return 'failed';
      }
      await em.query(`UPDATE channel_outbox SET attempts = $2, delivered_at = $3, last_error = NULL WHERE id = $1`, [row.id, attempts, now]);
      await this.audit.write(em, { actorId: null, action: 'intake.status_delivered', entity: 'channel_outbox', entityId: String(row.id), details: { caseId: row.caseId, status: row.statusCode, attempts } });
      return 'delivered';
    });
  }
}
