import { complaintDecisionSchema, complaintRegistrationSchema } from './complaint.schema';

const registration = {
  authorityId: '6f1c1a52-3a5c-4c1e-9a57-2b7d0f0b7c11',
  channel: 'post',
  subject: 'refusal_to_accept',
  text: 'Отказали в приёме заявления без оснований',
  against: { body: 'INSTITUTION' },
  complainantName: 'Соколова Анна Петровна',
};

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): Record<string, string> =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('complaint schemas', () => {
  it('should accept a registration when the complainant is named without a person record', () => {
    const parsed = complaintRegistrationSchema.parse(registration);
    expect(parsed).toMatchObject({ complainantName: 'Соколова Анна Петровна', against: { body: 'INSTITUTION', official: null } });
  });

  it('should ask for the complainant when neither a person nor a name is given', () => {
    const result = complaintRegistrationSchema.safeParse({ ...registration, complainantName: '  ' });
    expect(issues(result)).toEqual({ complainantName: 'Укажите заявителя: выберите гражданина или введите фамилию, имя и отчество' });
  });

  it('should report every missing field in Russian when the body is empty', () => {
    const result = complaintRegistrationSchema.safeParse({});
    expect(issues(result)).toMatchObject({ authorityId: 'Выберите орган', channel: 'Выберите способ поступления жалобы', subject: 'Выберите предмет жалобы', text: 'Изложите суть жалобы' });
  });

  it('should require the remedy when the complaint is upheld', () => {
    const result = complaintDecisionSchema.safeParse({ outcome: 'upheld', reasons: 'Доводы подтвердились', expectedVersion: 1 });
    expect(issues(result)).toEqual({ 'remedy.kind': 'Выберите, в какой форме жалоба удовлетворена' });
  });

  it('should refuse a remedy when the complaint is rejected', () => {
    const result = complaintDecisionSchema.safeParse({ outcome: 'rejected', reasons: 'Доводы не подтвердились', remedy: { kind: 'money_returned' }, expectedVersion: 1 });
    expect(result.success).toBe(false);
  });

  it('should require details when the remedy is of another form', () => {
    const result = complaintDecisionSchema.safeParse({ outcome: 'upheld', reasons: 'Доводы подтвердились', remedy: { kind: 'other' }, expectedVersion: 1 });
    expect(issues(result)).toEqual({ 'remedy.details': 'Опишите, в какой форме удовлетворена жалоба' });
  });

  it('should require the reasons when a decision is taken', () => {
    const result = complaintDecisionSchema.safeParse({ outcome: 'rejected', reasons: '', expectedVersion: 1 });
    expect(issues(result)).toEqual({ reasons: 'Укажите мотивы принятого решения' });
  });
});
