import { snilsChecksum } from '@casework/domain';
import { housingPayload } from '../../test/fixtures';
import { caseClient } from '../../test/case-client';
import { startTestSystem, type TestSystem } from '../../test/harness';

type Person = { id: string; version: number; snils: string | null; lastName: string };
type Candidate = { id: string; lastName: string; firstName: string; middleName: string | null; birthDate: string; snils: string | null; reason: string };
type Link = { id: string; relation: string; relationTitle: string; side: string; relative: { id: string }; validFrom: string; validTo: string | null; version: number; active: boolean; basis: string; endBasis: string | null };
type CaseDetail = { id: string; number: string | null; state: string; version: number; terms: { termId: string }[]; decisions: { id: string; status: string; number: string | null }[] };
type PersonalFile = {
  person: Person & { registrationAddress: string | null };
  asOf?: string;
  existedAsOf?: boolean;
  mergedInto: { id: string } | null;
  changes: { changedAt: string; changedBy: string; changes: Record<string, { from: unknown; to: unknown }>; basis: string | null }[];
  cases: { id: string; state: string; stateTitle: string; terms: { termId: string; status: string; dueDate: string }[] }[];
  family: Link[];
  merges: { role: string; survivor: { id: string }; merged: { id: string }; reason: string; moved: Record<string, number>; mergedBy: string }[];
  decisions: { id: string; number: string | null; status: string; kindTitle: string; caseId: string; signedAt: string | null; applicantAtDecision: { personId: string; lastName: string; registrationAddress: string | null } | null }[];
  documents: { source: string; title: string; date: string; caseId: string }[];
};

// a valid SNILS from a 9-digit number above the unchecked range
const snils = (nine: string): string => `${nine}${String(snilsChecksum(nine)).padStart(2, '0')}`;

describe('personal files: duplicates, merges, family, data as of a date', () => {
  let sys: TestSystem;
  let clerk: string;
  let head: string;
  let deputy: string;
  let admin: string;
  let sosva: string;
  const cases = caseClient<CaseDetail>(
    () => sys,
    () => clerk,
    () => admin,
  );

  beforeAll(async () => {
    // Monday 06.10.2025, 10:00 in Yekaterinburg
    sys = await startTestSystem({ now: '2025-10-06T05:00:00Z' });
    [clerk, head, deputy, admin] = await Promise.all(['clerk', 'head', 'deputy', 'admin'].map((l) => sys.login(l)));
    const authorities = (await sys.request('GET', '/api/authorities', { cookie: clerk })).body as { id: string; code: string }[];
    sosva = authorities.find((a) => a.code === 'SOSVA-CSK')!.id;
  });
  afterAll(() => sys.close());

  const newPerson = async (body: Record<string, unknown>): Promise<Person> => {
    const r = await sys.request('POST', '/api/persons', { cookie: clerk, body: { sex: 'female', ...body } });
    if (r.status !== 201) throw new Error(`person: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body as Person;
  };
  const file = async (id: string, query = ''): Promise<PersonalFile> => {
    const r = await sys.request('GET', `/api/persons/${id}${query}`, { cookie: clerk });
    if (r.status !== 200) throw new Error(`file: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body as PersonalFile;
  };
  const intake = async (applicantId: string): Promise<CaseDetail> =>
    cases.ok(
      await sys.request('POST', '/api/cases', {
        cookie: clerk,
        body: { serviceSlug: 'housing-utilities-compensation', authorityId: sosva, channel: 'IN_PERSON', applicantId, payload: housingPayload, documents: [{ code: 'APPLICATION', title: 'Заявление', providedBy: 'applicant' }] },
      }),
      'intake',
    );

  describe('decisions show the data they were taken on', () => {
    it('should give a signed decision the applicant data as of its signing, not as changed later', async () => {
      const [sokolova] = (await sys.request('GET', '/api/persons?snils=112-233-445%2095', { cookie: clerk })).body as Person[];
      let c = await intake(sokolova.id);
      c = await cases.fire(c, clerk, 'register');
      c = await cases.fire(c, clerk, 'send_interagency_requests', { kinds: ['D1', 'D3', 'D4'] });
      c = cases.ok(await sys.request('POST', `/api/cases/${c.id}/interagency/poll`, { cookie: clerk }), 'poll');
      c = await cases.fire(c, clerk, 'start_review');
      c = await cases.fire(c, clerk, 'draft_decision', { outcome: 'grant' });
      c = await cases.fire(c, deputy, 'sign_draft');
      c = await cases.fire(c, head, 'approve_decision');
      c = await cases.fire(c, clerk, 'send_copy');
      const signed = c.decisions.find((d) => d.status === 'issued')!;

      // a week later she marries and moves
      sys.clock.set('2025-10-13T06:00:00Z');
      const before = await file(sokolova.id);
      const moved = await sys.request('PATCH', `/api/persons/${sokolova.id}`, {
        cookie: clerk,
        body: { expectedVersion: before.person.version, basis: 'свидетельство о браке II-АИ № 654321', data: { ...before.person, lastName: 'Новикова', registrationAddress: 'пгт Сосьва, ул. Новая, 1' } },
      });
      expect(moved.status).toBe(200);

      const after = await file(sokolova.id);
      expect(after.person.lastName).toBe('Новикова');
      const decision = after.decisions.find((d) => d.id === signed.id)!;
      expect(decision).toMatchObject({ number: signed.number, caseId: c.id, kindTitle: 'О предоставлении' });
      expect(decision.applicantAtDecision).toMatchObject({ personId: sokolova.id, lastName: 'Соколова', registrationAddress: before.person.registrationAddress });
      // the case with its state and terms, its documents and the notices sent
      const summary = after.cases.find((x) => x.id === c.id)!;
      expect(summary).toMatchObject({ state: 'grant_copy_sent', stateTitle: expect.any(String) });
      expect(summary.terms.find((t) => t.termId === 'T20')).toMatchObject({ status: 'met', dueDate: '2025-10-20' });
      expect(after.documents.filter((d) => d.caseId === c.id).map((d) => d.title)).toContain('Заявление');
      expect(after.documents.filter((d) => d.source === 'notice' && d.caseId === c.id).map((d) => d.title)).toEqual(['Уведомление о принятом решении']);
    });

    it('should keep the data of the merged file for a decision taken on it before the merge', async () => {
      const [sokolova] = (await sys.request('GET', '/api/persons?snils=112-233-445%2095', { cookie: clerk })).body as Person[];
      const [{ decisionId, caseId }] = (await sys.db.query(`SELECT d.id AS "decisionId", c.id AS "caseId" FROM decision d JOIN "case" c ON c.id = d.case_id WHERE c.applicant_id = $1 AND d.status = 'issued'`, [sokolova.id])) as { decisionId: string; caseId: string }[];
      // the grant's payment assignment (made here unless the payments work made it already)
      await sys.db.query(
        `INSERT INTO payment_assignment (authority_id, person_id, case_id, decision_id, service_slug, first_month, method, bik, account)
         SELECT c.authority_id, c.applicant_id, c.id, $1, c.service_slug, '2025-11-01', 'bank', '046577674', '40817810516540012345' FROM "case" c WHERE c.id = $2
         ON CONFLICT (decision_id) DO NOTHING`,
        [decisionId, caseId],
      );
      const [{ assignments }] = (await sys.db.query(`SELECT count(*)::int AS assignments FROM payment_assignment WHERE person_id = $1`, [sokolova.id])) as { assignments: number }[];
      // a second file opened for her under the new name, without a SNILS
      const second = await newPerson({ lastName: 'Новикова', firstName: 'Анна', middleName: 'Петровна', birthDate: '1958-03-14', confirmDistinct: true });
      sys.clock.set('2025-10-14T06:00:00Z');
      const r = await sys.request('POST', `/api/persons/${second.id}/merge`, { cookie: admin, body: { duplicateId: sokolova.id, expectedVersion: second.version, duplicateExpectedVersion: sokolova.version, reason: 'Одно лицо: СНИЛС 112-233-445 95' } });
      expect(r.status).toBe(201);
      const merged = r.body as PersonalFile;
      expect(merged.merges[0].moved).toMatchObject({ cases: 1, paymentAssignments: assignments });
      const [{ moved }] = (await sys.db.query(`SELECT count(*)::int AS moved FROM payment_assignment WHERE person_id = $1`, [second.id])) as { moved: number }[];
      expect(assignments).toBeGreaterThan(0);
      expect(moved).toBe(assignments);
      // the case now sits in the surviving file; its decision still shows Соколова, as she was when it was signed
      const decision = merged.decisions.find((d) => d.id === decisionId)!;
      expect(decision.caseId).toBe(caseId);
      expect(decision.applicantAtDecision).toMatchObject({ personId: sokolova.id, lastName: 'Соколова' });
      expect(merged.person).toMatchObject({ lastName: 'Новикова', snils: '11223344595' });
    });
  });

  describe('near duplicates', () => {
    const volkov = { lastName: 'Волков', firstName: 'Игорь', middleName: 'Андреевич', birthDate: '1949-11-02', sex: 'male' };

    it('should answer 409 with the candidate when the name and birth date match an existing file', async () => {
      const r = await sys.request('POST', '/api/persons', { cookie: clerk, body: { ...volkov, lastName: 'ВОЛКОВ' } });
      expect(r.status).toBe(409);
      const body = r.body as { code: string; message: string; candidates: Candidate[] };
      expect(body.code).toBe('POSSIBLE_DUPLICATE');
      expect(body.message).toMatch(/уже есть в базе/);
      expect(body.candidates).toEqual([{ id: expect.any(String), lastName: 'Волков', firstName: 'Игорь', middleName: 'Андреевич', birthDate: '1949-11-02', snils: '08765430300', reason: 'совпадают ФИО и дата рождения' }]);
    });

    it('should flag a near spelling of the surname and find it through the live check', async () => {
      const r = await sys.request('POST', '/api/persons', { cookie: clerk, body: { ...volkov, lastName: 'Валков' } });
      expect(r.status).toBe(409);
      expect((r.body as { candidates: Candidate[] }).candidates.map((c) => c.reason)).toEqual(['похожее написание фамилии: Волков — Валков']);
      const live = await sys.request('GET', `/api/persons/duplicates?lastName=${encodeURIComponent('Волкoв')}&firstName=${encodeURIComponent('Игорь')}&middleName=${encodeURIComponent('Андреевич')}&birthDate=1949-11-02`, { cookie: clerk });
      expect(live.status).toBe(200);
      expect((live.body as Candidate[]).map((c) => [c.lastName, c.reason])).toEqual([['Волков', 'совпадают ФИО и дата рождения']]);
      const otherDay = await sys.request('GET', `/api/persons/duplicates?lastName=${encodeURIComponent('Волков')}&firstName=${encodeURIComponent('Игорь')}&birthDate=1949-11-03`, { cookie: clerk });
      expect(otherDay.body).toEqual([]);
      const bad = await sys.request('GET', `/api/persons/duplicates?lastName=${encodeURIComponent('Волков')}&firstName=&birthDate=1949-13-01`, { cookie: clerk });
      expect(bad.status).toBe(400);
      expect(Object.keys((bad.body as { errors: Record<string, string> }).errors).sort()).toEqual(['birthDate', 'firstName']);
    });

    it('should save the person when the clerk confirms it is another human being, and log that', async () => {
      const r = await sys.request('POST', '/api/persons', { cookie: clerk, body: { ...volkov, lastName: 'Валков', confirmDistinct: true } });
      expect(r.status).toBe(201);
      const created = r.body as Person;
      expect(created.lastName).toBe('Валков');
      const [row] = (await sys.db.query(`SELECT details FROM audit_log WHERE action = 'person.create' AND entity_id = $1`, [created.id])) as { details: { confirmedDistinctFrom: string[] } }[];
      expect(row.details.confirmedDistinctFrom).toHaveLength(1);
    });
  });

  describe('merging two files of one person', () => {
    let survivor: Person;
    let duplicate: Person;
    let child: Person;
    let caseId: string;

    beforeAll(async () => {
      survivor = await newPerson({ lastName: 'Орлова', firstName: 'Вера', middleName: 'Павловна', birthDate: '1961-07-15', registrationAddress: 'пгт Сосьва, ул. Ленина, 4' });
      duplicate = await newPerson({ lastName: 'Орлава', firstName: 'Вера', middleName: 'Павловна', birthDate: '1961-07-15', snils: snils('123456789'), confirmDistinct: true });
      child = await newPerson({ lastName: 'Орлов', firstName: 'Павел', middleName: 'Сергеевич', birthDate: '1990-02-01', sex: 'male' });
      caseId = (await intake(duplicate.id)).id;
      const link = await sys.request('POST', `/api/persons/${duplicate.id}/family`, { cookie: clerk, body: { relativeId: child.id, relation: 'child', validFrom: '1990-02-01', basis: 'свидетельство о рождении' } });
      expect(link.status).toBe(201);
      // a link between the two files themselves has no sense after the merge
      const self = await sys.request('POST', `/api/persons/${survivor.id}/family`, { cookie: clerk, body: { relativeId: duplicate.id, relation: 'other', validFrom: '2000-01-01', basis: 'домовая книга' } });
      expect(self.status).toBe(201);
      const complaint = await sys.request('POST', '/api/complaints', {
        cookie: clerk,
        body: { authorityId: sosva, caseId, complainantPersonId: duplicate.id, channel: 'post', subject: 'deadline_breach', text: 'Долго рассматривают заявление', against: { body: 'INSTITUTION' } },
      });
      if (complaint.status !== 201) throw new Error(`complaint: ${complaint.status} ${JSON.stringify(complaint.body)}`);
    });

    const mergeBody = () => ({ duplicateId: duplicate.id, expectedVersion: survivor.version, duplicateExpectedVersion: duplicate.version, reason: 'Одно лицо: опечатка в фамилии при приёме' });

    it('should let only an admin merge', async () => {
      const r = await sys.request('POST', `/api/persons/${survivor.id}/merge`, { cookie: clerk, body: mergeBody() });
      expect(r.status).toBe(403);
    });

    it('should refuse a stale version and a merge of a file with itself', async () => {
      expect((await sys.request('POST', `/api/persons/${survivor.id}/merge`, { cookie: admin, body: { ...mergeBody(), duplicateExpectedVersion: duplicate.version + 1 } })).status).toBe(409);
      const same = await sys.request('POST', `/api/persons/${survivor.id}/merge`, { cookie: admin, body: { ...mergeBody(), duplicateId: survivor.id } });
      expect(same.status).toBe(422);
      expect((same.body as { errors: Record<string, string> }).errors.duplicateId).toBeTruthy();
    });

    it('should refuse with 422 to merge two files with different SNILS', async () => {
      const a = await newPerson({ lastName: 'Зайцева', firstName: 'Ольга', birthDate: '1970-01-01', snils: snils('223456789') });
      const b = await newPerson({ lastName: 'Зайцева', firstName: 'Ольга', birthDate: '1970-01-01', snils: snils('323456789'), confirmDistinct: true });
      const r = await sys.request('POST', `/api/persons/${a.id}/merge`, { cookie: admin, body: { duplicateId: b.id, expectedVersion: a.version, duplicateExpectedVersion: b.version, reason: 'дубль' } });
      expect(r.status).toBe(422);
      expect((r.body as { message: string; errors: Record<string, string> }).errors.duplicateId).toMatch(/СНИЛС/);
      const [{ merged }] = (await sys.db.query(`SELECT count(*)::int AS merged FROM person WHERE id = $1 AND merged_into_id IS NOT NULL`, [b.id])) as { merged: number }[];
      expect(merged).toBe(0);
    });

    it('should move the cases, links and complaints, take the SNILS, keep the merge in both histories and hide the duplicate from search', async () => {
      const r = await sys.request('POST', `/api/persons/${survivor.id}/merge`, { cookie: admin, body: mergeBody() });
      expect(r.status).toBe(201);
      const merged = r.body as PersonalFile;
      expect(merged.person.snils).toBe(duplicate.snils);
      expect(merged.cases.map((c) => c.id)).toContain(caseId);
      expect(merged.merges).toEqual([
        expect.objectContaining({ role: 'survivor', survivor: expect.objectContaining({ id: survivor.id }), merged: expect.objectContaining({ id: duplicate.id }), mergedBy: 'Кузнецов Дмитрий Игоревич', reason: 'Одно лицо: опечатка в фамилии при приёме' }),
      ]);
      expect(merged.merges[0].moved).toEqual({ cases: 1, familyLinks: 1, familyLinksDropped: 1, paymentAssignments: 0, complaints: 1 });
      // the survivor's history: the SNILS it took and the merged file, on the basis "объединение личных дел"
      expect(merged.changes[0]).toMatchObject({ basis: 'объединение личных дел', changedBy: 'Кузнецов Дмитрий Игоревич', changes: { snils: { from: null, to: duplicate.snils } } });
      expect(String(merged.changes[0].changes.mergedFrom.to)).toMatch(/^Орлава Вера Павловна, дата рождения 15\.07\.1961/);
      // the child now sees the survivor as the parent; the link between the two files is gone
      expect(merged.family.map((l) => [l.relative.id, l.relation])).toEqual([[child.id, 'child']]);
      expect((await file(child.id)).family.map((l) => [l.relative.id, l.relation, l.relationTitle])).toEqual([[survivor.id, 'parent', 'Родитель']]);
      const [{ complainant }] = (await sys.db.query(`SELECT complainant_person_id AS complainant FROM complaint WHERE complainant_name LIKE 'Орлава%'`)) as { complainant: string }[];
      expect(complainant).toBe(survivor.id);

      // the duplicate: marked, its own history, no SNILS, and the console is sent on
      const old = await file(duplicate.id);
      expect(old.mergedInto).toMatchObject({ id: survivor.id, lastName: 'Орлова' });
      expect(old.person.snils).toBeNull();
      expect(old.changes[0]).toMatchObject({ basis: 'объединение личных дел', changes: { mergedIntoId: { from: null, to: survivor.id }, snils: { from: duplicate.snils, to: null } } });
      expect(old.merges[0]).toMatchObject({ role: 'merged' });
      const search = await sys.request('GET', `/api/persons?lastName=${encodeURIComponent('Орлава')}&birthDate=1961-07-15`, { cookie: clerk });
      expect(search.body).toEqual([]);
      const bySnils = await sys.request('GET', `/api/persons?snils=${duplicate.snils}`, { cookie: clerk });
      expect((bySnils.body as Person[]).map((p) => p.id)).toEqual([survivor.id]);
      // a merged file is no longer a duplicate candidate and is not edited
      const live = await sys.request('GET', `/api/persons/duplicates?lastName=${encodeURIComponent('Орлава')}&firstName=${encodeURIComponent('Вера')}&middleName=${encodeURIComponent('Павловна')}&birthDate=1961-07-15`, { cookie: clerk });
      expect((live.body as Candidate[]).map((c) => c.id)).toEqual([survivor.id]);
      expect((await sys.request('PATCH', `/api/persons/${duplicate.id}`, { cookie: clerk, body: { expectedVersion: old.person.version, data: { ...old.person, phone: '+7 900 111 22 33' } } })).status).toBe(422);
      // the merge is kept as written
      await expect(sys.db.query(`UPDATE person_merge SET reason = 'x' WHERE merged_id = $1`, [duplicate.id])).rejects.toThrow(/append-only/);
      await expect(sys.db.query(`DELETE FROM person_change WHERE person_id = $1`, [duplicate.id])).rejects.toThrow(/append-only/);
      const [{ n }] = (await sys.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'person.merge' AND entity_id = $1`, [survivor.id])) as { n: number }[];
      expect(n).toBe(1);
    });

    it('should not take a new application on a merged file', async () => {
      const r = await sys.request('POST', '/api/cases', { cookie: clerk, body: { serviceSlug: 'housing-utilities-compensation', authorityId: sosva, channel: 'IN_PERSON', applicantId: duplicate.id, payload: housingPayload } });
      expect(r.status).toBe(400);
      expect((r.body as { errors: Record<string, string> }).errors.applicantId).toMatch(/объединено/);
    });

    it('should refuse to merge a file already merged', async () => {
      const fresh = await file(survivor.id);
      const again = await file(duplicate.id);
      const r = await sys.request('POST', `/api/persons/${survivor.id}/merge`, { cookie: admin, body: { ...mergeBody(), expectedVersion: fresh.person.version, duplicateExpectedVersion: again.person.version } });
      expect(r.status).toBe(422);
    });
  });

  describe('family links', () => {
    let mother: Person;
    let son: Person;

    beforeAll(async () => {
      mother = await newPerson({ lastName: 'Кириллова', firstName: 'Дарья', middleName: 'Олеговна', birthDate: '1985-03-03' });
      son = await newPerson({ lastName: 'Кириллов', firstName: 'Артём', middleName: 'Ильич', birthDate: '2012-09-10', sex: 'male' });
    });

    it('should show a link from both sides, the relative seeing the inverse relation', async () => {
      const r = await sys.request('POST', `/api/persons/${mother.id}/family`, { cookie: clerk, body: { relativeId: son.id, relation: 'child', validFrom: '2012-09-10', basis: 'свидетельство о рождении IV-АИ № 112233' } });
      expect(r.status).toBe(201);
      expect(r.body).toMatchObject({ relation: 'child', relationTitle: 'Ребёнок', side: 'person', active: true, relative: { id: son.id } });
      const fromSon = await sys.request('GET', `/api/persons/${son.id}/family`, { cookie: clerk });
      expect(fromSon.status).toBe(200);
      expect(fromSon.body).toEqual([expect.objectContaining({ relation: 'parent', relationTitle: 'Родитель', side: 'relative', relative: expect.objectContaining({ id: mother.id, lastName: 'Кириллова' }), basis: 'свидетельство о рождении IV-АИ № 112233' })]);
    });

    it('should refuse a second open link of the same kind, a self-link, a start before birth and dates out of order', async () => {
      const post = (id: string, body: Record<string, unknown>) => sys.request('POST', `/api/persons/${id}/family`, { cookie: clerk, body: { relation: 'child', validFrom: '2012-09-10', basis: 'свидетельство', ...body } });
      expect((await post(son.id, { relativeId: mother.id })).status).toBe(409);
      const self = await post(mother.id, { relativeId: mother.id });
      expect(self.status).toBe(422);
      expect((self.body as { errors: Record<string, string> }).errors.relativeId).toBeTruthy();
      const early = await post(mother.id, { relativeId: son.id, relation: 'ward', validFrom: '2010-01-01' });
      expect(early.status).toBe(422);
      expect((early.body as { errors: Record<string, string> }).errors.validFrom).toMatch(/Раньше даты рождения/);
      const order = await post(mother.id, { relativeId: son.id, relation: 'ward', validFrom: '2020-01-01', validTo: '2019-01-01' });
      expect(order.status).toBe(400);
      expect((order.body as { errors: Record<string, string> }).errors.validTo).toMatch(/раньше даты начала/);
    });

    it('should end a link with its document from either side, refusing a stale version', async () => {
      const other = await newPerson({ lastName: 'Кириллов', firstName: 'Илья', middleName: 'Петрович', birthDate: '1983-05-05', sex: 'male' });
      const created = await sys.request('POST', `/api/persons/${mother.id}/family`, { cookie: clerk, body: { relativeId: other.id, relation: 'spouse', validFrom: '2011-06-18', basis: 'свидетельство о браке' } });
      const link = created.body as Link;
      // a second marriage in the same days is refused
      const bigamy = await sys.request('POST', `/api/persons/${other.id}/family`, { cookie: clerk, body: { relativeId: (await newPerson({ lastName: 'Сомова', firstName: 'Ирина', birthDate: '1984-01-01' })).id, relation: 'spouse', validFrom: '2015-01-01', basis: 'свидетельство о браке' } });
      expect(bigamy.status).toBe(422);

      const stale = await sys.request('PATCH', `/api/persons/${other.id}/family/${link.id}`, { cookie: clerk, body: { validTo: '2024-03-01', basis: 'свидетельство о расторжении брака', expectedVersion: link.version + 1 } });
      expect(stale.status).toBe(409);
      const ended = await sys.request('PATCH', `/api/persons/${other.id}/family/${link.id}`, { cookie: clerk, body: { validTo: '2024-03-01', basis: 'свидетельство о расторжении брака', expectedVersion: link.version } });
      expect(ended.status).toBe(200);
      expect(ended.body).toMatchObject({ validTo: '2024-03-01', endBasis: 'свидетельство о расторжении брака', active: false, version: link.version + 1, relation: 'spouse' });
      // the one who read the old version gets 409 too
      const late = await sys.request('PATCH', `/api/persons/${mother.id}/family/${link.id}`, { cookie: clerk, body: { validTo: '2024-04-01', basis: 'решение суда', expectedVersion: link.version } });
      expect(late.status).toBe(409);
      const [{ valid_to }] = (await sys.db.query(`SELECT valid_to FROM family_link WHERE id = $1`, [link.id])) as { valid_to: string }[];
      expect(valid_to).toBe('2024-03-01');
      // a link of somebody else's file is not found through this one
      expect((await sys.request('PATCH', `/api/persons/${son.id}/family/${link.id}`, { cookie: clerk, body: { validTo: '2024-03-01', basis: 'x', expectedVersion: link.version + 1 } })).status).toBe(404);
    });
  });

  describe('the file as of a past date', () => {
    it('should show the old surname before a change and the new one after, counting days in Moscow time', async () => {
      sys.clock.set('2025-10-20T07:00:00Z');
      const p = await newPerson({ lastName: 'Лебедева', firstName: 'Софья', middleName: 'Андреевна', birthDate: '1975-12-12', registrationAddress: 'пгт Сосьва, ул. Мира, 1' });
      // 22.10.2025 23:30 UTC is already 23.10.2025 02:30 in Moscow
      sys.clock.set('2025-10-22T23:30:00Z');
      const changed = await sys.request('PATCH', `/api/persons/${p.id}`, {
        cookie: clerk,
        body: { expectedVersion: p.version, basis: 'свидетельство о браке', data: { lastName: 'Гусева', firstName: 'Софья', middleName: 'Андреевна', birthDate: '1975-12-12', sex: 'female', registrationAddress: 'пгт Сосьва, ул. Мира, 1' } },
      });
      expect(changed.status).toBe(200);
      sys.clock.set('2025-10-25T07:00:00Z');

      const before = await file(p.id, '?asOf=2025-10-22');
      expect(before).toMatchObject({ asOf: '2025-10-22', existedAsOf: true, person: { lastName: 'Лебедева', id: p.id } });
      const after = await file(p.id, '?asOf=2025-10-23');
      expect(after).toMatchObject({ asOf: '2025-10-23', person: { lastName: 'Гусева' } });
      expect((await file(p.id)).person.lastName).toBe('Гусева');
      expect((await file(p.id)).asOf).toBeUndefined();
      const earlier = await file(p.id, '?asOf=2025-10-01');
      expect(earlier).toMatchObject({ existedAsOf: false, person: { lastName: 'Лебедева' } });

      const future = await sys.request('GET', `/api/persons/${p.id}?asOf=2025-10-26`, { cookie: clerk });
      expect(future.status).toBe(400);
      expect((future.body as { errors: Record<string, string> }).errors.asOf).toBeTruthy();
      const garbage = await sys.request('GET', `/api/persons/${p.id}?asOf=22.10.2025`, { cookie: clerk });
      expect(garbage.status).toBe(400);
      const [{ n }] = (await sys.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'person.read' AND entity_id = $1 AND details->>'asOf' = '2025-10-22'`, [p.id])) as { n: number }[];
      expect(n).toBe(1);
    });
  });
});
