import { startTestSystem, type TestSystem } from '../../test/harness';

describe('accounts, sessions and roles (HTTP, real PostgreSQL)', () => {
  let sys: TestSystem;
  beforeAll(async () => {
    sys = await startTestSystem();
  });
  afterAll(() => sys.close());

  it('should answer health without a session', async () => {
    const r = await sys.request('GET', '/api/health');
    expect(r).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  it('should return 401 when not logged in', async () => {
    const r = await sys.request('GET', '/api/auth/me');
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('should set an httpOnly SameSite cookie and return the roles when the password is right', async () => {
    const r = await sys.app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'clerk', password: 'demo-password' } });
    expect(r.statusCode).toBe(200);
    const cookie = String(r.headers['set-cookie']);
    expect(cookie).toMatch(/casework_sid=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const me = await sys.request('GET', '/api/auth/me', { cookie: cookie.split(';')[0] });
    expect(me.status).toBe(200);
    const user = (me.body as { user: { login: string; roles: { role: string }[] } }).user;
    expect(user.login).toBe('clerk');
    expect(user.roles).toHaveLength(4);
    expect(user.roles.every((g) => g.role === 'clerk')).toBe(true);
  });

  it('should store an argon2id hash, never the password', async () => {
    const [{ password_hash }] = await sys.db.query(`SELECT password_hash FROM app_user WHERE login = 'head'`);
    expect(password_hash).toMatch(/^\$argon2id\$/);
  });

  it('should give 400 with the field when the login body is incomplete', async () => {
    const r = await sys.request('POST', '/api/auth/login', { body: { login: 'clerk' } });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: { password: expect.any(String) } });
  });

  it('should end the session on logout', async () => {
    const cookie = await sys.login('auditor');
    expect((await sys.request('GET', '/api/auth/me', { cookie })).status).toBe(200);
    await sys.request('POST', '/api/auth/logout', { cookie });
    expect((await sys.request('GET', '/api/auth/me', { cookie })).status).toBe(401);
  });

  it('should return 403 when the role does not allow the action', async () => {
    const cookie = await sys.login('auditor');
    const r = await sys.request('POST', '/api/persons', { cookie, body: { lastName: 'Тест', firstName: 'Тест', birthDate: '1950-01-01', sex: 'male' } });
    expect(r.status).toBe(403);
    expect(r.body).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('should reject a state-changing request from another origin', async () => {
    const cookie = await sys.login('clerk');
    const r = await sys.request('POST', '/api/persons', { cookie, headers: { origin: 'https://evil.example' }, body: { lastName: 'Тест', firstName: 'Тест', birthDate: '1950-01-01', sex: 'male' } });
    expect(r.status).toBe(403);
  });

  it('should lock the account after five wrong passwords, even for the right one, and log it', async () => {
    for (let i = 0; i < 4; i++) {
      expect((await sys.request('POST', '/api/auth/login', { body: { login: 'admin', password: 'wrong' } })).status).toBe(401);
    }
    const fifth = await sys.request('POST', '/api/auth/login', { body: { login: 'admin', password: 'wrong' } });
    expect(fifth.status).toBe(429);
    const right = await sys.request('POST', '/api/auth/login', { body: { login: 'admin', password: 'demo-password' } });
    expect(right.status).toBe(429);
    expect(right.body).toMatchObject({ code: 'ACCOUNT_LOCKED' });
    const [{ n }] = await sys.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'auth.locked'`);
    expect(n).toBe(1);
  });
});
