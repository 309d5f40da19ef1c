import { receiptDate } from '../../terms/receipt-date';
import { advanceClocks, type TermClock } from '../../terms/term-clock';
import { checkEvent, targetState } from '../../workflow/workflow';
import { CAPITAL_REPAIR_SAMPLE_APPLICATION } from './application.fixtures';
import { capitalRepairApplicationSchema } from './application.schema';
import { capitalRepairCompensation } from './definition';
import { seedCalendar } from '../../../test/seed-calendar';

// The DL-* terms of the definition (spec §6) run on a case as the engine runs them: each event through the workflow
// (its guard and target state), then through the term clocks, with the production calendar the API ships.
// 2025: 01–04.05 and 08–11.05 are days off; 12.06 a holiday, 13.06 a transferred day off; 01.11 (Saturday) a working
// day, 03.11 a transferred day off, 04.11 a holiday; 31.12.2025–11.01.2026 days off.
const calendar = seedCalendar([2024, 2025, 2026]);
const TIME_ZONE = 'Europe/Moscow';
const { workflow, terms } = capitalRepairCompensation;

const payload = capitalRepairApplicationSchema.parse({ ...CAPITAL_REPAIR_SAMPLE_APPLICATION, esignature: 'simple' }) as Record<string, unknown>;

type Step = { event: string; on: string; data?: Record<string, unknown> };

// Runs the events in order from a state (the workflow's initial one unless told), as the engine does.
const run = ({ channel = 'IN_PERSON_BODY', from, steps }: { channel?: string; from?: string; steps: Step[] }): { state: string; clocks: Map<string, TermClock> } => {
  let state = from ?? workflow.initial;
  const clocks = new Map<string, TermClock>();
  for (const s of steps) {
    let toState = state;
    if (s.event !== workflow.initialEvent) {
      const check = checkEvent({ workflow, state, event: s.event, roles: ['clerk', 'head'], payload, data: s.data ?? {}, channel });
      if (!check.ok) throw new Error(`${s.event} from ${state}: ${check.message}`);
      toState = targetState(check.transition, state);
    }
    const ground = typeof s.data?.['groundCode'] === 'string' ? { extensionGround: s.data['groundCode'] } : {};
    const changed = advanceClocks({ terms, channel, clocks: [...clocks.values()], change: { event: s.event, on: s.on, at: `${s.on}T07:00:00.000Z`, toState, ...ground }, calendar, timeZone: TIME_ZONE });
    for (const c of changed) clocks.set(c.termId, c);
    state = toState;
  }
  return { state, clocks };
};

type Expect = Partial<Pick<TermClock, 'status' | 'dueDate' | 'startedOn'>> | 'absent';
const expectTerms = (clocks: Map<string, TermClock>, expected: Record<string, Expect>): void => {
  for (const [id, e] of Object.entries(expected)) {
    if (e === 'absent') expect({ id, clock: clocks.get(id) }).toEqual({ id, clock: undefined });
    else expect({ id, ...clocks.get(id) }).toMatchObject({ id, ...e });
  }
};

const REGISTERED_30_04: Step[] = [
  { event: 'receive', on: '2025-04-30' },
  { event: 'register', on: '2025-04-30' },
];
const IN_REVIEW_12_05: Step[] = [
  ...REGISTERED_30_04,
  { event: 'send_interagency_requests', on: '2025-05-05', data: { kinds: ['MV-1', 'MV-2', 'MV-3', 'MV-7', 'MV-8', 'MV-9', 'MV-10'] } },
  { event: 'interagency_completed', on: '2025-05-12' },
  { event: 'start_review', on: '2025-05-12' },
];

describe('capital-repair-compensation: terms on a case (spec §6)', () => {
  const rows: [name: string, args: { channel?: string; from?: string; steps: Step[] }, expected: Record<string, Expect>, state: string][] = [
    [
      'should count DL-24 10 and DL-30 30 working days across the May 2025 holidays when registered in person on 30.04.2025',
      { steps: REGISTERED_30_04 },
      {
        'DL-02': { status: 'met', dueDate: '2025-04-30' },
        // 05–07.05, then 12.05…: 01–04.05 and 08–11.05 are days off
        'DL-12': { status: 'met', dueDate: '2025-05-06' },
        'DL-14': { status: 'running', dueDate: '2025-05-06' },
        'DL-17': { status: 'running', dueDate: '2025-05-06' },
        'DL-24': { status: 'running', startedOn: '2025-04-30', dueDate: '2025-05-20' },
        'DL-21': { status: 'running', dueDate: '2025-05-20' },
        'DL-20': { status: 'running', dueDate: '2025-05-23' },
        // 12.06 a holiday, 13.06 a transferred day off
        'DL-30': { status: 'running', dueDate: '2025-06-19' },
        'DL-03': 'absent',
        'DL-04': 'absent',
        'DL-07': 'absent',
      },
      'registered',
    ],
    [
      'should count DL-24 from 29.04.2025 to 19.05.2025 across both May breaks',
      { steps: [{ event: 'receive', on: '2025-04-29' }, { event: 'register', on: '2025-04-29' }] },
      { 'DL-24': { dueDate: '2025-05-19' } },
      'registered',
    ],
    [
      'should count the working Saturday 01.11.2025 and skip 03–04.11 when registered in person on Friday 31.10.2025',
      { steps: [{ event: 'receive', on: '2025-10-31' }, { event: 'register', on: '2025-10-31' }] },
      // 01.11, 05.11, 06.11, 07.11, 10–14.11, 17.11
      { 'DL-24': { dueDate: '2025-11-17' }, 'DL-17': { dueDate: '2025-11-05' }, 'DL-14': { dueDate: '2025-11-05' } },
      'registered',
    ],
    [
      'should extend DL-24 once by 20 working days on EXT-02, up to the 30-working-day maximum',
      { steps: [...REGISTERED_30_04, { event: 'extend_term', on: '2025-05-20', data: { groundCode: 'EXT-02' } }] },
      { 'DL-24': { status: 'running', dueDate: '2025-06-19' }, 'DL-30': { dueDate: '2025-06-19' } },
      'registered',
    ],
    [
      'should pause DL-24 for rework and credit the 2 working days until the reworked documents arrive (I-05)',
      {
        steps: [
          ...IN_REVIEW_12_05,
          { event: 'return_documents_for_rework', on: '2025-05-14' },
          { event: 'rework_received', on: '2025-05-16' },
        ],
      },
      { 'DL-24': { status: 'running', dueDate: '2025-05-22' }, 'DL-29': { status: 'met', dueDate: '2025-05-21' }, 'DL-18': { status: 'met' }, 'DL-19': { status: 'met' } },
      'under_review',
    ],
    [
      'should credit at most 5 working days of pause when the reworked documents never come back (I-06)',
      {
        steps: [
          ...IN_REVIEW_12_05,
          { event: 'return_documents_for_rework', on: '2025-05-14' },
          { event: 'rework_not_returned', on: '2025-05-22' },
        ],
      },
      { 'DL-24': { status: 'running', dueDate: '2025-05-27' }, 'DL-29': { status: 'cancelled' } },
      'under_review',
    ],
    [
      'should stop DL-24 for missing documents, wait 20 working days and restart it in full when they arrive (I-04, I-05)',
      {
        steps: [
          { event: 'receive', on: '2025-04-29' },
          { event: 'register', on: '2025-04-29' },
          { event: 'request_missing_documents', on: '2025-04-30' },
          { event: 'missing_documents_received', on: '2025-05-07' },
        ],
      },
      // DL-15: 05–07.05, 12–16.05, 19–23.05, 26–30.05, 02–03.06; DL-24 afresh from 07.05: 12–16.05, 19–23.05
      { 'DL-14': { status: 'met' }, 'DL-15': { status: 'met', dueDate: '2025-06-03' }, 'DL-24': { status: 'running', startedOn: '2025-05-07', dueDate: '2025-05-23' }, 'DL-30': { startedOn: '2025-05-07' } },
      'documents_received',
    ],
    [
      'should run the 20-working-day wait for missing documents across the December 2025 days off',
      { steps: [{ event: 'receive', on: '2025-12-01' }, { event: 'register', on: '2025-12-01' }, { event: 'request_missing_documents', on: '2025-12-01' }] },
      { 'DL-15': { status: 'running', dueDate: '2025-12-29' }, 'DL-24': { status: 'cancelled' }, 'DL-30': { status: 'cancelled' } },
      'awaiting_missing_documents',
    ],
    [
      'should restart DL-24 across the New Year days off when the missing documents arrive on 26.12.2025',
      {
        steps: [
          { event: 'receive', on: '2025-12-02' },
          { event: 'register', on: '2025-12-02' },
          { event: 'request_missing_documents', on: '2025-12-02' },
          { event: 'missing_documents_received', on: '2025-12-26' },
        ],
      },
      // 29.12, 30.12, then 12–16.01 and 19–21.01.2026
      { 'DL-24': { status: 'running', startedOn: '2025-12-26', dueDate: '2026-01-21' } },
      'documents_received',
    ],
    [
      'should cancel the wait and start the department head check when the missing documents never come (REF-09)',
      { steps: [{ event: 'receive', on: '2025-12-01' }, { event: 'register', on: '2025-12-01' }, { event: 'request_missing_documents', on: '2025-12-01' }, { event: 'missing_documents_expired', on: '2025-12-30' }] },
      // DL-31: 5 working days; 31.12.2025–11.01.2026 are days off
      { 'DL-15': { status: 'cancelled' }, 'DL-31': { status: 'running', dueDate: '2026-01-16' } },
      'department_head_review_refusal',
    ],
    [
      'should wait 20 working days for the disability document and restart DL-24 when it comes (SUS-03)',
      {
        steps: [
          ...REGISTERED_30_04,
          { event: 'send_interagency_requests', on: '2025-05-05', data: { kinds: ['MV-4'] } },
          { event: 'interagency_completed', on: '2025-05-12' },
          { event: 'request_disability_document', on: '2025-05-13' },
          { event: 'disability_document_received', on: '2025-05-20' },
        ],
      },
      { 'DL-22': { status: 'met', dueDate: '2025-05-14' }, 'DL-23': { status: 'met', dueDate: '2025-06-10' }, 'DL-24': { status: 'running', startedOn: '2025-05-20', dueDate: '2025-06-03' } },
      'ready_for_review',
    ],
    [
      'should give the portal applicant 10 working days from registration on 05.11.2025 and start DL-24 when he comes (I-12, I-41)',
      {
        channel: 'EPGU',
        steps: [
          // submitted on Sunday 02.11.2025: received on Wednesday 05.11 (03.11 a day off, 04.11 a holiday)
          { event: 'receive', on: '2025-11-05' },
          { event: 'register', on: '2025-11-05' },
          { event: 'originals_presented', on: '2025-11-19' },
        ],
      },
      {
        'DL-03': { status: 'met', dueDate: '2025-11-05' },
        'DL-04': { status: 'met', dueDate: '2025-11-06' },
        'DL-16': { status: 'cancelled' },
        // 06–07.11, 10–14.11, 17–19.11
        'DL-07': { status: 'met', dueDate: '2025-11-19' },
        'DL-24': { status: 'running', startedOn: '2025-11-19', dueDate: '2025-12-03' },
        'DL-02': 'absent',
      },
      'documents_received',
    ],
    [
      'should not run DL-24 while the portal applicant has not come, and end DL-07 cancelled when he never does (REF-10)',
      { channel: 'RPGU', steps: [{ event: 'receive', on: '2025-11-05' }, { event: 'register', on: '2025-11-05' }, { event: 'originals_not_presented', on: '2025-11-20' }] },
      { 'DL-07': { status: 'cancelled' }, 'DL-24': 'absent', 'DL-30': 'absent', 'DL-31': { status: 'running', dueDate: '2025-11-27' } },
      'department_head_review_refusal',
    ],
    [
      'should count an e-application received on the working Saturday 01.11.2025 to 05.11.2025 for registration',
      { channel: 'RPGU', steps: [{ event: 'receive', on: '2025-11-01' }] },
      { 'DL-03': { status: 'running', dueDate: '2025-11-01' }, 'DL-04': { status: 'running', dueDate: '2025-11-05' }, 'DL-16': { status: 'running', dueDate: '2025-11-05' }, 'DL-12': { dueDate: '2025-11-06' } },
      'received',
    ],
    [
      'should give the refusal decision 2 working days after a withdrawal on 30.04.2025 (DL-38)',
      { steps: [...REGISTERED_30_04, { event: 'register_withdrawal', on: '2025-04-30', data: { filedVia: 'IN_PERSON_BODY' } }] },
      { 'DL-38': { status: 'running', dueDate: '2025-05-06' }, 'DL-17': { status: 'cancelled' } },
      'withdrawal_review',
    ],
    [
      'should send the notice 1 working day after the decision and hand the file to payment (DL-32, DL-33)',
      { from: 'head_signature_grant', steps: [{ event: 'approve_decision', on: '2025-05-07' }] },
      { 'DL-32': { status: 'running', dueDate: '2025-05-12' }, 'DL-33': { status: 'running', dueDate: '2025-05-12' } },
      'granted',
    ],
    [
      'should correct a typo within 5 working days across 01–04.11.2025 and end the term on a refusal TYPO-REF-02 (DL-44)',
      { from: 'in_payment', steps: [{ event: 'register_correction_request', on: '2025-10-30' }, { event: 'refuse_correction', on: '2025-11-06', data: { groundCode: 'TYPO-REF-02' } }] },
      // 31.10, 01.11, 05.11, 06.11, 07.11
      { 'DL-44': { status: 'met', dueDate: '2025-11-07' } },
      'correction_refused',
    ],
  ];

  it.each(rows)('%s', (_name, args, expected, state) => {
    const result = run(args);
    expectTerms(result.clocks, expected);
    expect(result.state).toBe(state);
  });

  it('should take a portal application of Sunday 02.11.2025 as received on 05.11.2025 by the channel rule (2.11)', () => {
    const epgu = capitalRepairCompensation.channels.find((c) => c.code === 'EPGU');
    const receipt = receiptDate({ arrivedAt: new Date('2025-11-02T07:00:00Z'), timeZone: TIME_ZONE, calendar, rule: epgu?.receipt, officeClosesAt: '18:00' });
    expect(receipt.receivedOn).toBe('2025-11-05');
    const late = receiptDate({ arrivedAt: new Date('2025-10-31T16:00:00Z'), timeZone: TIME_ZONE, calendar, rule: epgu?.receipt, officeClosesAt: '18:00' });
    expect(late.receivedOn).toBe('2025-11-01');
  });

  it('should refuse a second extension of DL-24', () => {
    expect(() => run({ steps: [...REGISTERED_30_04, { event: 'extend_term', on: '2025-05-12', data: { groundCode: 'EXT-01' } }, { event: 'extend_term', on: '2025-05-13', data: { groundCode: 'EXT-02' } }] })).toThrow(/уже продлевался/);
  });

  it('should record the ground of the extension on the clock', () => {
    const { clocks } = run({ steps: [...REGISTERED_30_04, { event: 'extend_term', on: '2025-05-12', data: { groundCode: 'EXT-01' } }] });
    expect(clocks.get('DL-24')).toMatchObject({ extensionWorkingDays: 20, extensionGround: 'EXT-01', dueDate: '2025-06-19' });
  });
});
