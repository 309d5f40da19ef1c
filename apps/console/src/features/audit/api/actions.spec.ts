import { describe, expect, it } from '@jest/globals';
import { actionTitle, detailPairs, entityTitle } from './actions';

describe('audit action names', () => {
  const events = new Map([['reask_interagency', 'Повторить межведомственный запрос'], ['custom_step', 'Особый шаг услуги']]);

  it.each([
    ['case.register', 'Регистрация заявления'],
    ['person.read', 'Просмотр личного дела'],
    ['case.custom_step', 'Особый шаг услуги'],
    ['case.unknown_step', 'case.unknown_step'],
    ['payments.export', 'payments.export'],
  ])('should name %s as «%s» when shown in the log', (code, title) => {
    expect(actionTitle(code, events)).toBe(title);
  });

  it('should prefer the dictionary to the service event title when both know the action', () => {
    expect(actionTitle('case.reask_interagency', events)).toBe('Повторный межведомственный запрос');
  });

  it('should fall back to the code when an entity is unknown', () => {
    expect(entityTitle('case')).toBe('Дело');
    expect(entityTitle('payment_register')).toBe('payment_register');
  });

  it('should render details as key and value when they hold scalars and objects', () => {
    expect(detailPairs({ from: 'received', ok: true, fields: ['phone'], none: null })).toEqual([
      { key: 'from', value: 'received' },
      { key: 'ok', value: 'да' },
      { key: 'fields', value: '["phone"]' },
      { key: 'none', value: '—' },
    ]);
    expect(detailPairs(null)).toEqual([]);
  });
});
