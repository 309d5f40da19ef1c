import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { IntakeChannel } from '@casework/domain';
import { AuditService } from '../audit/audit.service';
import type { CurrentUserInfo } from '../auth/current-user';

type TechnicalAccount = { login: string; fullName: string };

const EPGU: TechnicalAccount = { login: 'epgu-gateway', fullName: 'Шлюз ЕПГУ (автоматический прием заявлений)' };
const MFC: TechnicalAccount = { login: 'mfc-gateway', fullName: 'Шлюз АИС МФЦ (автоматический прием заявлений)' };

export const TECHNICAL_ACCOUNTS: Record<IntakeChannel, TechnicalAccount> = { EPGU, MFC, MFC_EXTRATERRITORIAL: MFC, MFC_COMPLEX: MFC };

// '!' is no argon2 hash: no password matches it; and the account is inactive, so it never gets a session.
const NO_PASSWORD = '!';

// The app_user a channel's cases are created by (case.created_by, case_event.actor_id). It holds no roles:
// each delivery acts with a clerk grant for the one authority its API key was checked against.
@Injectable()
export class TechnicalUsers {
  private readonly ids = new Map<string, string>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async ensureAll(): Promise<void> {
    for (const account of new Set(Object.values(TECHNICAL_ACCOUNTS))) await this.idOf(account);
  }

  async actingFor(channel: IntakeChannel, authorityId: string): Promise<CurrentUserInfo> {
    const account = TECHNICAL_ACCOUNTS[channel];
    return { id: await this.idOf(account), login: account.login, fullName: account.fullName, position: null, roles: [{ authorityId, role: 'clerk' }] };
  }

  private async idOf(account: TechnicalAccount): Promise<string> {
    const cached = this.ids.get(account.login);
    if (cached) return cached;
    const id = await this.db.transaction(async (em) => {
      const inserted = (await em.query(
        `INSERT INTO app_user (login, full_name, position, password_hash, active) VALUES ($1, $2, 'Технический пользователь канала приема', $3, false)
         ON CONFLICT (login) DO NOTHING RETURNING id`,
        [account.login, account.fullName, NO_PASSWORD],
      )) as { id: string }[];
      if (inserted.length > 0) {
        await this.audit.write(em, { actorId: null, action: 'user.technical_created', entity: 'app_user', entityId: inserted[0].id, details: { login: account.login } });
        return inserted[0].id;
      }
      const [existing] = (await em.query(`SELECT id FROM app_user WHERE login = $1`, [account.login])) as { id: string }[];
      return existing.id;
    });
    this.ids.set(account.login, id);
    return id;
  }
}
