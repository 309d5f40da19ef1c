import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hash, verify } from '@node-rs/argon2';
import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { LoginRequest } from '@casework/domain';
import { ApiException } from '../common/api.exception';
import { AuditService } from '../audit/audit.service';
import type { CurrentUserInfo, RoleGrant } from './current-user';
import { AppUser, Session, UserRole } from './user.entity';

export const SESSION_COOKIE = 'casework_sid';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

const tokenId = (token: string): string => createHash('sha256').update(token).digest('hex');

// argon2id is the library's default algorithm
export const hashPassword = (password: string): Promise<string> => hash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 });

let dummyHash: Promise<string> | undefined;
const timingDummyHash = (): Promise<string> => (dummyHash ??= hashPassword(randomBytes(16).toString('hex')));

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async login(input: LoginRequest, meta: { ip?: string; userAgent?: string }, now = new Date()): Promise<{ token: string; user: CurrentUserInfo; expiresAt: Date }> {
    const users = this.db.getRepository(AppUser);
    const user = await users.findOne({ where: { login: input.login } });
    if (!user || !user.active) {
      // same answer and similar cost as a wrong password: no account enumeration
      await verify(await timingDummyHash(), input.password).catch(() => false);
      throw new ApiException('INVALID_CREDENTIALS', 'Неверный логин или пароль');
    }
    if (user.lockedUntil && user.lockedUntil > now) {
      throw new ApiException('ACCOUNT_LOCKED', `Учётная запись временно заблокирована после ${MAX_FAILED_LOGINS} неудачных попыток входа. Повторите после ${user.lockedUntil.toISOString().slice(11, 16)} UTC или обратитесь к администратору.`);
    }
    const ok = await verify(user.passwordHash, input.password).catch(() => false);
    if (!ok) {
      const failed = user.failedLogins + 1;
      const locked = failed >= MAX_FAILED_LOGINS;
      await users.update({ id: user.id }, { failedLogins: locked ? 0 : failed, lockedUntil: locked ? new Date(now.getTime() + LOCKOUT_MS) : user.lockedUntil });
      await this.audit.write(this.db.manager, { actorId: user.id, action: locked ? 'auth.locked' : 'auth.login_failed', entity: 'app_user', entityId: user.id, details: { ip: meta.ip ?? null } });
      throw new ApiException(locked ? 'ACCOUNT_LOCKED' : 'INVALID_CREDENTIALS', locked ? `Учётная запись заблокирована на ${LOCKOUT_MS / 60000} минут после ${MAX_FAILED_LOGINS} неудачных попыток входа` : 'Неверный логин или пароль');
    }
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
    await this.db.transaction(async (em) => {
      await em.getRepository(AppUser).update({ id: user.id }, { failedLogins: 0, lockedUntil: null });
      await em.getRepository(Session).insert({ id: tokenId(token), userId: user.id, lastSeenAt: now, expiresAt, ip: meta.ip ?? null, userAgent: meta.userAgent?.slice(0, 300) ?? null });
      await this.audit.write(em, { actorId: user.id, action: 'auth.login', entity: 'app_user', entityId: user.id, details: { ip: meta.ip ?? null } });
    });
    return { token, user: await this.userInfo(user), expiresAt };
  }

  async logout(token: string | undefined): Promise<void> {
    if (!token) return;
    await this.db.getRepository(Session).delete({ id: tokenId(token) });
  }

  // Resolves a session cookie to the user; slides the expiry at most once a minute.
  async authenticate(token: string | undefined, now = new Date()): Promise<CurrentUserInfo | null> {
    if (!token) return null;
    // one round trip for every request: the session, its user and the user's roles
    const rows = (await this.db.query(
      `SELECT s.id, s.last_seen_at AS "lastSeenAt", u.id AS "userId", u.login, u.full_name AS "fullName", u.position,
              coalesce((SELECT jsonb_agg(jsonb_build_object('authorityId', r.authority_id, 'role', r.role) ORDER BY r.authority_id, r.role)
                          FROM user_role r WHERE r.user_id = u.id), '[]') AS roles
         FROM session s JOIN app_user u ON u.id = s.user_id
        WHERE s.id = $1 AND s.expires_at > $2 AND u.active`,
      [tokenId(token), now],
    )) as { id: string; lastSeenAt: Date; userId: string; login: string; fullName: string; position: string | null; roles: RoleGrant[] }[];
    const found = rows[0];
    if (!found) return null;
    if (now.getTime() - found.lastSeenAt.getTime() > 60_000) {
      await this.db.getRepository(Session).update({ id: found.id }, { lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_TTL_MS) });
    }
    return { id: found.userId, login: found.login, fullName: found.fullName, position: found.position, roles: found.roles };
  }

  private async userInfo(user: AppUser): Promise<CurrentUserInfo> {
    const roles = await this.db.getRepository(UserRole).find({ where: { userId: user.id } });
    return {
      id: user.id,
      login: user.login,
      fullName: user.fullName,
      position: user.position,
      roles: roles.map((r): RoleGrant => ({ authorityId: r.authorityId, role: r.role })),
    };
  }
}
