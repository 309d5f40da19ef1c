import { definitionText } from '../definition-text';
import { missingDocumentsFull, missingDocumentsMinimal } from './fixtures';
import { missingDocumentsNoticeDocument, type MissingDocumentsNoticeData } from './missing-documents';

const textOf = (data: MissingDocumentsNoticeData): string => definitionText(missingDocumentsNoticeDocument(data));

describe('missingDocumentsNoticeDocument', () => {
  it('should print the title, number, date and the dative addressee when the notice is drawn up', () => {
    const text = textOf(missingDocumentsFull);
    expect(text).toContain('УВЕДОМЛЕНИЕ\nо необходимости представления недостающих и (или) надлежащим образом оформленных документов');
    expect(text).toContain('от 06.03.2025 № 01-15/861\nСоколовой Анне Викторовне');
    expect(text).toContain('к Вашему заявлению от 05.03.2025 (регистрационный № КР-2025-000327)');
  });

  it('should say for each document whether it is missing or what is wrong with it', () => {
    const text = textOf(missingDocumentsFull);
    expect(text).toContain('1. Документ, подтверждающий право собственности на жилое помещение (документ не представлен);');
    expect(text).toContain(
      '2. Сведения о зарегистрированных в жилом помещении гражданах (документ оформлен ненадлежащим образом: не указано число лиц, зарегистрированных по месту пребывания).',
    );
  });

  it('should print the deadline dd.MM.yyyy with its basis and where to bring the documents when they are given', () => {
    expect(textOf(missingDocumentsFull)).toContain(
      'Указанные документы необходимо представить в срок не позднее 03.04.2025 (20 рабочих дней со дня направления уведомления, п. 2.6.1 регламента): лично в управление',
    );
    expect(textOf(missingDocumentsMinimal)).toContain('Указанные документы необходимо представить в срок не позднее 03.04.2025.');
  });

  it('should warn of the refusal on the stated ground and clause when the documents are not brought', () => {
    expect(textOf(missingDocumentsFull)).toContain(
      'В случае непредставления указанных документов в установленный срок Вам будет отказано в предоставлении услуги по основанию: REF-09 — документы, указанные в уведомлении о недостающих документах, не представлены в установленный срок (п. 3.2.1.1 регламента).',
    );
  });

  it('should say the term counts from the day the documents are brought only when the regulation says so', () => {
    expect(textOf(missingDocumentsFull)).toContain('Срок предоставления услуги исчисляется со дня представления Вами');
    expect(textOf(missingDocumentsMinimal)).not.toContain('Срок предоставления услуги исчисляется');
  });

  it('should throw when no document is listed or the deadline is not a calendar day', () => {
    expect(() => missingDocumentsNoticeDocument({ ...missingDocumentsFull, documents: [] })).toThrow(RangeError);
    expect(() => missingDocumentsNoticeDocument({ ...missingDocumentsFull, deadline: '2025-04-31' })).toThrow(RangeError);
  });
});
