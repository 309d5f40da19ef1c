import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../../../lib/api-client';
import { duplicatePrompt, duplicateReasonProblem } from './intake-model';

describe('duplicatePrompt', () => {
  const message = 'У заявителя уже есть заявление на эту услугу в работе: дело № 12/2026 («Заявление поступило»). Чтобы принять повторное заявление, укажите причину.';

  it('should show the API message naming the pending case when the 409 asks for a reason', () => {
    const error = new ApiError(409, 'ALREADY_EXISTS', message, { duplicateReason: 'Заявление в работе: дело № 12/2026. Укажите причину повторного заявления' });
    expect(duplicatePrompt(error)).toBe(message);
  });

  it('should not ask for a reason when the regulation refuses a second application outright', () => {
    expect(duplicatePrompt(new ApiError(409, 'ALREADY_EXISTS', message, { applicantId: 'Заявление в работе' }))).toBeNull();
  });

  it('should not ask for a reason when the 400 is about another field', () => {
    expect(duplicatePrompt(new ApiError(400, 'VALIDATION_FAILED', 'Проверьте', { duplicateReason: 'Не менее 5 символов' }))).toBeNull();
  });
});

describe('duplicateReasonProblem', () => {
  it('should require a reason when the field is left blank', () => {
    expect(duplicateReasonProblem('   ')).toBe('Укажите причину повторного заявления');
  });

  it('should apply the API schema when the reason is shorter than 5 characters', () => {
    expect(duplicateReasonProblem('Иное')).toBe('Укажите причину повторного заявления (не менее 5 символов)');
  });

  it('should accept a reason of 5 characters or more', () => {
    expect(duplicateReasonProblem('Новые документы о доходах')).toBeNull();
  });
});
