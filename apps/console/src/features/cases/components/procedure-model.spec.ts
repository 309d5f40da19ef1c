import { describe, expect, it } from '@jest/globals';
import { CAPITAL_REPAIR_VARIANTS, getService, isValidBankAccount } from '@casework/domain';
import {
  canReask,
  defaultDelivery,
  defaultFilingChannel,
  dialogFor,
  eventData,
  formPath,
  missingOf,
  missingSchema,
  noErrorSchema,
  paymentKindsFor,
  paymentPrefill,
  paymentSchema,
  reworkSchema,
  termNotes,
  withdrawSchema,
  type PaymentValues,
} from './procedure-model';

const BIK = '046577674';
const validAccount = (): string => {
  for (let d = 0; d <= 9; d += 1) {
    const account = `408178105${d}6540012345`;
    if (isValidBankAccount({ bik: BIK, account })) return account;
  }
  throw new Error('no valid account');
};
const wrongKey = (account: string): string => `${account.slice(0, 9)}${(Number(account[9]) + 1) % 10}${account.slice(10)}`;

const payment = (over: Partial<PaymentValues['paymentMethod']> = {}): PaymentValues => ({
  paymentMethod: { kind: 'bank', bankName: 'ПАО Сбербанк', bik: BIK, account: validAccount(), postOffice: '', organisation: '', ...over },
  requestedOn: '2026-01-20',
  delivery: 'in_person',
  filedVia: '',
  byRepresentative: false,
});

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): Record<string, string> =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('dialogFor', () => {
  it.each([
    [{ event: 'send_copy', title: '', effects: ['send_copy'] }, 'copy'],
    [{ event: 'withdraw', title: '', effects: ['withdraw_application'] }, 'withdraw'],
    [{ event: 'notify_no_error', title: '', effects: ['notify_no_error'] }, 'no_error'],
    [{ event: 'change_payment_details', title: '', effects: ['change_payment_details'] }, 'payment'],
    [{ event: 'reask_interagency', title: '', effects: ['reask_interagency'] }, 'reask'],
    [{ event: 'extend', title: '', effects: ['extend_term'] }, 'extend'],
    [{ event: 'ask_documents', title: '', effects: ['request_missing_documents'] }, 'missing'],
    [{ event: 'refuse_acceptance', title: '', effects: ['refuse_acceptance'] }, 'ground'],
    [{ event: 'setup_payment', title: '', effects: [] }, 'amount'],
    [{ event: 'register', title: '', effects: ['register'] }, null],
  ] as const)('should open the right dialog for %j', (action, kind) => {
    expect(dialogFor({ ...action, effects: [...action.effects] })).toBe(kind);
  });

  it('should ask for the cl. 96 method when the corrected decision is sent, though its effect is send_copy', () => {
    expect(dialogFor({ event: 'send_corrected_decision', title: '', effects: ['send_copy'] })).toBe('corrected');
  });

  it('should tell the head returning a draft (return_decision) from documents sent back to the applicant (return_for_rework effect)', () => {
    expect(dialogFor({ event: 'return_for_rework', title: '', effects: ['return_decision'] })).toBe('comment');
    expect(dialogFor({ event: 'return_documents_for_rework', title: '', effects: ['return_for_rework'] })).toBe('rework');
  });
});

describe('defaultDelivery', () => {
  it.each([
    [{ channel: 'IN_PERSON', payload: { resultDelivery: 'paper' } }, 'in_person'],
    [{ channel: 'MFC', payload: { resultDelivery: 'paper' } }, 'mfc'],
    [{ channel: 'IN_PERSON', payload: { resultDelivery: 'epgu' } }, 'portal'],
    [{ channel: 'IN_PERSON', payload: { resultDelivery: 'electronic' } }, 'email'],
    [{ channel: 'POST', payload: {} }, 'post'],
  ])('should preselect the delivery the API would use for %j', (c, delivery) => {
    expect(defaultDelivery(c)).toBe(delivery);
  });
});

describe('withdrawSchema', () => {
  it('should refuse a withdrawal application dated after today when the date is in the future', () => {
    const result = withdrawSchema('2026-02-03').safeParse({ withdrawnOn: '2026-02-04', delivery: 'in_person' });
    expect(messages(result)).toEqual({ withdrawnOn: 'Дата не может быть позже 03.02.2026' });
  });

  it('should accept today and send it with the delivery when the date is today', () => {
    const values = { withdrawnOn: '2026-02-03', delivery: 'post' };
    expect(withdrawSchema('2026-02-03').safeParse(values).success).toBe(true);
    expect(eventData.withdraw(values)).toEqual({ withdrawnOn: '2026-02-03', delivery: 'post' });
  });

  it('should ask for a delivery when none of the five is chosen', () => {
    expect(messages(withdrawSchema('2026-02-03').safeParse({ withdrawnOn: '2026-02-03', delivery: 'fax' }))).toEqual({ delivery: 'Выберите способ направления' });
  });
});

describe('paymentSchema', () => {
  it('should accept the current bank details and send them without spaces when the account is typed in groups', () => {
    const values = payment({ account: validAccount().replace(/(\d{5})/g, '$1 ').trim() });
    expect(paymentSchema(['bank', 'post']).safeParse(values).success).toBe(true);
    expect(eventData.payment(values)).toEqual({
      paymentMethod: { kind: 'bank', bankName: 'ПАО Сбербанк', bik: BIK, account: validAccount() },
      requestedOn: '2026-01-20',
      delivery: 'in_person',
      byRepresentative: false,
    });
  });

  it('should send the channel of a V3 application and that a representative filed it when they are given', () => {
    const data = eventData.payment({ ...payment({}), filedVia: 'EPGU', byRepresentative: true });
    expect(data).toMatchObject({ filedVia: 'EPGU', byRepresentative: true });
  });

  it('should put the error on paymentMethod.account when the control key does not match the BIK', () => {
    expect(messages(paymentSchema(['bank', 'post']).safeParse(payment({ account: wrongKey(validAccount()) })))).toEqual({
      'paymentMethod.account': 'Номер счета не соответствует БИК: неверный контрольный ключ',
    });
  });

  it('should refuse a method the service does not pay by when the kind is not in its list', () => {
    expect(messages(paymentSchema(['bank', 'post']).safeParse(payment({ kind: 'delivery_organisation', organisation: 'ООО Доставка' })))).toEqual({ 'paymentMethod.kind': 'Выберите способ выплаты' });
  });

  it('should send only the post office when the method is post', () => {
    const values = payment({ kind: 'post', postOffice: ' 624971 Сосьва ' });
    expect(paymentSchema(['bank', 'post']).safeParse(values).success).toBe(true);
    expect(eventData.payment({ ...values, requestedOn: '' }).paymentMethod).toEqual({ kind: 'post', postOffice: '624971 Сосьва' });
    expect(eventData.payment({ ...values, requestedOn: '' })).not.toHaveProperty('requestedOn');
  });

  it('should offer the housing service only bank and post when other services may pay by card or delivery', () => {
    expect(paymentKindsFor('housing-utilities-compensation').map((k) => k.code)).toEqual(['bank', 'post']);
    expect(paymentKindsFor('social-contract-assistance').map((k) => k.code)).toEqual(['bank', 'unified_social_card', 'post', 'delivery_organisation']);
  });

  it('should prefill the dialog from the application when it has payment details', () => {
    expect(paymentPrefill({ paymentMethod: { kind: 'post', postOffice: 'Сосьва' } })).toEqual({ kind: 'post', bankName: '', bik: '', account: '', postOffice: 'Сосьва', organisation: '' });
    expect(paymentPrefill({}).kind).toBe('');
  });
});

describe('documents and rework lists', () => {
  it('should name the row of a missing document title when it is left empty', () => {
    const result = missingSchema.safeParse({ documents: [{ title: 'Паспорт', issue: 'invalid', details: '' }, { title: ' ', issue: 'missing', details: '' }], delivery: 'post' });
    expect(messages(result)).toEqual({ 'documents.1.title': 'Укажите документ' });
  });

  it('should drop empty details and trim titles when the documents are sent', () => {
    expect(eventData.missing({ documents: [{ title: ' Справка о составе семьи ', issue: 'missing', details: '  ' }], delivery: 'mfc' })).toEqual({
      documents: [{ title: 'Справка о составе семьи', issue: 'missing' }],
      delivery: 'mfc',
    });
  });

  it('should send the suspension ground only when one is chosen for the rework', () => {
    const values = { items: [{ document: 'Заявление', correction: 'Подписать' }], groundCode: '', delivery: 'in_person' };
    expect(reworkSchema.safeParse(values).success).toBe(true);
    expect(eventData.rework(values)).not.toHaveProperty('groundCode');
    expect(eventData.rework({ ...values, groundCode: 'SUS_01' })).toMatchObject({ groundCode: 'SUS_01' });
  });

  it('should require the finding when the no-error notice has only spaces', () => {
    expect(messages(noErrorSchema.safeParse({ comment: '   ', delivery: 'in_person' }))).toEqual({ comment: 'Укажите, что проверено: это вывод уведомления' });
  });
});

describe('corrected decision', () => {
  it('should send the notice by post when the cl. 96 method is registered mail', () => {
    expect(eventData.corrected({ method: 'registered_mail' })).toEqual({ method: 'registered_mail', delivery: 'post' });
  });
});

describe('formPath', () => {
  it('should place nested API errors on the form when their root is a field of it', () => {
    expect(formPath('paymentMethod.account', ['paymentMethod', 'delivery'])).toBe('paymentMethod.account');
    expect(formPath('data.documents.0.title', ['documents'])).toBe('documents.0.title');
    expect(formPath('expectedVersion', ['documents'])).toBeNull();
  });
});

describe('interagency', () => {
  it('should offer a re-ask only when the answer is incomplete or failed', () => {
    expect(['sent', 'answered', 'incomplete', 'failed', 'superseded'].filter((status) => canReask({ status: status as never }))).toEqual(['incomplete', 'failed']);
  });

  it('should list what an incomplete answer lacks when the agency named it', () => {
    expect(missingOf({ found: true, charged: 100, missing: ['paid', 'debt'] })).toEqual(['paid', 'debt']);
    expect(missingOf({ error: 'timeout' })).toEqual([]);
  });
});

describe('termNotes', () => {
  const base = { status: 'running' as const, pausedOn: null, pausedWorkingDays: 0, extensionWorkingDays: 0, extensionGround: null };

  it('should say since when a paused clock stands still when it is paused', () => {
    expect(termNotes({ ...base, status: 'paused', pausedOn: '2026-01-12' })).toEqual(['Приостановлен с 12.01.2026']);
  });

  it('should show credited pause days and the extension with its ground when the due date moved', () => {
    expect(termNotes({ ...base, pausedWorkingDays: 3, extensionWorkingDays: 20, extensionGround: 'EXT_01' })).toEqual(['Зачтено время приостановки: 3 раб. дня', 'Продлён на 20 раб. дн. (основание EXT_01)']);
  });

  it('should add nothing when the clock ran straight', () => {
    expect(termNotes(base)).toEqual([]);
  });
});

describe('defaultFilingChannel', () => {
  // the capital-repair V2–V4 filing took the housing code IN_PERSON: the select showed nothing and the API refused (422)
  it.each(CAPITAL_REPAIR_VARIANTS.filter((v) => v.code !== 'V1_GRANT').map((v) => [v.code, v.channels] as const))(
    'should offer a capital-repair channel by which %s may be filed',
    (_code, allowed) => {
      const channels = getService('capital-repair-compensation')?.channels ?? [];
      const chosen = defaultFilingChannel(channels);
      expect(channels.map((c) => c.code)).toContain(chosen);
      expect(allowed).toContain(chosen);
      expect(chosen).toBe('IN_PERSON_BODY');
    },
  );

  it('should offer the housing counter, and nothing when the service is not known yet', () => {
    expect(defaultFilingChannel(getService('housing-utilities-compensation')?.channels ?? [])).toBe('IN_PERSON');
    expect(defaultFilingChannel([{ code: 'MFC' }, { code: 'EPGU' }])).toBe('MFC');
    expect(defaultFilingChannel([])).toBe('');
    expect(eventData.filing({ filedVia: defaultFilingChannel([]), byRepresentative: false, filedOn: '', typoLocation: '', correctText: '' })).toEqual({ byRepresentative: false });
  });
});
