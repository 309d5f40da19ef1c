import { definitionText } from '../definition-text';
import { correctionRefusalNoticeDocument, type CorrectionRefusalNoticeData } from './correction-refusal';
import { correctionRefusalFull, correctionRefusalMinimal } from './fixtures';

const textOf = (data: CorrectionRefusalNoticeData): string => definitionText(correctionRefusalNoticeDocument(data));

describe('correctionRefusalNoticeDocument', () => {
  it('should print the title, number, date and the dative addressee when a correction is refused', () => {
    const text = textOf(correctionRefusalFull);
    expect(text).toContain('УВЕДОМЛЕНИЕ\nоб отказе в исправлении опечаток и (или) ошибок в выданном документе');
    expect(text).toContain('от 03.04.2025 № 01-15/995\nСоколовой Анне Викторовне');
  });

  it('should name the correction application, the decision and the one ground with its clause and details when one ground is given', () => {
    const text = textOf(correctionRefusalFull);
    expect(text).toContain(
      'Рассмотрев Ваше заявление от 27.03.2025 (регистрационный № КР-2025-000402) об исправлении опечаток и (или) ошибок в решении № 312 от 19.03.2025 о назначении компенсации расходов на уплату взноса на капитальный ремонт, сообщаем об отказе в исправлении опечаток и (или) ошибок по следующему основанию:',
    );
    expect(text).toContain(
      '– TYPO-REF-02 — заявление об исправлении не соответствует установленной форме и (или) содержанию (неполные сведения) (п. 3.5.1 регламента): не указано, как следует изложить сведения, содержащие опечатку.',
    );
    expect(text).toContain('после устранения основания, указанного в настоящем уведомлении.');
  });

  it('should list every ground and speak of them in the plural when several grounds are given', () => {
    const text = textOf(correctionRefusalMinimal);
    expect(text).toContain('по следующим основаниям:\n– TYPO-REF-02 —');
    expect(text).toContain('(п. 3.5.1 регламента);\n– TYPO-REF-03 — отсутствие одного или нескольких необходимых документов (сведений) (п. 3.5.1 регламента).');
    expect(text).toContain('после устранения оснований, указанных в настоящем уведомлении.');
  });

  it('should say the decision stands, how the notice goes and that it may be appealed when a correction is refused', () => {
    const text = textOf(correctionRefusalFull);
    expect(text).toContain('Решение № 312 от 19.03.2025 остаётся в силе без изменений.');
    expect(text).toContain('Настоящее уведомление направлено почтовым отправлением по адресу: 356240, Ставропольский край, г. Михайловск, ул. Гагарина, д. 7, кв. 12.');
    expect(text).toContain('Отказ в исправлении опечаток и (или) ошибок может быть обжалован в досудебном (внесудебном) порядке');
    expect(textOf(correctionRefusalMinimal)).not.toContain('Настоящее уведомление направлено');
  });

  it('should refuse to make the notice when no ground is given', () => {
    expect(() => correctionRefusalNoticeDocument({ ...correctionRefusalMinimal, grounds: [] })).toThrow(/at least one ground/);
  });
});
