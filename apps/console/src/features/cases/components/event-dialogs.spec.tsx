import { describe, expect, it } from '@jest/globals';
import { renderToStaticMarkup } from 'react-dom/server';
import type { CaseDetail, EvaluationResult } from '../../../types/api';
import { EventDialog } from './event-dialogs';
import { decidedAmount, decisionDefaults, deviatesFromRules } from './procedure-model';

const caseDetail = (over: Partial<CaseDetail> = {}): CaseDetail => ({
  id: '1d6e4a0e-0000-4000-8000-000000000001',
  number: '12/2025',
  serviceSlug: 'housing-utilities-compensation',
  serviceTitle: 'Компенсация расходов на оплату ЖКУ',
  variant: 'MAIN',
  channel: 'IN_PERSON',
  state: 'under_review',
  stateTitle: 'На рассмотрении',
  version: 5,
  payload: {},
  representative: null,
  receivedAt: '2025-10-06T05:00:00Z',
  submittedOn: '2025-10-06',
  receivedOn: '2025-10-06',
  receivedOnNote: null,
  duplicateOf: null,
  duplicateReason: null,
  acceptedOn: '2025-10-06',
  registeredAt: '2025-10-06T05:00:00Z',
  today: '2025-10-08',
  authority: { id: 'a1', name: 'МКУ «ЦПСК»', shortName: 'ЦПСК', timeZone: 'Asia/Yekaterinburg' },
  applicant: { id: 'p1', snils: null, lastName: 'Соколова', firstName: 'Анна', middleName: 'Петровна', birthDate: '1958-03-14', sex: 'female', citizenship: 'RU', identityDocument: null, registrationAddress: null, actualAddress: null, phone: null, email: null, version: 1 },
  terms: [],
  events: [],
  documents: [],
  interagency: [],
  decisions: [],
  notices: [],
  grounds: [
    { code: 'REF_01', kind: 'refuse', title: 'Нет права на меру', clause: 'п. 21' },
    { code: 'REF_03', kind: 'refuse', title: 'Задолженность без соглашения', clause: 'п. 21' },
  ],
  actions: [{ event: 'draft_decision', title: 'Подготовить проект решения', effects: ['draft_decision'] }],
  ...over,
});

const refusal: EvaluationResult = {
  serviceSlug: 'housing-utilities-compensation',
  rulesVersion: 'r2',
  asOf: '2025-10-08',
  submittedOn: '2025-10-06',
  outcome: 'refuse',
  outcomeTitle: 'Отказать',
  grounds: [{ code: 'REF_03', clause: 'п. 21(3)', title: 'Задолженность без соглашения' }],
  explanation: [],
  facts: { debt: { exists: true, agreement: 'none' } },
};

const render = (c: CaseDetail, evaluation: EvaluationResult | null): string =>
  renderToStaticMarkup(<EventDialog action={c.actions[0]} kind="decision" c={c} service={undefined} evaluation={evaluation} onSubmit={async () => undefined} onClose={() => undefined} />);

describe('the draft decision dialog', () => {
  it('should start from the rules: the refusal with its grounds, and show the ruling', () => {
    expect(decisionDefaults(refusal)).toEqual({ outcome: 'refuse', groundCodes: ['REF_03'] });
    const html = render(caseDetail(), refusal);
    // the grounds list is there because the refusal is the chosen outcome
    expect(html).toContain('Основания отказа (исчерпывающий перечень)');
    expect(html).toContain('По правилам регламента: <strong>отказать</strong> (REF_03).');
    expect(html).not.toContain('Причина решения, отличного от расчета');
  });

  it.each([
    { name: 'the same refusal', outcome: 'refuse' as const, grounds: ['REF_03'], deviates: false },
    { name: 'a grant', outcome: 'grant' as const, grounds: [], deviates: true },
    { name: 'a refusal on another ground', outcome: 'refuse' as const, grounds: ['REF_01'], deviates: true },
    { name: 'a refusal with one more ground', outcome: 'refuse' as const, grounds: ['REF_03', 'REF_01'], deviates: true },
  ])('should ask for a reason only when the draft differs from the rules: $name', ({ outcome, grounds, deviates }) => {
    expect(deviatesFromRules(refusal, outcome, grounds)).toBe(deviates);
  });

  it('should leave the choice to the clerk when no rules result is there', () => {
    expect(decisionDefaults(null)).toEqual({ outcome: '', groundCodes: [] });
    expect(deviatesFromRules(null, 'grant', [])).toBe(false);
    expect(render(caseDetail(), null)).not.toContain('По правилам регламента');
  });

  it('should offer the amount the signed grant calculated when the payment is set up', () => {
    const c = caseDetail({
      decisions: [{ id: 'd1', kind: 'grant', status: 'signed', number: '5-р/2025', decisionDate: '2025-10-09', grounds: [], paymentStartMonth: '2025-11', amountKopecks: 49_995, draftedBy: null, initialledBy: null, signedBy: null, pdfSha256: 'x' }],
      actions: [{ event: 'setup_payment', title: 'Организовать выплату', effects: ['setup_payment'] }],
    });
    expect(decidedAmount(c)).toBe('499,95');
    expect(decidedAmount(caseDetail())).toBe('');
    const html = renderToStaticMarkup(<EventDialog action={c.actions[0]} kind="amount" c={c} service={undefined} onSubmit={async () => undefined} onClose={() => undefined} />);
    expect(html).toContain('Рассчитана по правилам в решении');
  });
});
