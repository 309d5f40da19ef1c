import { describe, expect, it } from '@jest/globals';
import { complaintDecisionSchema, complaintRegistrationSchema } from '@casework/domain';
import type { CaseForComplaint } from '../api/complaints';
import { emptyDecision, emptyRegistration, toDecisionInput, toRegistrationInput, zonedToIso } from './complaint-model';

const AUTHORITY = '6f1c1a52-3a5c-4c1e-9a57-2b7d0f0b7c11';
const caseRow: CaseForComplaint = {
  id: '0b8f6a3e-1d2c-4e5f-8a9b-0c1d2e3f4a5b',
  number: '7/2025',
  serviceSlug: 'housing-utilities-compensation',
  serviceTitle: 'Компенсация расходов на оплату ЖКУ',
  authority: { id: AUTHORITY },
  applicant: { id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', lastName: 'Соколова', firstName: 'Анна', middleName: 'Петровна', registrationAddress: 'пгт Сосьва', actualAddress: null },
};

describe('complaint form model', () => {
  it('should read the wall-clock time in the authority zone when converting the receipt time', () => {
    expect(zonedToIso('2025-12-30T09:15', 'Asia/Yekaterinburg')).toBe('2025-12-30T04:15:00.000Z');
    expect(zonedToIso('2025-12-30T09:15', 'Europe/Moscow')).toBe('2025-12-30T06:15:00.000Z');
    expect(zonedToIso('30.12.2025 09:15', 'Europe/Moscow')).toBeNull();
  });

  it('should send the case applicant as the complainant when the case applicant filed it', () => {
    const input = toRegistrationInput({ ...emptyRegistration(caseRow.id), channel: 'post', subject: 'decision', text: 'Не согласна', against: { body: 'INSTITUTION', official: '' } }, { authorityId: AUTHORITY, timeZone: 'Asia/Yekaterinburg', caseRow });
    expect(input).toMatchObject({ caseId: caseRow.id, complainantPersonId: caseRow.applicant.id, complainantName: null, serviceSlug: null });
    expect(complaintRegistrationSchema.safeParse(input).success).toBe(true);
  });

  it('should ask for a name in Russian when there is no case and the name is blank', () => {
    const input = toRegistrationInput({ ...emptyRegistration(), channel: 'post', subject: 'fee', text: 'Требуют плату', against: { body: 'AUTHORITY', official: '' } }, { authorityId: AUTHORITY, timeZone: 'Europe/Moscow', caseRow: null });
    const result = complaintRegistrationSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['complainantName']);
  });

  it('should leave the remedy out when the complaint is rejected', () => {
    const input = toDecisionInput({ ...emptyDecision, outcome: 'rejected', reasons: 'Доводы не подтвердились', remedy: { kind: 'other', details: 'x' } }, 3);
    expect(input).toMatchObject({ remedy: null, nextSteps: null, expectedVersion: 3 });
    expect(complaintDecisionSchema.safeParse(input).success).toBe(true);
  });

  it('should ask for the remedy when the complaint is upheld without one', () => {
    const result = complaintDecisionSchema.safeParse(toDecisionInput({ ...emptyDecision, outcome: 'upheld', reasons: 'Доводы подтвердились' }, 1));
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['remedy.kind', 'Выберите, в какой форме жалоба удовлетворена']]);
  });
});
