import type { DataSource } from 'typeorm';
import type { AuditService } from '../audit/audit.service';

export type TechnicalAccount = { login: string; fullName: string; position: string };

// '!' is no argon2 hash: no password matches it; and the account is inactive, so it never gets a session.
const NO_PASSWORD = '!';

// The app_user that automatic actions are recorded under (case.created_by, case_event.actor_id); created once.
export const ensureTechnicalAccount = (db: DataSource, audit: AuditService, account: TechnicalAccount): Promise<string> =>
  db.transaction(async (em) => {
    const inserted = (await em.query(
      `INSERT INTO app_user (login, full_name, position, password_hash, active) VALUES ($1, $2, $3, $4, false)
       ON CONFLICT (login) DO NOTHING RETURNING id`,
      [account.login, account.fullName, account.position, NO_PASSWORD],
    )) as { id: string }[];
    if (inserted.length > 0) {
      await audit.write(em, { actorId: null, action: 'user.technical_created', entity: 'app_user', entityId: inserted[0].id, details: { login: account.login } });
      return inserted[0].id;
    }
    const [existing] = (await em.query(`SELECT id FROM app_user WHERE login = $1`, [account.login])) as { id: string }[];
    return existing.id;
  });
