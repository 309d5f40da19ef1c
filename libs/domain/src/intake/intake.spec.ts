import { housingUtilitiesCompensation as housing } from '../services/housing-utilities-compensation/definition';
import { channelDeliverySchema, type ChannelDelivery, type ChannelDeliveryInput } from './channel-delivery.schema';
import { applicationFields, applicationForChannel, channelRuleViolations, deliveryWarnings, transferTermFor } from './channel-rules';
import { CHANNEL_STATUS_CODES, CHANNEL_STATUS_TITLES, channelStatusOf, channelStatusUpdate, type ChannelStatusCode } from './channel-status';
import { seedCalendar } from '../../test/seed-calendar';

const calendar = seedCalendar([2025, 2026]);
const ZONE = 'Asia/Yekaterinburg';

const epgu: ChannelDeliveryInput = {
  serviceSlug: 'housing-utilities-compensation',
  authorityCode: 'SOSVA-CSK',
  channel: 'EPGU',
  channelReference: '1234567890',
  submittedAt: '2025-10-04T09:00:00+05:00',
  applicant: { snils: '112-233-445 95', lastName: 'Соколова', firstName: 'Анна', birthDate: '1958-03-14', sex: 'female' },
  payload: { categories: ['C30_LABOUR_VETERAN'] },
  esignature: 'simple',
};
const mfc: ChannelDeliveryInput = { ...epgu, channel: 'MFC', esignature: undefined, mfc: { workerName: 'Петрова Е.В.' } };
const parse = (input: ChannelDeliveryInput): ChannelDelivery => channelDeliverySchema.parse(input);

describe('intake channels: the channel status of a case state', () => {
  const rows: [name: string, fromState: string | null, toState: string, expected: ChannelStatusCode | null][] = [
    ['should report received when a delivery opens the case', null, 'received', 'received'],
    ['should report registered when the clerk registers the application', 'received', 'registered', 'registered'],
    ['should report a refusal to accept when the clerk refuses acceptance', 'received', 'acceptance_refused', 'refused_acceptance'],
    ['should report nothing when the refused documents are returned', 'acceptance_refused', 'documents_returned', null],
    ['should report in progress when interagency requests are sent', 'registered', 'interagency_pending', 'in_progress'],
    ['should report nothing when the answers come in', 'interagency_pending', 'ready_for_review', null],
    ['should report nothing when the head returns the draft for rework', 'head_approval_grant', 'under_review', null],
    ['should report a grant when the head approves it', 'head_approval_grant', 'approved_grant', 'decision_granted'],
    ['should report nothing when the payment is set up before the copy is sent', 'approved_grant', 'payment_setup', null],
    ['should report the copy sent when the copy follows the payment set-up', 'payment_setup', 'paying', 'copy_sent'],
    ['should report nothing when the payment follows the copy', 'grant_copy_sent', 'paying', null],
    ['should report a refusal when the head approves it', 'head_approval_refusal', 'approved_refusal', 'decision_refused'],
    ['should report closed when a refusal case is closed', 'copy_sent', 'closed', 'closed'],
    ['should report withdrawn when the applicant withdraws', 'under_review', 'withdrawn', 'withdrawn'],
    ['should report a correction when a typo application is registered', 'closed', 'correction_review', 'correction_in_progress'],
    ['should report the corrected decision when it is sent', 'decision_replaced', 'corrected_decision_sent', 'decision_corrected'],
    ['should report nothing when the state stays the same', 'registered', 'registered', null],
    ['should report nothing when the state is unknown to the channel', 'registered', 'some_other_state', null],
  ];
  it.each(rows)('%s', (_name, fromState, toState, expected) => {
    expect(channelStatusUpdate({ fromState, toState })).toBe(expected);
  });

  it('should give every housing workflow state a channel status when the state is not internal', () => {
    const unmapped = housing.workflow.states.map((s) => s.code).filter((s) => channelStatusOf(s) === null);
    expect(unmapped).toEqual([]);
  });

  it('should title every channel status in Russian when statuses are listed', () => {
    for (const code of CHANNEL_STATUS_CODES) expect(CHANNEL_STATUS_TITLES[code]).toMatch(/[А-Яа-я]/);
  });

  it('should not treat inherited object keys as states when a state is named like one', () => {
    expect(channelStatusOf('constructor')).toBeNull();
  });
});

describe('intake channels: delivery schema and channel rules', () => {
  it('should require the e-signature kind when the delivery comes from the portal', () => {
    const r = channelDeliverySchema.safeParse({ ...epgu, esignature: undefined });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toContain('esignature');
  });

  it('should require the MFC worker when the delivery comes from the MFC', () => {
    const r = channelDeliverySchema.safeParse({ ...mfc, mfc: undefined });
    expect(r.error?.issues.map((i) => i.path.join('.'))).toContain('mfc.workerName');
  });

  it('should require an authority when neither id nor code is given', () => {
    const r = channelDeliverySchema.safeParse({ ...epgu, authorityCode: undefined });
    expect(r.error?.issues.map((i) => i.path.join('.'))).toContain('authorityId');
  });

  it('should reject the delivery when it was submitted after it was delivered', () => {
    const r = channelDeliverySchema.safeParse({ ...epgu, deliveredAt: '2025-10-03T09:00:00+05:00' });
    expect(r.error?.issues.map((i) => i.path.join('.'))).toContain('submittedAt');
  });

  it('should reject a refusal when an MFC delivery carries one', () => {
    expect(channelRuleViolations({ service: housing, delivery: parse({ ...mfc, mfc: { workerName: 'Петрова Е.В.', outcome: 'refused' } }) })).toEqual([expect.objectContaining({ field: 'mfc.outcome' })]);
    expect(channelRuleViolations({ service: housing, delivery: parse({ ...mfc, mfc: { workerName: 'Петрова Е.В.', refusalGroundCode: 'ACC_REJ_01' } }) })).toEqual([expect.objectContaining({ field: 'mfc.refusalGroundCode' })]);
  });

  it('should accept an MFC delivery when it is an accepted application', () => {
    expect(channelRuleViolations({ service: housing, delivery: parse({ ...mfc, mfc: { workerName: 'Петрова Е.В.', outcome: 'accepted' } }) })).toEqual([]);
  });

  it('should reject the channel when the service does not offer it', () => {
    const service = { ...housing, channels: housing.channels.filter((c) => c.code !== 'EPGU') };
    expect(channelRuleViolations({ service, delivery: parse(epgu) })).toEqual([expect.objectContaining({ field: 'channel' })]);
  });

  it('should put the e-signature kind into the application when the service form has the field', () => {
    expect(applicationFields(housing.applicationSchema)).toContain('esignature');
    expect(applicationForChannel({ service: housing, delivery: parse({ ...epgu, esignature: 'none' }) })).toMatchObject({ esignature: 'none' });
  });

  it('should put the representative into the application when the payload has none', () => {
    const representative = { lastName: 'Орлов', firstName: 'Петр', postalAddress: 'г. Серов', identityDocument: 'паспорт 6500 123456', authorityDocument: 'доверенность № 1' };
    expect(applicationForChannel({ service: housing, delivery: parse({ ...epgu, representative }) }).representative).toEqual(representative);
  });

  it('should flag an unsigned portal application and a submission month before the receipt month when both occur', () => {
    const warnings = deliveryWarnings({ delivery: parse({ ...epgu, esignature: 'none' }), submittedOn: '2026-01-31', receivedOn: '2026-02-02', transferTerm: null });
    expect(warnings.map((w) => w.code)).toEqual(['ESIGNATURE_MISSING', 'SUBMISSION_MONTH_DIFFERS']);
  });
});

describe('intake channels: MFC transfer terms T12–T14 (cl. 33, 88, 94)', () => {
  const rows: [name: string, channel: string, acceptedOn: string, deliveredOn: string, dependencyResultsOn: string | undefined, expected: { termId: string; dueDate: string; met: boolean }][] = [
    ['should be met when a Friday acceptance arrives on Monday', 'MFC', '2025-10-03', '2025-10-06', undefined, { termId: 'T12', dueDate: '2025-10-06', met: true }],
    ['should be breached when a Thursday acceptance arrives on Monday', 'MFC', '2025-10-02', '2025-10-06', undefined, { termId: 'T12', dueDate: '2025-10-03', met: false }],
    ['should be met when an acceptance before the May holidays arrives on the first working day after them', 'MFC_EXTRATERRITORIAL', '2025-04-30', '2025-05-05', undefined, { termId: 'T12', dueDate: '2025-05-05', met: true }],
    ['should be breached when it arrives the day after that', 'MFC', '2025-04-30', '2025-05-06', undefined, { termId: 'T12', dueDate: '2025-05-05', met: false }],
    ['should count the working Saturday 01.11.2025 when the MFC accepted on Friday 31.10', 'MFC', '2025-10-31', '2025-11-05', undefined, { termId: 'T12', dueDate: '2025-11-01', met: false }],
    ['should use T13 when a complex request does not depend on other services', 'MFC_COMPLEX', '2025-10-03', '2025-10-06', undefined, { termId: 'T13', dueDate: '2025-10-06', met: true }],
    ['should use T14 from the results of the other services when the complex request depends on them', 'MFC_COMPLEX', '2025-10-01', '2025-10-10', '2025-10-09', { termId: 'T14', dueDate: '2025-10-10', met: true }],
  ];
  it.each(rows)('%s', (_name, channel, acceptedOn, deliveredOn, dependencyResultsOn, expected) => {
    expect(transferTermFor({ service: housing, channel, acceptedOn, deliveredOn, dependencyResultsOn, calendar, timeZone: ZONE })).toMatchObject(expected);
  });

  it('should have no transfer term when the application comes from the portal', () => {
    expect(transferTermFor({ service: housing, channel: 'EPGU', acceptedOn: '2025-10-03', deliveredOn: '2025-10-03', calendar, timeZone: ZONE })).toBeNull();
  });

  it('should explain a breach with the dates when the term is missed', () => {
    const t = transferTermFor({ service: housing, channel: 'MFC', acceptedOn: '2025-10-02', deliveredOn: '2025-10-06', calendar, timeZone: ZONE });
    expect(t?.explanation).toContain('02.10.2025');
    expect(t?.explanation).toContain('срок нарушен');
  });
});
