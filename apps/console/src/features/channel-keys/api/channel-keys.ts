import type { AuditLogPage, ChannelKeyCreate, IntakeChannel } from '@casework/domain';
import { api, queryString } from '../../../lib/api-client';

// A key as GET /admin/channel-keys returns it (ChannelKeyView of the API): never the secret, only what it is for.
export type ChannelKey = {
  id: string;
  channel: IntakeChannel;
  name: string;
  // null: every authority
  authorityIds: string[] | null;
  createdAt: string;
  revokedAt: string | null;
  active: boolean;
};

// POST /admin/channel-keys: the only response that carries the secret.
export type IssuedChannelKey = ChannelKey & { secret: string };

export const CHANNEL_KEYS_PATH = '/admin/channel-keys';

// The API's key rows do not say who issued or revoked a key; the audit log does (channel_key.created/.seeded/.revoked).
// Its page limit is 200: keys whose events are older than the last 200 show no author.
export const CHANNEL_KEY_ENTITY = 'channel_api_key';
export const CHANNEL_KEY_EVENTS_PATH = `/audit/log${queryString({ entity: CHANNEL_KEY_ENTITY, action: 'channel_key.*', limit: 200 })}`;

export type ChannelKeyEvents = AuditLogPage;

export const issueChannelKey = (body: ChannelKeyCreate): Promise<IssuedChannelKey> => api<IssuedChannelKey>(CHANNEL_KEYS_PATH, { method: 'POST', body });

export const revokeChannelKey = (id: string): Promise<ChannelKey> => api<ChannelKey>(`${CHANNEL_KEYS_PATH}/${encodeURIComponent(id)}/revoke`, { method: 'POST' });

// The audit log of one key, for the link in the table.
export const channelKeyAuditHref = (id: string): string => `/audit${queryString({ entity: CHANNEL_KEY_ENTITY, entityId: id })}`;
