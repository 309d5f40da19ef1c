import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Pool } from 'pg';
import type { CurrentUserInfo } from '../auth/current-user';
import { PaymentRegistersService } from '../payments/payment-registers.service';
import { elapsedSeconds } from './measures';
import type { BenchRow } from './report';

const SCRATCH = 'bench_register_line';

// The raw twin: one INSERT … SELECT of the same lines into a scratch copy of payment_register_line (same columns,
// defaults, checks, indexes and foreign keys): the payable assignments of the authority and method in the month, each
// with the amount of its latest amount period begun by then.
const RAW_REGISTER_SELECT = `
SELECT $4::uuid AS register_id, row_number() OVER (ORDER BY a.id) AS line_no, a.id AS assignment_id, $3::date AS period, amt.amount AS amount_kopecks, amt.amount AS total_kopecks,
       a.method, a.bik, a.account, a.post_office
  FROM payment_assignment a
  CROSS JOIN LATERAL (SELECT p.amount_kopecks AS amount FROM payment_amount_period p
                       WHERE p.assignment_id = a.id AND p.from_month <= $3::date ORDER BY p.from_month DESC LIMIT 1) amt
 WHERE a.authority_id = $1 AND a.method = $2 AND a.status <> 'pending' AND a.first_month <= $3::date
   AND (a.last_month IS NULL OR a.last_month >= $3::date) AND (a.suspended_from IS NULL OR a.suspended_from > $3::date)`;
const RAW_REGISTER_SQL = `INSERT INTO ${SCRATCH} (register_id, line_no, assignment_id, period, amount_kopecks, total_kopecks, method, bik, account, post_office) ${RAW_REGISTER_SELECT}`;

const createScratch = async (pool: Pool): Promise<void> => {
  await pool.query(`DROP TABLE IF EXISTS ${SCRATCH}`);
  await pool.query(`CREATE TABLE ${SCRATCH} (LIKE payment_register_line INCLUDING ALL)`);
  const fks = (await pool.query<{ name: string; def: string }>(`SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'payment_register_line'::regclass AND contype = 'f'`)).rows;
  for (const fk of fks) await pool.query(`ALTER TABLE ${SCRATCH} ADD CONSTRAINT "bench_${fk.name}" ${fk.def}`);
};

// Register generation: the payments module's service (create, then generate timed on its own) against one raw
// INSERT … SELECT; both must produce the same number of lines and the same total.
export const measureRegister = async (args: {
  app: NestFastifyApplication;
  pool: Pool;
  authorityId: string;
  period: string;
  method: 'bank' | 'post';
  user: CurrentUserInfo;
  maxRatio: number;
  log: (message: string) => void;
}): Promise<BenchRow> => {
  const measure = `Реестр выплат за месяц (${args.method === 'bank' ? 'банк' : 'почта'}, один орган)`;
  let registers: PaymentRegistersService;
  try {
    registers = args.app.get(PaymentRegistersService, { strict: false });
  } catch {
    return { kind: 'missing', measure, reason: 'PaymentRegistersService is not registered in the app (PaymentsModule not imported)' };
  }
  // the bench times generate() itself: create() must not start it in the background
  registers.useDispatcher(async () => undefined);
  const register = await registers.create({ authorityId: args.authorityId, period: args.period, method: args.method }, args.user);
  const month = `${args.period}-01`;
  const params = [args.authorityId, args.method, month];
  // warm the same pages for both: the eligible assignments and their amounts
  await args.pool.query(`SELECT count(*) FROM (${RAW_REGISTER_SELECT}) x`, [...params, register.id]);
  await args.pool.query('CHECKPOINT');
  const systemSeconds = await elapsedSeconds(() => registers.generate(register.id));
  const [system] = (await args.pool.query<{ status: string; lines: number; total: string }>(`SELECT status, line_count AS lines, total_kopecks::text AS total FROM payment_register WHERE id = $1`, [register.id])).rows;
  if (system.status !== 'formed') throw new Error(`register ${register.id} is ${system.status} after generate()`);

  await createScratch(args.pool);
  await args.pool.query('CHECKPOINT');
  const rawSeconds = await elapsedSeconds(() => args.pool.query(RAW_REGISTER_SQL, [...params, register.id]));
  const [raw] = (await args.pool.query<{ lines: number; total: string }>(`SELECT count(*)::int AS lines, coalesce(sum(total_kopecks), 0)::text AS total FROM ${SCRATCH}`)).rows;
  await args.pool.query(`DROP TABLE ${SCRATCH}`);
  if (raw.lines !== system.lines || raw.total !== system.total) throw new Error(`register: the system made ${system.lines} lines for ${system.total} kopecks, the raw SQL ${raw.lines} for ${raw.total}`);
  args.log(`  register: ${system.lines} lines, system ${systemSeconds.toFixed(1)} s, raw INSERT … SELECT ${rawSeconds.toFixed(1)} s`);
  return {
    kind: 'duration',
    measure: `${measure}: ${system.lines.toLocaleString('ru-RU')} строк`,
    systemSeconds,
    rawSeconds,
    maxRatio: args.maxRatio,
    note: `PaymentRegistersService.generate() (batches of ${process.env.REGISTER_BATCH_SIZE ?? 20_000}, each its own transaction, plus the arrears, re-issue and adjustment passes) vs one INSERT … SELECT into a scratch copy with the same indexes and foreign keys; same line count and total checked`,
  };
};
