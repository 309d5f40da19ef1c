import { startTestSystem, type TestSystem } from '../../test/harness';

type Person = { id: string; version: number; snils: string | null };

describe('persons and personal files', () => {
  let sys: TestSystem;
  let clerk: string;
  const base = { lastName: 'Орлова', firstName: 'Нина', middleName: 'Ивановна', birthDate: '1960-02-01', sex: 'female', identityDocument: { kind: 'passport_ru', series: '6505', number: '123456' } };

  beforeAll(async () => {
    sys = await startTestSystem();
    clerk = await sys.login('clerk');
  });
  afterAll(() => sys.close());

  it('should reject a SNILS with a wrong checksum naming the field', async () => {
    const r = await sys.request('POST', '/api/persons', { cookie: clerk, body: { ...base, snils: '112-233-445 96' } });
    expect(r.status).toBe(400);
    expect((r.body as { errors: Record<string, string> }).errors.snils).toMatch(/контрольн/i);
  });

  it('should give 409 for a second person with the same SNILS', async () => {
    const r = await sys.request('POST', '/api/persons', { cookie: clerk, body: { ...base, snils: '112-233-445 95' } });
    expect(r.status).toBe(409);
  });

  it('should keep the history of a change, ignore an unchanged document, and refuse a stale version', async () => {
    const created = (await sys.request('POST', '/api/persons', { cookie: clerk, body: base })).body as Person;
    // same identity document with its keys in another order: nothing changed
    const same = await sys.request('PATCH', `/api/persons/${created.id}`, { cookie: clerk, body: { expectedVersion: created.version, data: { ...base, identityDocument: { number: '123456', series: '6505', kind: 'passport_ru' } } } });
    expect(same.status).toBe(200);
    expect((same.body as Person).version).toBe(created.version);
    const moved = await sys.request('PATCH', `/api/persons/${created.id}`, { cookie: clerk, body: { expectedVersion: created.version, basis: 'заявление', data: { ...base, registrationAddress: 'пгт Сосьва, ул. Новая, 1' } } });
    expect(moved.status).toBe(200);
    const stale = await sys.request('PATCH', `/api/persons/${created.id}`, { cookie: clerk, body: { expectedVersion: created.version, data: { ...base, phone: '+7 900 000 00 00' } } });
    expect(stale.status).toBe(409);
    const file = (await sys.request('GET', `/api/persons/${created.id}`, { cookie: clerk })).body as { changes: { changedBy: string; changes: Record<string, unknown> }[] };
    expect(file.changes).toHaveLength(1);
    expect(file.changes[0].changedBy).toBe('Иванова Мария Сергеевна');
    expect(Object.keys(file.changes[0].changes)).toEqual(['registrationAddress']);
    const [{ n }] = await sys.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'person.read' AND entity_id = $1`, [created.id]);
    expect(n).toBe(1);
  });

  it('should find a person by surname and birth date', async () => {
    const r = await sys.request('GET', `/api/persons?lastName=${encodeURIComponent('соколова')}&birthDate=1958-03-14`, { cookie: clerk });
    expect((r.body as Person[]).map((p) => p.snils)).toEqual(['11223344595']);
  });
});
