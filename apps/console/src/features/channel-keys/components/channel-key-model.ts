import type { Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { channelKeyCreateSchema, INTAKE_CHANNELS, type AuditLogEntry, type ChannelKeyCreate, type IntakeChannel } from '@casework/domain';
import { ApiError, errorMessage } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import type { Authority, User } from '../../../types/api';
import type { ChannelKey } from '../api/channel-keys';

// The channels that deliver applications by API (spec §3.1), as the staff call them.
export const CHANNEL_TITLES: Record<IntakeChannel, string> = {
  EPGU: 'ЕПГУ',
  MFC: 'МФЦ',
  MFC_EXTRATERRITORIAL: 'МФЦ (экстерриториальный)',
  MFC_COMPLEX: 'МФЦ (комплексный запрос)',
};

export const CHANNEL_OPTIONS: { code: IntakeChannel; title: string }[] = INTAKE_CHANNELS.map((code) => ({ code, title: CHANNEL_TITLES[code] }));

export const channelTitle = (code: string): string => CHANNEL_TITLES[code as IntakeChannel] ?? code;

// Who issued and who revoked each key, read from the audit log.
export type KeyActors = { issuedBy?: string; revokedBy?: string };

const actorName = (e: AuditLogEntry): string => e.actorName ?? e.actorLogin ?? e.actorId ?? 'система';

export const keyActors = (events: readonly AuditLogEntry[]): Map<string, KeyActors> => {
  const out = new Map<string, KeyActors>();
  for (const e of events) {
    if (!e.entityId) continue;
    const actors = out.get(e.entityId) ?? {};
    // a key seeded from CHANNEL_KEY_* at start-up has no person behind it
    if (e.action === 'channel_key.created' || e.action === 'channel_key.seeded') actors.issuedBy = e.action === 'channel_key.seeded' ? 'система (переменная окружения)' : actorName(e);
    if (e.action === 'channel_key.revoked') actors.revokedBy = actorName(e);
    out.set(e.entityId, actors);
  }
  return out;
};

export type KeyRow = {
  id: string;
  name: string;
  channel: string;
  channelTitle: string;
  // names of the authorities the key is scoped to; null when it serves every authority
  authorities: string[] | null;
  issuedAt: string;
  issuedBy: string | null;
  active: boolean;
  statusText: string;
  statusTone: 'success' | 'muted';
  revokedText: string | null;
};

// A scoped key may name an authority the admin holds no role in (the API shows it when one of its authorities is his).
const authorityName = (id: string, byId: ReadonlyMap<string, Authority>): string => {
  const a = byId.get(id);
  return a ? a.shortName || a.name : `другой орган (${id.slice(0, 8)}…)`;
};

export const statusText = (key: Pick<ChannelKey, 'active'>): string => (key.active ? 'Действует' : 'Отозван');

export const toKeyRows = (keys: readonly ChannelKey[], ctx: { authorities: readonly Authority[]; events: readonly AuditLogEntry[]; timeZone?: string }): KeyRow[] => {
  const byId = new Map(ctx.authorities.map((a) => [a.id, a]));
  const actors = keyActors(ctx.events);
  return keys.map((k) => {
    const who = actors.get(k.id) ?? {};
    const revokedAt = k.revokedAt ? formatDateTime(k.revokedAt, ctx.timeZone) : null;
    return {
      id: k.id,
      name: k.name,
      channel: k.channel,
      channelTitle: channelTitle(k.channel),
      authorities: k.authorityIds === null ? null : k.authorityIds.map((id) => authorityName(id, byId)),
      issuedAt: formatDateTime(k.createdAt, ctx.timeZone),
      issuedBy: who.issuedBy ?? null,
      active: k.active,
      statusText: statusText(k),
      statusTone: k.active ? 'success' : 'muted',
      revokedText: k.active ? null : [revokedAt, who.revokedBy].filter(Boolean).join(', ') || null,
    };
  });
};

// The authorities the user administers: a key may be scoped only to these (ChannelKeysService.assertMayScope).
export const administeredAuthorities = (user: Pick<User, 'roles'> | null, authorities: readonly Authority[]): Authority[] => {
  const mine = new Set((user?.roles ?? []).filter((g) => g.role === 'admin').map((g) => g.authorityId));
  return authorities.filter((a) => mine.has(a.id));
};

// Blank inputs are "not given": the domain's schema then says, in Russian, what is missing.
export type KeyFormValues = {
  name: string;
  channel: '' | IntakeChannel;
  // 'all': the key serves every authority (only an admin of every authority may issue it)
  scope: 'all' | 'selected';
  authorityIds: string[];
};

export const emptyKeyForm = (administered: readonly Authority[], currentAuthorityId: string | null): KeyFormValues => ({
  name: '',
  channel: '',
  scope: 'selected',
  authorityIds: administered.some((a) => a.id === currentAuthorityId) ? [currentAuthorityId as string] : administered.slice(0, 1).map((a) => a.id),
});

export const toCreateInput = (v: KeyFormValues): ChannelKeyCreate => ({
  name: v.name,
  channel: (v.channel || undefined) as IntakeChannel,
  authorityIds: v.scope === 'all' ? null : v.authorityIds,
});

const schemaResolver = zodResolver(channelKeyCreateSchema) as unknown as Resolver<Record<string, unknown>, unknown, ChannelKeyCreate>;

export const keyFormResolver: Resolver<KeyFormValues, unknown, ChannelKeyCreate> = (values, context, options) =>
  schemaResolver(toCreateInput(values) as unknown as Record<string, unknown>, context, options as never) as ReturnType<Resolver<KeyFormValues, unknown, ChannelKeyCreate>>;

// The API explains its refusals in Russian ({ code, message, errors }); a bare status (a proxy, a gateway) gets a Russian text here.
const STATUS_TEXT: Record<number, string> = {
  400: 'Запрос отклонён: проверьте заполнение полей.',
  403: 'Недостаточно прав: ключи выпускает и отзывает администратор органов, к которым относится ключ.',
  404: 'Ключ не найден: возможно, он относится к органу, который вы не администрируете.',
  409: 'Действие противоречит уже сохранённым данным. Обновите список и повторите.',
  422: 'Действие не допускается правилами.',
};

export const failureMessage = (error: unknown): string => {
  if (error instanceof ApiError && error.code.startsWith('HTTP_')) return STATUS_TEXT[error.status] ?? error.message;
  return errorMessage(error);
};
