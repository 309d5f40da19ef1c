import { createHash } from 'node:crypto';
import type { TestResponse, TestSystem } from './harness';
import { extractText } from './pdf-text';

type CaseLike = { id: string; version: number; terms: { termId: string }[] };
type NoticeLike = { id: string; pdfSha256: string };

// The case API as the integration tests drive it: events with the case's version, its terms, its notice PDFs and the
// СМЭВ simulator. `C` is the case detail shape a test reads; the system and the cookies are read when called (beforeAll
// sets them after the describe body has run).
export const caseClient = <C extends CaseLike>(system: () => TestSystem, readerCookie: () => string, adminCookie: () => string) => {
  const ok = (r: TestResponse, what: string): C => {
    if (r.status !== 201 && r.status !== 200) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body as C;
  };
  const post = (cookie: string, url: string, body?: unknown) => system().request('POST', url, { cookie, ...(body === undefined ? {} : { body }) });
  const fireRaw = (c: C, cookie: string, event: string, data: Record<string, unknown> = {}) => post(cookie, `/api/cases/${c.id}/events`, { event, data, expectedVersion: c.version });
  const fire = async (c: C, cookie: string, event: string, data: Record<string, unknown> = {}): Promise<C> => ok(await fireRaw(c, cookie, event, data), event);
  const term = (c: C, id: string): C['terms'][number] | undefined => c.terms.find((t) => t.termId === id);
  // the stored notice as served: a PDF whose SHA-256 is the one recorded
  const noticePdf = async (c: C, n: NoticeLike): Promise<Buffer> => {
    const r = await system().request('GET', `/api/cases/${c.id}/notices/${n.id}/pdf`, { cookie: readerCookie() });
    expect(r.status).toBe(200);
    expect(r.raw.subarray(0, 5).toString()).toBe('%PDF-');
    expect(createHash('sha256').update(r.raw).digest('hex')).toBe(n.pdfSha256);
    return r.raw;
  };
  // a rendered document as served: a real PDF of application/pdf, read back as its text
  const pdf = async (cookie: string, url: string): Promise<string> => {
    const r = await system().request('GET', url, { cookie });
    if (r.status !== 200) throw new Error(`${url}: ${r.status} ${r.raw.toString('utf8').slice(0, 500)}`);
    expect(r.headers['content-type']).toBe('application/pdf');
    expect(r.raw.subarray(0, 5).toString()).toBe('%PDF-');
    return extractText(r.raw).text;
  };
  const simulate = async (kind: string, behaviour: string): Promise<void> => {
    expect((await system().request('PUT', '/api/admin/interagency-simulator', { cookie: adminCookie(), body: { kind, behaviour } })).status).toBe(200);
  };
  return { ok, post, fireRaw, fire, term, noticePdf, pdf, simulate };
};
