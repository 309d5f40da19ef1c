import { describe, expect, it } from '@jest/globals';
import { channelKeyCreateSchema, type AuditLogEntry } from '@casework/domain';
import { ApiError } from '../../../lib/api-client';
import type { Authority } from '../../../types/api';
import type { ChannelKey } from '../api/channel-keys';
import { administeredAuthorities, channelTitle, emptyKeyForm, failureMessage, keyActors, keyFormResolver, statusText, toCreateInput, toKeyRows } from './channel-key-model';

const SOSVA: Authority = { id: '6f1c1a52-3a5c-4c1e-9a57-2b7d0f0b7c11', code: 'SOSVA', name: 'Управление социальной политики по Сосьве', shortName: 'УСП Сосьва', region: '66', timeZone: 'Asia/Yekaterinburg' };
const SEROV: Authority = { id: '0b8f6a3e-1d2c-4e5f-8a9b-0c1d2e3f4a5b', code: 'SEROV', name: 'Управление социальной политики по Серову', shortName: '', region: '66', timeZone: 'Asia/Yekaterinburg' };
const FOREIGN = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

const key = (over: Partial<ChannelKey>): ChannelKey => ({
  id: 'a1b2c3d4-0000-4000-8000-000000000001',
  channel: 'MFC',
  name: 'АИС МФЦ',
  authorityIds: [SOSVA.id],
  createdAt: '2025-10-06T04:05:00.000Z',
  revokedAt: null,
  active: true,
  ...over,
});

const event = (over: Partial<AuditLogEntry>): AuditLogEntry => ({
  id: 1,
  at: '2025-10-06T04:05:00.000Z',
  actorId: 'u-1',
  actorName: 'Иванова И. И.',
  actorLogin: 'ivanova',
  authorityId: null,
  authorityName: null,
  action: 'channel_key.created',
  entity: 'channel_api_key',
  entityId: 'a1b2c3d4-0000-4000-8000-000000000001',
  details: {},
  ...over,
});

describe('channel key rows', () => {
  it.each([
    ['EPGU', 'ЕПГУ'],
    ['MFC', 'МФЦ'],
    ['MFC_EXTRATERRITORIAL', 'МФЦ (экстерриториальный)'],
    ['MFC_COMPLEX', 'МФЦ (комплексный запрос)'],
    ['POST', 'POST'],
  ])('should title the channel %s as %s', (code, title) => {
    expect(channelTitle(code)).toBe(title);
  });

  it('should say whether the key is active or revoked', () => {
    expect(statusText({ active: true })).toBe('Действует');
    expect(statusText({ active: false })).toBe('Отозван');
  });

  it('should show the time in the authority zone and the authority short name, falling back to the full name', () => {
    const [row] = toKeyRows([key({ authorityIds: [SOSVA.id, SEROV.id] })], { authorities: [SOSVA, SEROV], events: [], timeZone: 'Asia/Yekaterinburg' });
    expect(row).toMatchObject({ channelTitle: 'МФЦ', authorities: ['УСП Сосьва', 'Управление социальной политики по Серову'], issuedAt: '06.10.2025 09:05', issuedBy: null, statusTone: 'success', revokedText: null });
  });

  it('should say "every authority" as null and name an authority outside the user by its id', () => {
    const rows = toKeyRows([key({ authorityIds: null }), key({ id: 'k2', authorityIds: [FOREIGN] })], { authorities: [SOSVA], events: [] });
    expect(rows[0].authorities).toBeNull();
    expect(rows[1].authorities).toEqual(['другой орган (9a8b7c6d…)']);
  });

  it('should take who issued and who revoked the key from the audit log when the key is revoked', () => {
    const events = [
      event({ id: 7, action: 'channel_key.revoked', actorName: 'Петров П. П.', at: '2025-10-07T10:00:00.000Z' }),
      event({ id: 3 }),
    ];
    const [row] = toKeyRows([key({ active: false, revokedAt: '2025-10-07T10:00:00.000Z' })], { authorities: [SOSVA], events, timeZone: 'Europe/Moscow' });
    expect(row).toMatchObject({ active: false, statusText: 'Отозван', statusTone: 'muted', issuedBy: 'Иванова И. И.', revokedText: '07.10.2025 13:00, Петров П. П.' });
  });

  it('should name the system as the issuer of a key seeded from the environment', () => {
    const actors = keyActors([event({ action: 'channel_key.seeded', actorId: null, actorName: null, actorLogin: null })]);
    expect(actors.get('a1b2c3d4-0000-4000-8000-000000000001')).toEqual({ issuedBy: 'система (переменная окружения)' });
  });
});

describe('channel key form', () => {
  const admin = { roles: [{ authorityId: SEROV.id, role: 'admin' as const }, { authorityId: SOSVA.id, role: 'clerk' as const }] };

  it('should offer only the authorities where the user is an admin', () => {
    expect(administeredAuthorities(admin, [SOSVA, SEROV]).map((a) => a.id)).toEqual([SEROV.id]);
    expect(administeredAuthorities(null, [SOSVA, SEROV])).toEqual([]);
  });

  it('should preselect the current authority when the user administers it, else the first administered one', () => {
    expect(emptyKeyForm([SOSVA, SEROV], SEROV.id).authorityIds).toEqual([SEROV.id]);
    expect(emptyKeyForm([SEROV], SOSVA.id).authorityIds).toEqual([SEROV.id]);
    expect(emptyKeyForm([], SOSVA.id).authorityIds).toEqual([]);
  });

  it('should send null authorities for a key that serves every authority', () => {
    const input = toCreateInput({ name: 'ЕПГУ, основной', channel: 'EPGU', scope: 'all', authorityIds: [SEROV.id] });
    expect(input).toEqual({ name: 'ЕПГУ, основной', channel: 'EPGU', authorityIds: null });
    expect(channelKeyCreateSchema.safeParse(input).success).toBe(true);
  });

  it('should ask for a name, a channel and an authority in Russian when the form is blank', () => {
    const result = channelKeyCreateSchema.safeParse(toCreateInput({ name: '  ', channel: '', scope: 'selected', authorityIds: [] }));
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['channel', 'Канал: EPGU, MFC, MFC_EXTRATERRITORIAL или MFC_COMPLEX'],
      ['name', 'Укажите название ключа'],
      ['authorityIds', 'Укажите хотя бы один орган или не ограничивайте ключ'],
    ]);
  });

  it('should put the schema errors on the form fields and pass a valid form through as the request body', async () => {
    const options = { fields: {}, shouldUseNativeValidation: false };
    const blank = await keyFormResolver({ name: '', channel: '', scope: 'selected', authorityIds: [] }, undefined, options);
    expect(Object.keys(blank.errors).sort()).toEqual(['authorityIds', 'channel', 'name']);
    const valid = await keyFormResolver({ name: ' АИС МФЦ ', channel: 'MFC_COMPLEX', scope: 'selected', authorityIds: [SEROV.id] }, undefined, options);
    expect(valid).toEqual({ values: { name: 'АИС МФЦ', channel: 'MFC_COMPLEX', authorityIds: [SEROV.id] }, errors: {} });
  });
});

describe('channel key errors', () => {
  it("should show the API's own Russian message when it sent one", () => {
    const e = new ApiError(403, 'FORBIDDEN', 'Нет прав администратора в одном из органов ключа');
    expect(failureMessage(e)).toBe('Нет прав администратора в одном из органов ключа');
  });

  it.each([
    [400, 'Запрос отклонён: проверьте заполнение полей.'],
    [403, 'Недостаточно прав: ключи выпускает и отзывает администратор органов, к которым относится ключ.'],
    [409, 'Действие противоречит уже сохранённым данным. Обновите список и повторите.'],
    [422, 'Действие не допускается правилами.'],
    [502, 'Ошибка сервера (502)'],
  ])('should explain a bare HTTP %i in Russian', (status, text) => {
    expect(failureMessage(new ApiError(status, `HTTP_${status}`, `Ошибка сервера (${status})`))).toBe(text);
  });
});
