import { definitionText } from '../definition-text';
import { extensionNoticeDocument, type ExtensionNoticeData } from './extension';
import { extensionFull, extensionMinimal } from './fixtures';

const textOf = (data: ExtensionNoticeData): string => definitionText(extensionNoticeDocument(data));

describe('extensionNoticeDocument', () => {
  it('should print the title, number, date and the dative addressee when the notice is drawn up (App 8)', () => {
    const text = textOf(extensionFull);
    expect(text).toContain('УВЕДОМЛЕНИЕ\nо продлении срока рассмотрения заявления');
    expect(text).toContain('от 18.03.2025 № 01-15/902\nСоколовой Анне Викторовне');
    expect(text).toContain('Уважаемая Анна Викторовна!');
  });

  it('should print the acceptance date and the extension in figures and words when the term is extended', () => {
    expect(textOf(extensionFull)).toContain(
      'и документов, принятых 04.03.2025 (регистрационный № КР-2025-000315), продлён на 20 (двадцать) рабочих дней (срок до продления — 18.03.2025).',
    );
    expect(textOf(extensionMinimal)).toContain('и документов, принятых 04.03.2025, продлён на 20 (двадцать) рабочих дней.');
  });

  it.each([
    [1, 'на 1 (один) рабочий день'],
    [3, 'на 3 (три) рабочих дня'],
    [10, 'на 10 (десять) рабочих дней'],
  ])('should agree the noun with %i when extending by that many days', (workingDays, expected) => {
    expect(textOf({ ...extensionMinimal, workingDays })).toContain(expected);
  });

  it('should print the reason with its code, clause and details when the extension has a ground', () => {
    expect(textOf(extensionFull)).toContain(
      'Основание продления: EXT-01 — необходимость проведения дополнительной проверки (комиссионного обследования) сведений, содержащихся в заявлении и документах (п. 2.4 регламента): назначено комиссионное обследование жилого помещения.',
    );
    expect(textOf(extensionMinimal)).toContain('Основание продления: EXT-02 — непоступление информации');
  });

  it('should print the new due date dd.MM.yyyy when the term is extended', () => {
    expect(textOf(extensionFull)).toContain('Решение по Вашему заявлению будет принято не позднее 15.04.2025.');
  });

  it.each([0, -20, 2.5, Number.NaN])('should throw when the extension is %p working days', (workingDays) => {
    expect(() => extensionNoticeDocument({ ...extensionFull, workingDays })).toThrow(RangeError);
  });
});
