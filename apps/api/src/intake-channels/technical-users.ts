import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { IntakeChannel } from '@casework/domain';
import { AuditService } from '../audit/audit.service';
import type { CurrentUserInfo } from '../auth/current-user';
import { ensureTechnicalAccount, type TechnicalAccount } from '../auth/technical-account';

const POSITION = 'Технический пользователь канала приема';
const EPGU: TechnicalAccount = { login: 'epgu-gateway', fullName: 'Шлюз ЕПГУ (автоматический прием заявлений)', position: POSITION };
const MFC: TechnicalAccount = { login: 'mfc-gateway', fullName: 'Шлюз АИС МФЦ (автоматический прием заявлений)', position: POSITION };

export const TECHNICAL_ACCOUNTS: Record<IntakeChannel, TechnicalAccount> = { EPGU, MFC, MFC_EXTRATERRITORIAL: MFC, MFC_COMPLEX: MFC };

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
    const id = await ensureTechnicalAccount(this.db, this.audit, account);
    this.ids.set(account.login, id);
    return id;
  }
}
