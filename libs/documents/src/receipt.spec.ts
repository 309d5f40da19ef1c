import { definitionText } from './definition-text';
import { sampleReceipt } from './housing-utilities.fixtures';
import * as cr from './capital-repair/fixtures';
import { acceptanceNote, receiptDocument, tearOffReceipt, type ReceiptData } from './receipt';

const textOf = (data: ReceiptData): string => definitionText(receiptDocument(data));

describe('receiptDocument', () => {
  it('should name the applicant in the genitive with the registration number and date when the application is registered', () => {
    expect(textOf(sampleReceipt)).toContain(
      'и документы от Иванова Ивана Ивановича приняты и зарегистрированы 26.09.2025 за № ЖКУ-2025-000123.',
    );
  });

  it('should list every document and their number when documents are accepted', () => {
    const text = textOf(sampleReceipt);
    expect(text).toContain('Паспорт гражданина Российской Федерации');
    expect(text).toContain('Количество принятых документов: 3 (три) документа, всего листов: 5.');
  });

  it('should leave out the sheet total when a document has no sheet count', () => {
    const data: ReceiptData = { ...sampleReceipt, documents: [{ title: 'Заявление' }] };
    expect(textOf(data)).toContain('Количество принятых документов: 1 (один) документ.');
  });

  it('should print the accepting official surname with initials and a signature line when documents are accepted (cl. 43(3))', () => {
    const text = textOf(sampleReceipt);
    expect(text).toContain('Документы принял:');
    expect(text).toContain('Петрова А.С.');
    expect(text).toContain('(подпись)');
  });

  it('should print the decision due date when it is known', () => {
    expect(textOf(sampleReceipt)).toContain('Решение будет принято не позднее 10.10.2025 (10 рабочих дней со дня принятия заявления, п. 14 регламента).');
    expect(textOf({ ...sampleReceipt, decisionDue: undefined })).not.toContain('Решение будет принято');
  });

  it('should name the representative in the instrumental and let them sign when a representative files', () => {
    const data: ReceiptData = { ...sampleReceipt, representative: { lastName: 'Сидорова', firstName: 'Елена', middleName: 'Павловна' } };
    const text = textOf(data);
    expect(text).toContain('от Иванова Ивана Ивановича, поданные представителем заявителя Сидоровой Еленой Павловной, приняты');
    expect(text).toContain('Расписку получила:');
    expect(text).toContain('Сидорова Е.П.');
  });
});

describe('receiptDocument as the capital-repair receipt (tear-off part of App 1)', () => {
  const text = textOf(cr.receipt);

  it.each([
    ['the title of App 1', 'РАСПИСКА-УВЕДОМЛЕНИЕ\nо приёме документов'],
    [
      'the application, the citizen in the genitive, the date and the registration number',
      'Заявление о назначении компенсации расходов на уплату взноса на капитальный ремонт общего имущества в многоквартирном доме отдельным категориям граждан и способе ее доставки и документы гр. Кравченко Валентины Степановны приняты и зарегистрированы 04.03.2025 за № КР-2025-000118.',
    ],
    ['the documents received', 'Сведения о зарегистрированных в жилом помещении гражданах\nподлинник\n1\n1'],
    ['their count', 'Количество принятых документов: 3 (три) документа, всего листов: 5.'],
    ['the specialist', 'Документы принял:\nВедущий специалист\n(подпись)\nПетренко А.В.\n04.03.2025'],
  ])('should print %s when the receipt is issued', (_, expected) => {
    expect(text).toContain(expected);
  });
});

describe('acceptanceNote and tearOffReceipt', () => {
  const applicant = { lastName: 'Кравченко', firstName: 'Валентина', middleName: 'Степановна' };
  const acceptance = { acceptedOn: '2025-03-07', registrationNumber: 'КР-2025-000122', acceptedBy: { position: 'Ведущий специалист', name: { lastName: 'Петренко', firstName: 'Алла', middleName: 'Викторовна' } } };

  it.each([
    [{ withDocuments: true, fullName: true, applicant, acceptance }, 'Заявление и документы гр. Кравченко Валентины Степановны приняты 07.03.2025 и зарегистрированы № КР-2025-000122'],
    [{ withDocuments: false, applicant, acceptance }, 'Заявление гр. Кравченко В.С. принято 07.03.2025 и зарегистрировано № КР-2025-000122'],
    [{ withDocuments: false, applicant }, 'Заявление гр. Кравченко В.С. принято «____» ______________ 20___ г. и зарегистрировано № ____________________'],
  ])('should agree the verbs and print the name in the genitive when noting %j', (note, expected) => {
    expect(definitionText({ content: [acceptanceNote(note)] })).toContain(expected);
  });

  it('should print the cut line and the title above the note when the receipt is torn off', () => {
    expect(definitionText({ content: [tearOffReceipt('Расписка-уведомление о приёме заявления', { withDocuments: false, applicant, acceptance })] })).toBe(
      '(линия отреза)\nРасписка-уведомление о приёме заявления\nЗаявление гр. Кравченко В.С. принято 07.03.2025 и зарегистрировано № КР-2025-000122\nВедущий специалист\n(подпись)\nПетренко А.В.',
    );
  });
});
