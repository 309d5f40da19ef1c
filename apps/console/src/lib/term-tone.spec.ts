import { describe, expect, it } from '@jest/globals';
import { stateTone, termLeftText, termTone } from './term-tone';

describe('termTone', () => {
  it.each([
    ['overdue', -3, 'danger'],
    ['breached', null, 'danger'],
    ['due_today', 0, 'warning'],
    ['open', 1, 'caution'],
    ['open', 2, 'caution'],
    ['open', 3, 'neutral'],
    ['open', null, 'neutral'],
    ['met', null, 'success'],
    ['cancelled', null, 'muted'],
    ['paused', 1, 'paused'],
  ] as const)('should be %s/%s → %s', (status, left, tone) => {
    expect(termTone(status, left)).toBe(tone);
  });
});

describe('termLeftText', () => {
  it('should say how many working days an overdue term is late when the API gives a negative count', () => {
    expect(termLeftText('overdue', -2)).toBe('просрочено на 2 р.д.');
  });

  it('should say "срок сегодня" when the term is due today', () => {
    expect(termLeftText('due_today', 0)).toBe('срок сегодня');
  });

  it('should show the working days left when the term is open', () => {
    expect(termLeftText('open', 4)).toBe('осталось 4 р.д.');
  });

  it('should say "приостановлен" instead of the days left when the clock is paused', () => {
    expect(termLeftText('paused', 4)).toBe('приостановлен');
  });
});

describe('stateTone', () => {
  it.each([
    ['acceptance_refused', 'danger'],
    ['deputy_review_grant', 'sign'],
    ['head_approval_refusal', 'sign'],
    ['approved_grant', 'success'],
    ['interagency_pending', 'warning'],
    ['under_review', 'progress'],
    ['registered', 'info'],
    ['closed', 'muted'],
  ] as const)('should colour %s as %s', (state, tone) => {
    expect(stateTone(state)).toBe(tone);
  });
});
