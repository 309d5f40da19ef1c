import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import type { JobTrigger } from './job-run.entity';
import { TERMS_SWEEP, TermsSweepService, type SweepResult } from './terms-sweep.service';

export const PGBOSS_SCHEMA = 'pgboss';
// every 15 minutes: a term becomes "due today" or "overdue" at local midnight of its authority
export const TERMS_SWEEP_CRON = '*/15 * * * *';

type SweepJobData = { trigger?: JobTrigger; requestedBy?: string | null };

export type QueuedSweep = { mode: 'pg-boss'; status: 'completed'; jobId: string; result: SweepResult } | { mode: 'pg-boss'; status: 'queued'; jobId: string };

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

// pg-boss in the application's own database (schema "pgboss"): several API replicas share the queue,
// the cron schedule fires once per slot whatever the number of replicas. JOBS=off leaves it stopped.
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private boss: PgBoss | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sweep: TermsSweepService,
    private readonly clock: Clock,
  ) {}

  get running(): boolean {
    return this.boss !== null;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (process.env.JOBS === 'off') return;
    try {
      await this.start();
    } catch (error) {
      // the API keeps serving; an admin can still run the sweep directly
      this.logger.error(`Background jobs did not start: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  async start(): Promise<void> {
    if (this.boss) return;
    const options = this.db.options as { url?: string };
    if (!options.url) throw new Error('pg-boss needs the database URL of the application');
    const boss = new PgBoss({ connectionString: options.url, schema: PGBOSS_SCHEMA, max: Number(process.env.JOBS_POOL_SIZE ?? 3), application_name: 'casework-jobs' });
    boss.on('error', (error) => this.logger.error(`pg-boss: ${error.message}`));
    await boss.start();
    try {
      // singleton: at most one sweep active at a time across replicas
      await boss.createQueue(TERMS_SWEEP, { name: TERMS_SWEEP, policy: 'singleton', retryLimit: 2, retryDelay: 30, expireInSeconds: 600 });
      await boss.work<SweepJobData>(TERMS_SWEEP, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([job]) =>
        this.sweep.sweepTerms(this.clock.now(), { trigger: job.data?.trigger ?? 'schedule', requestedBy: job.data?.requestedBy ?? null, jobId: job.id }),
      );
      await boss.schedule(TERMS_SWEEP, TERMS_SWEEP_CRON, { trigger: 'schedule' }, { tz: 'UTC' });
      // and once now, so alerts are fresh right after a deploy or a night with the server off
      await boss.send(TERMS_SWEEP, { trigger: 'startup' });
    } catch (error) {
      await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
      throw error;
    }
    this.boss = boss;
    this.logger.log(`Background jobs started: ${TERMS_SWEEP} ${TERMS_SWEEP_CRON}`);
  }

  async stop(): Promise<void> {
    const boss = this.boss;
    if (!boss) return;
    this.boss = null;
    // let a running sweep finish (it holds one transaction) before the database pool closes
    await boss.stop({ graceful: true, wait: true, timeout: 15_000 });
  }

  // Through the queue, so the run is serialised with the scheduled ones; waits a little for the result.
  async enqueueSweep(requestedBy: string, waitMs = 20_000): Promise<QueuedSweep> {
    const boss = this.boss;
    if (!boss) throw new Error('pg-boss is not running');
    const jobId = await boss.send(TERMS_SWEEP, { trigger: 'manual', requestedBy } satisfies SweepJobData);
    if (!jobId) throw new Error('pg-boss did not accept the job');
    for (let waited = 0; waited < waitMs; waited += 250) {
      const job = await boss.getJobById<SweepJobData>(TERMS_SWEEP, jobId, { includeArchive: true });
      if (job?.state === 'completed') return { mode: 'pg-boss', status: 'completed', jobId, result: job.output as SweepResult };
      // a failed sweep is retried in the background; the admin hears about the first failure now
      if (job?.state === 'failed' || job?.state === 'retry' || job?.state === 'cancelled') {
        const output = job.output as { message?: string } | null;
        throw new Error(`Проверка сроков завершилась ошибкой: ${output?.message ?? job.state}`);
      }
      await sleep(250);
    }
    return { mode: 'pg-boss', status: 'queued', jobId };
  }
}
