import { definitionText } from './definition-text';
import { sampleReceipt } from './housing-utilities.fixtures';
import { receiptDocument, type ReceiptData } from './receipt';

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
