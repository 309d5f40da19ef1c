import type { LocalDate } from '../common/local-date';
import type { ComplaintConfig } from '../services/service-definition';
import { housingUtilitiesCompensation } from '../services/housing-utilities-compensation/definition';
import type { ComplaintSubject } from './complaint.schema';
import { COMPLAINT_DEFAULTS, complaintTerms } from './complaint-terms';
import { seedCalendar } from '../../test/seed-calendar';

const calendar = seedCalendar([2024, 2025, 2026]);
const housing = housingUtilitiesCompensation.complaints!;

describe('complaintTerms', () => {
  it.each<[string, ComplaintSubject, LocalDate, LocalDate]>([
    ['should give 15 working days when a decision is appealed across the May holidays 2025', 'decision', '2025-04-29', '2025-05-26'],
    ['should give 5 working days when a refusal to accept documents is appealed across the May holidays 2025', 'refusal_to_accept', '2025-04-29', '2025-05-12'],
    ['should give 15 working days when an action is appealed across the New Year holidays 2025/2026', 'action_or_inaction', '2025-12-26', '2026-01-28'],
    ['should give 5 working days when a refusal to correct typos is appealed across the New Year holidays 2025/2026', 'refusal_to_correct', '2025-12-26', '2026-01-14'],
    ['should give 5 working days when a breach of the correction deadline is appealed', 'correction_deadline_breach', '2025-10-06', '2025-10-13'],
    ['should give 15 working days when a breach of the service deadline is appealed', 'deadline_breach', '2025-10-06', '2025-10-27'],
    ['should count from the next working day when the complaint is registered on a holiday', 'refusal_to_accept', '2026-01-05', '2026-01-16'],
  ])('%s', (_name, subject, registeredOn, due) => {
    const { review, reply } = complaintTerms({ subject, config: housing, registeredOn, calendar });
    expect(review).toMatchObject({ termId: 'COMPLAINT_REVIEW', startedOn: registeredOn, dueDate: due });
    expect(reply).toBeNull();
  });

  it('should explain the short term and list the holidays when a refusal to accept is appealed over the New Year', () => {
    const { review } = complaintTerms({ subject: 'refusal_to_accept', config: housing, registeredOn: '2025-12-26', calendar });
    expect(review.explanation).toBe(
      'Сокращённый срок рассмотрения — обжалуется: отказ в приёме документов: 5 рабочих дней со дня, следующего за 26.12.2025; 31.12.2025–09.01.2026 — нерабочие дни → 14.01.2026 (ч. 6, 8 ст. 11.2 Федерального закона от 27.07.2010 № 210-ФЗ; пп. 103–110 регламента)',
    );
  });

  it('should explain the standard term with both May breaks when a decision is appealed', () => {
    const { review } = complaintTerms({ subject: 'decision', config: housing, registeredOn: '2025-04-29', calendar });
    expect(review.explanation).toContain('15 рабочих дней со дня, следующего за 29.04.2025; 01.05–02.05, 08.05–09.05 — нерабочие дни → 26.05.2025');
  });

  it.each<[string, LocalDate, LocalDate]>([
    ['should give the next working day for the reply when the decision is taken on a Friday', '2025-10-10', '2025-10-13'],
    ['should give the first working day after the New Year break for the reply when the decision is taken on 30.12.2025', '2025-12-30', '2026-01-12'],
    ['should give the first working day after the May break for the reply when the decision is taken on 30.04.2025', '2025-04-30', '2025-05-05'],
  ])('%s', (_name, decidedOn, due) => {
    const { reply } = complaintTerms({ subject: 'decision', config: housing, registeredOn: '2025-04-01', decidedOn, calendar });
    expect(reply).toMatchObject({ termId: 'COMPLAINT_REPLY', startedOn: decidedOn, dueDate: due });
    expect(reply?.explanation).toContain('не позднее дня, следующего за днём принятия решения');
  });

  it('should use the terms of the service when its regulation names other ones', () => {
    const own: ComplaintConfig = { standardWorkingDays: 30, shortWorkingDays: 10, replyWorkingDays: 3, clause: 'п. 5.12 регламента', bodies: [] };
    const { review, reply } = complaintTerms({ subject: 'refusal_to_accept', config: own, registeredOn: '2025-10-06', decidedOn: '2025-10-10', calendar });
    expect(review).toMatchObject({ length: 10, dueDate: '2025-10-20', clause: 'п. 5.12 регламента' });
    expect(reply).toMatchObject({ length: 3, dueDate: '2025-10-15' });
  });

  it('should fall back to the 210-FZ terms when the service has no complaint configuration', () => {
    const { review } = complaintTerms({ subject: 'fee', registeredOn: '2025-10-06', calendar });
    expect(review).toMatchObject({ length: COMPLAINT_DEFAULTS.standardWorkingDays, dueDate: '2025-10-27' });
    expect(review.explanation).toContain('ч. 6, 8 ст. 11.2 Федерального закона от 27.07.2010 № 210-ФЗ');
  });
});
