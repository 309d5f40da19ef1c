import { definitionText } from '../definition-text';
import { reworkReturnFull, reworkReturnMinimal } from './fixtures';
import { reworkReturnNoticeDocument, type ReworkReturnNoticeData } from './rework-return';

const textOf = (data: ReworkReturnNoticeData): string => definitionText(reworkReturnNoticeDocument(data));

describe('reworkReturnNoticeDocument', () => {
  it('should print the title, number, date and the dative addressee when documents go back for rework', () => {
    const text = textOf(reworkReturnFull);
    expect(text).toContain('УВЕДОМЛЕНИЕ\nо возврате заявления и документов на доработку');
    expect(text).toContain('от 12.03.2025 № 01-15/880\nСоколовой Анне Викторовне');
    expect(text).toContain('Ваше заявление от 10.03.2025 (регистрационный № КР-2025-000340)');
    expect(text).toContain('Основание: SUS-02 — заявление и документы содержат недостоверные и (или) неполные сведения (п. 2.8.1 регламента).');
  });

  it('should list what to correct in each document when documents go back for rework', () => {
    expect(textOf(reworkReturnFull)).toContain(
      'Необходимо исправить:\n1. Заявление: указать номер лицевого счёта в кредитной организации полностью (20 цифр);\n2. Сведения о зарегистрированных в жилом помещении гражданах: указать дату рождения каждого зарегистрированного.',
    );
  });

  it('should give the days to return them in figures and words and the last day when it is known', () => {
    expect(textOf(reworkReturnFull)).toContain('Срок представления доработанных документов — 5 (пять) рабочих дней со дня их получения Вами (не позднее 19.03.2025).');
    expect(textOf(reworkReturnMinimal)).toContain('Срок представления доработанных документов — 5 (пять) рабочих дней со дня их получения Вами.');
  });

  it('should say the term is paused meanwhile when documents go back for rework', () => {
    expect(textOf(reworkReturnMinimal)).toContain('На время доработки течение срока предоставления услуги приостанавливается и возобновляется со дня поступления доработанных документов.');
  });

  it('should say how the documents go back and the consequence only when they are given', () => {
    const full = textOf(reworkReturnFull);
    expect(full).toContain('Заявление и документы передаются для возврата Вам в многофункциональный центр');
    expect(full).toContain('по основанию: REF-07 — документы представлены не в полном объёме либо содержат недостоверные сведения (п. 3.2.4 регламента).');
    const minimal = textOf(reworkReturnMinimal);
    expect(minimal).not.toContain('передаются для возврата');
    expect(minimal).not.toContain('будет отказано');
  });

  it('should throw when there is nothing to correct or no days to return them', () => {
    expect(() => reworkReturnNoticeDocument({ ...reworkReturnFull, items: [] })).toThrow(RangeError);
    expect(() => reworkReturnNoticeDocument({ ...reworkReturnFull, returnWithinWorkingDays: 0 })).toThrow(RangeError);
  });
});
