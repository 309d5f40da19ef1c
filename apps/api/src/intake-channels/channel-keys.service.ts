import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { In, IsNull, type DataSource } from 'typeorm';
import { INTAKE_CHANNELS, type ChannelKeyCreate, type IntakeChannel } from '@casework/domain';
import { AuditService } from '../audit/audit.service';
import { authoritiesWithRole, type CurrentUserInfo } from '../auth/current-user';
import { Authority } from '../authorities/authority.entity';
import { ApiException, forbidden, notFound } from '../common/api.exception';
import { Clock } from '../common/clock';
import { ChannelApiKeyRow } from './intake-channels.entities';

export type ChannelKeyInfo = { id: string; channel: IntakeChannel; name: string; authorityIds: string[] | null };

export type ChannelKeyView = ChannelKeyInfo & { createdAt: Date; revokedAt: Date | null; active: boolean };

export const channelKeyHash = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');

// An env secret shorter than this is refused: it would be guessable.
const MIN_ENV_SECRET_LENGTH = 24;

const view = (row: ChannelApiKeyRow): ChannelKeyView => ({
  id: row.id,
  channel: row.channel,
  name: row.name,
  authorityIds: row.authorityIds,
  createdAt: row.createdAt,
  revokedAt: row.revokedAt,
  active: row.revokedAt === null,
});

// API keys of the intake channels: one per channel (and optionally per authority scope); only the SHA-256 is stored.
@Injectable()
export class ChannelKeysService {
  private readonly logger = new Logger('ChannelKeys');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  // The secret is returned here and never again.
  async create(input: ChannelKeyCreate, user: CurrentUserInfo): Promise<ChannelKeyView & { secret: string }> {
    const authorityIds = input.authorityIds ? [...new Set(input.authorityIds)] : null;
    await this.assertMayScope(authorityIds, user);
    const secret = `ck_${randomBytes(32).toString('base64url')}`;
    const row = await this.db.transaction(async (em) => {
      const saved = await em.getRepository(ChannelApiKeyRow).save(
        em.getRepository(ChannelApiKeyRow).create({ channel: input.channel, name: input.name, authorityIds, keyHash: channelKeyHash(secret), createdAt: this.clock.now(), createdBy: user.id }),
      );
      await this.audit.write(em, { actorId: user.id, action: 'channel_key.created', entity: 'channel_api_key', entityId: saved.id, details: { channel: input.channel, name: input.name, authorityIds } });
      return saved;
    });
    return { ...view(row), secret };
  }

  async list(user: CurrentUserInfo): Promise<ChannelKeyView[]> {
    const rows = await this.db.getRepository(ChannelApiKeyRow).find({ order: { createdAt: 'DESC' } });
    return rows.filter((r) => this.visible(r, user)).map(view);
  }

  async revoke(id: string, user: CurrentUserInfo): Promise<ChannelKeyView> {
    return this.db.transaction(async (em) => {
      const repo = em.getRepository(ChannelApiKeyRow);
      const row = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row || !this.visible(row, user)) throw notFound('Ключ канала');
      // revoking twice changes nothing: the first revocation stands
      if (row.revokedAt !== null) return view(row);
      row.revokedAt = this.clock.now();
      row.revokedBy = user.id;
      await repo.update({ id }, { revokedAt: row.revokedAt, revokedBy: user.id });
      await this.audit.write(em, { actorId: user.id, action: 'channel_key.revoked', entity: 'channel_api_key', entityId: id, details: { channel: row.channel } });
      return view(row);
    });
  }

  async anyActive(): Promise<boolean> {
    return this.db.getRepository(ChannelApiKeyRow).exists({ where: { revokedAt: IsNull() } });
  }

  // The key behind an `Authorization: ApiKey <secret>` header, unless unknown or revoked.
  async authenticate(secret: string): Promise<ChannelKeyInfo | null> {
    const row = await this.db.getRepository(ChannelApiKeyRow).findOne({ where: { keyHash: channelKeyHash(secret), revokedAt: IsNull() } });
    return row ? { id: row.id, channel: row.channel, name: row.name, authorityIds: row.authorityIds } : null;
  }

  // CHANNEL_KEY_EPGU, CHANNEL_KEY_MFC, CHANNEL_KEY_MFC_EXTRATERRITORIAL, CHANNEL_KEY_MFC_COMPLEX: a key for every authority
  // with that secret, registered at start-up when set (a revoked one stays revoked). Nothing secret is logged.
  async seedFromEnvironment(env: NodeJS.ProcessEnv = process.env): Promise<IntakeChannel[]> {
    const seeded: IntakeChannel[] = [];
    for (const channel of INTAKE_CHANNELS) {
      const variable = `CHANNEL_KEY_${channel}`;
      const secret = env[variable]?.trim();
      if (!secret) continue;
      if (secret.length < MIN_ENV_SECRET_LENGTH) {
        this.logger.warn(`${variable} is shorter than ${MIN_ENV_SECRET_LENGTH} characters: ignored`);
        continue;
      }
      await this.db.transaction(async (em) => {
        const inserted = (await em.query(
          `INSERT INTO channel_api_key (channel, authority_ids, name, key_hash, created_at) VALUES ($1, NULL, $2, $3, $4)
           ON CONFLICT (key_hash) DO NOTHING RETURNING id`,
          [channel, `Ключ из переменной окружения ${variable}`, channelKeyHash(secret), this.clock.now()],
        )) as { id: string }[];
        if (inserted.length === 0) return;
        await this.audit.write(em, { actorId: null, action: 'channel_key.seeded', entity: 'channel_api_key', entityId: inserted[0].id, details: { channel, variable } });
        seeded.push(channel);
        this.logger.log(`Channel key for ${channel} registered from ${variable}`);
      });
    }
    return seeded;
  }

  private visible(row: ChannelApiKeyRow, user: CurrentUserInfo): boolean {
    const mine = authoritiesWithRole(user, ['admin']);
    return row.authorityIds === null ? mine.length > 0 : row.authorityIds.some((a) => mine.includes(a));
  }

  // An admin scopes a key to authorities he administers; an unscoped key needs him to administer all of them.
  private async assertMayScope(authorityIds: string[] | null, user: CurrentUserInfo): Promise<void> {
    const mine = authoritiesWithRole(user, ['admin']);
    if (authorityIds === null) {
      const all = await this.db.getRepository(Authority).find({ select: { id: true } });
      if (all.some((a) => !mine.includes(a.id))) throw forbidden('Ключ без ограничения по органам может выпустить только администратор всех органов');
      return;
    }
    const known = await this.db.getRepository(Authority).find({ select: { id: true }, where: { id: In(authorityIds) } });
    const unknown = authorityIds.filter((id) => !known.some((k) => k.id === id));
    if (unknown.length > 0) throw new ApiException('VALIDATION_FAILED', 'Орган не найден', { authorityIds: `Нет органов: ${unknown.join(', ')}` });
    if (authorityIds.some((id) => !mine.includes(id))) throw forbidden('Нет прав администратора в одном из органов ключа');
  }
}
