import * as cr from '../capital-repair/fixtures';
import { EXTENSION_CHOICES } from '../capital-repair/texts';
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

describe('extensionNoticeDocument in the layout of capital-repair App 8', () => {
  const text = textOf(cr.extensionNotice);

  it.each([
    ['the heading of App 8', 'УВЕДОМЛЕНИЕ\nо продлении срока принятия решения о назначении компенсации расходов на уплату взноса на капитальный ремонт общего имущества в многоквартирном доме отдельным категориям граждан\nЗакон Ставропольского края от 28.06.2013 № 57-кз'],
    ['the dative addressee and the salutation', 'Кравченко Валентине Степановне'],
    [
      'the wording of App 8 with the acceptance day and the 20 working days',
      'Уведомляем Вас о продлении срока рассмотрения Вашего заявления о назначении компенсации расходов на уплату взноса на капитальный ремонт общего имущества в многоквартирном доме отдельным категориям граждан и способе ее доставки и представленных Вами документов, принятых 04.03.2025 (регистрационный № КР-2025-000118), на 20 (двадцать) рабочих дней в связи с (нужное отметить):',
    ],
    ['both reasons with the second ticked', 'в связи с (нужное отметить):\nнеобходимостью проведения дополнительной проверки (комиссионного обследования) представленных Вами документов;\nX\nнепоступлением сведений (документов), запрашиваемых в рамках межведомственного электронного взаимодействия.'],
    ['the details of the reason', 'Ответ ГИС ЖКХ на запрос от 06.03.2025 не поступил.'],
    ['the new due date', 'не позднее 15.04.2025.'],
    ['the head and the executor with the phone', 'Начальник управления\n(подпись)\nС.П. Гаврилов\nИсполнитель: Юсупова Динара Руслановна, тел. 8 (86558) 4-12-34'],
  ])('should print %s when the term is extended', (_, expected) => {
    expect(text).toContain(expected);
  });

  it('should tick the first box when the reason is the additional check (EXT-01)', () => {
    const t = textOf({ ...cr.extensionNotice, reason: EXTENSION_CHOICES[0] });
    expect(t).toContain('(нужное отметить):\nX\nнеобходимостью проведения дополнительной проверки');
    expect(t).not.toContain('X\nнепоступлением');
    expect(t).not.toContain('Основание продления');
  });

  it('should throw when the reason is not one of the boxes', () => {
    expect(() => extensionNoticeDocument({ ...cr.extensionNotice, reason: { code: 'EXT-09', title: 'иное' } })).toThrow(RangeError);
  });
});
