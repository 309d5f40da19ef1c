import { checkEvent, eventData, presetDraftFacts } from '../../workflow/workflow';
import { CAPITAL_REPAIR_SAMPLE_APPLICATION } from './application.fixtures';
import { capitalRepairApplicationSchema } from './application.schema';
import { capitalRepairCompensation } from './definition';
import { capitalRepairEvaluation } from './evaluation';
import { CAPITAL_REPAIR_CHANGE_EVENTS, CAPITAL_REPAIR_NOT_CONSIDERED } from './grounds';
import { CAPITAL_REPAIR_VARIANTS } from './variants';

// The definition against spec §3.1, §5, §6, §7 and the workflow's guards for V2–V4 (§8.2–§8.4).
const { workflow } = capitalRepairCompensation;

const payload = capitalRepairApplicationSchema.parse({ ...CAPITAL_REPAIR_SAMPLE_APPLICATION }) as Record<string, unknown>;

const fire = (state: string, event: string, data: Record<string, unknown> = {}, channel = 'IN_PERSON_BODY') => checkEvent({ workflow, state, event, roles: ['clerk', 'head'], payload, data, channel });

describe('capital-repair-compensation: definition against the spec', () => {
  it('should carry every ground code of §5 exactly as written', () => {
    const codes = capitalRepairCompensation.grounds.map((g) => g.code);
    const expected = [
      ...Array.from({ length: 14 }, (_, i) => `REJ-${String(i + 1).padStart(2, '0')}`),
      'SUS-01',
      'SUS-02',
      'SUS-03',
      'SUS-04',
      'EXT-01',
      'EXT-02',
      ...Array.from({ length: 11 }, (_, i) => `REF-${String(i + 1).padStart(2, '0')}`),
      'TYPO-REF-01',
      'TYPO-REF-02',
      'TYPO-REF-03',
    ];
    expect(codes).toEqual(expected);
    expect(CAPITAL_REPAIR_NOT_CONSIDERED.code).toBe('NC-01');
    expect(CAPITAL_REPAIR_CHANGE_EVENTS.map((c) => c.code)).toEqual(['CHG-01', 'CHG-02', 'CHG-03', 'CHG-04', 'CHG-05', 'CHG-06', 'CHG-07']);
  });

  it('should run the DL-* terms that apply to a case, each with its clause', () => {
    const ids = capitalRepairCompensation.terms.map((t) => t.id).sort((a, b) => Number(a.slice(3)) - Number(b.slice(3)));
    expect(ids).toEqual(['DL-02', 'DL-03', 'DL-04', 'DL-07', 'DL-12', 'DL-14', 'DL-15', 'DL-16', 'DL-17', 'DL-18', 'DL-19', 'DL-20', 'DL-21', 'DL-22', 'DL-23', 'DL-24', 'DL-29', 'DL-30', 'DL-31', 'DL-32', 'DL-33', 'DL-38', 'DL-44', 'DL-45']);
    for (const t of capitalRepairCompensation.terms) expect({ id: t.id, clause: t.clause }).toEqual({ id: t.id, clause: expect.stringMatching(/^пп?\. \d/) });
  });

  it.each([
    ['DL-07', { length: 10, unit: 'working_days', channels: ['EPGU', 'RPGU'] }],
    ['DL-14', { length: 2, unit: 'working_days' }],
    ['DL-15', { length: 20, unit: 'working_days' }],
    ['DL-23', { length: 20, unit: 'working_days' }],
    ['DL-24', { length: 10, unit: 'working_days', maxPauseWorkingDays: 5, extension: { on: ['extend_term'], workingDays: 20 }, ceilingWorkingDays: 30 }],
    ['DL-29', { length: 5, unit: 'working_days' }],
    ['DL-30', { length: 30, unit: 'working_days' }],
  ])('should define %s as the spec sets it', (id, expected) => expect(capitalRepairCompensation.terms.find((t) => t.id === id)).toMatchObject(expected));

  it('should offer no postal channel (§3.1) and the four variants of §7 with their channels', () => {
    expect(capitalRepairCompensation.channels.map((c) => c.code)).toEqual(['IN_PERSON_BODY', 'MFC', 'EPGU', 'RPGU']);
    expect(capitalRepairCompensation.variants.map((v) => v.code)).toEqual(['V1_GRANT', 'V2_WITHDRAW', 'V3_CHANGE_DELIVERY', 'V4_CORRECT_TYPO']);
    expect(Object.fromEntries(CAPITAL_REPAIR_VARIANTS.map((v) => [v.code, [v.channels, v.representativeAllowed]]))).toEqual({
      V1_GRANT: [['IN_PERSON_BODY', 'MFC', 'EPGU', 'RPGU'], true],
      V2_WITHDRAW: [['IN_PERSON_BODY', 'MFC'], true],
      V3_CHANGE_DELIVERY: [['IN_PERSON_BODY', 'MFC', 'EPGU', 'RPGU'], false],
      V4_CORRECT_TYPO: [['IN_PERSON_BODY', 'MFC'], false],
    });
  });

  it('should never let the MFC refuse: no refusal-to-accept ground applies to the MFC channel (2.2)', () => {
    for (const g of capitalRepairCompensation.grounds.filter((x) => x.kind === 'refuse_accept')) expect({ code: g.code, mfc: g.channels?.includes('MFC') }).toEqual({ code: g.code, mfc: false });
  });
});

describe('capital-repair-compensation: workflow guards', () => {
  it.each<[string, string, string, Record<string, unknown>, string, true | RegExp]>([
    // 3.2.1.4, 2.2
    ['should refuse acceptance of a portal application on a portal-only ground', 'received', 'refuse_acceptance', { groundCode: 'REJ-11' }, 'EPGU', true],
    ['should not apply a portal-only ground to an application in person', 'received', 'refuse_acceptance', { groundCode: 'REJ-07' }, 'IN_PERSON_BODY', /не применяется/],
    ['should never let an MFC application be refused acceptance (2.2)', 'received', 'refuse_acceptance', { groundCode: 'REJ-01' }, 'MFC', /МФЦ не вправе/],
    ['should not take a refusal ground as a ground to refuse acceptance', 'received', 'refuse_acceptance', { groundCode: 'REF-01' }, 'IN_PERSON_BODY', /не является основанием/],
    ['should not register an unsigned portal application (REJ-11)', 'received', 'register', {}, 'EPGU', /REJ-11/],
    // V2 (3.3.1, I-17, I-36)
    ['should register a withdrawal filed at an MFC', 'registered', 'register_withdrawal', { filedVia: 'MFC' }, 'EPGU', true],
    ['should register a withdrawal filed by a representative (I-17)', 'under_review', 'register_withdrawal', { filedVia: 'IN_PERSON_BODY', byRepresentative: true }, 'IN_PERSON_BODY', true],
    ['should refuse a withdrawal sent through the portal', 'registered', 'register_withdrawal', { filedVia: 'EPGU' }, 'EPGU', /Заявление об отзыве подается лично в органе или в МФЦ \(п\. 3\.3\.1\)/],
    ['should refuse a withdrawal after the decision (I-36)', 'granted', 'register_withdrawal', {}, 'IN_PERSON_BODY', /недоступно/],
    // V3 (3.4.1)
    ['should change the delivery method on a portal application of the recipient', 'in_payment', 'change_payment_details', { filedVia: 'RPGU' }, 'IN_PERSON_BODY', true],
    ['should refuse a change of delivery method filed by a representative', 'in_payment', 'change_payment_details', { byRepresentative: true }, 'IN_PERSON_BODY', /представителем не предусмотрена \(п\. 3\.4\.1\)/],
    // V4 (3.5.1)
    ['should register a correction request filed at an MFC', 'notified', 'register_correction_request', { filedVia: 'MFC' }, 'IN_PERSON_BODY', true],
    ['should refuse a correction request sent through the portal', 'notified', 'register_correction_request', { filedVia: 'EPGU' }, 'IN_PERSON_BODY', /лично в органе соцзащиты или в МФЦ \(п\. 3\.5\.1\)/],
    ['should refuse a correction request filed by a representative', 'notified', 'register_correction_request', { byRepresentative: true }, 'IN_PERSON_BODY', /представителем не предусмотрена/],
    ['should refuse a correction on TYPO-REF-03', 'correction_review', 'refuse_correction', { groundCode: 'TYPO-REF-03' }, 'IN_PERSON_BODY', true],
    ['should send TYPO-REF-01 through the no-error notice, not as a refusal', 'correction_review', 'refuse_correction', { groundCode: 'TYPO-REF-01' }, 'IN_PERSON_BODY', /TYPO-REF-01/],
    ['should not refuse a correction on a V1 ground', 'correction_review', 'refuse_correction', { groundCode: 'REF-01' }, 'IN_PERSON_BODY', /TYPO-REF-02 или TYPO-REF-03/],
    // §5.3, I-07
    ['should extend the decision term on EXT-01', 'interagency_pending', 'extend_term', { groundCode: 'EXT-01' }, 'IN_PERSON_BODY', true],
    ['should not extend on a suspension ground', 'interagency_pending', 'extend_term', { groundCode: 'SUS-02' }, 'IN_PERSON_BODY', /EXT-01 или EXT-02/],
    // §8.2: after a withdrawal only REF-11
    ['should refuse a withdrawal draft with another ground', 'withdrawal_review', 'draft_decision', { outcome: 'refuse', groundCodes: ['REF-01'] }, 'IN_PERSON_BODY', /REF-11/],
  ])('%s', (_name, state, event, data, channel, expected) => {
    const result = fire(state, event, data, channel);
    if (expected === true) expect(result).toMatchObject({ ok: true });
    else expect(result).toMatchObject({ ok: false, message: expect.stringMatching(expected) });
  });

  it('should make the written refusal with its ground when a correction is refused on TYPO-REF-02', () => {
    const result = fire('correction_review', 'refuse_correction', { groundCode: 'TYPO-REF-02' });
    expect(result.ok && result.transition.effects).toEqual(['refuse_correction']);
  });

  it('should record TYPO-REF-01 on the no-error notice', () => {
    const result = fire('correction_review', 'notify_no_error', { comment: 'Ошибок нет' });
    expect(result.ok && eventData(result.transition, { comment: 'Ошибок нет' })).toEqual({ comment: 'Ошибок нет', groundCode: 'TYPO-REF-01' });
  });

  // The automatic refusals and the withdrawal carry the fact they rest on, so that the rules of §9 give the same ground
  it.each([
    ['awaiting_originals', 'originals_not_presented', 'REF-10'],
    ['awaiting_missing_documents', 'missing_documents_expired', 'REF-09'],
    ['withdrawal_review', 'draft_decision', 'REF-11'],
  ])('should make the rules refuse on the same ground when %s ends by %s (%s)', (state, event, ground) => {
    const result = fire(state, event, { outcome: 'refuse', groundCodes: [ground] });
    if (!result.ok) throw new Error(result.message);
    const data = eventData(result.transition, { outcome: 'refuse', groundCodes: [ground], facts: { owner: true } });
    const evaluation = capitalRepairEvaluation.evaluate({
      application: capitalRepairApplicationSchema.parse(payload),
      applicant: { birthDate: '1944-05-12', sex: 'male' },
      facts: capitalRepairEvaluation.factsSchema.parse(data['facts']),
      asOf: '2025-11-20',
      submittedOn: '2025-11-05',
      parameterSets: [],
    });
    expect(evaluation).toMatchObject({ outcome: 'refuse', grounds: [{ code: ground }] });
    expect(data['groundCodes']).toEqual([ground]);
  });

  // the case's rules card (POST /api/cases/:id/evaluate) shows what the clerk's draft from the state will be taken with
  it.each([
    ['withdrawal_review', { withdrawn: true }],
    ['under_review', null],
    ['correction_review', null],
    // the automatic refusals are drafted by the system, not by the clerk from this state
    ['awaiting_originals', null],
  ])('should give the draft from %s the preset facts %j', (state, facts) => {
    expect(presetDraftFacts(workflow, state)).toEqual(facts);
  });
});
