import * as cr from './capital-repair/fixtures';
import { definitionText } from './definition-text';
import * as hu from './housing-utilities/fixtures';
import { registrationJournalDocument, type JournalEntry, type RegistrationJournalData } from './journal';

const textOf = (data: RegistrationJournalData): string => definitionText(registrationJournalDocument(data));

describe('registrationJournalDocument (capital-repair App 2, housing-utilities Journal)', () => {
  it.each([
    ['the journal title', cr.journal, 'ЖУРНАЛ РЕГИСТРАЦИИ ЗАЯВЛЕНИЙ О НАЗНАЧЕНИИ КОМПЕНСАЦИИ РАСХОДОВ НА УПЛАТУ ВЗНОСА НА КАПИТАЛЬНЫЙ РЕМОНТ\nс 03.03.2025 по 07.03.2025'],
    ['the columns chosen for I-29', cr.journal, '№ п/п\nРег. №\nДата и время регистрации\nФ.И.О. заявителя\nАдрес\nКатегория\nСпособ подачи\nПринял (Ф.И.О. специалиста)\nРезультат\nДата результата'],
    ['a decided entry continuing the line numbers', cr.journal, '118\nКР-2025-000118\n04.03.2025 10:42\nКравченко Валентина Степановна\nг. Нефтекумск, ул. Шоссейная, д. 14, кв. 27\nA70_ALONE\nлично (представитель)\nПетренко А.В.\nназначена, № 312\n19.03.2025'],
    ['a pending entry with no result', cr.journal, '119\nКР-2025-000121\n07.03.2025 16:05\nАлиев Руслан Гусейн оглы\nA70_FAMILY\nЕПГУ'],
    ['the decision entered later (cl. 62)', hu.journal, 'Иванов Иван Иванович\nп.г.т. Сосьва, ул. Толмачёва, д. 12, кв. 3\nC10_DISABLED\nлично (представитель)\nПетрова А.С.\nрешение о предоставлении, № 45\n09.10.2025'],
    ['several categories', hu.journal, 'C30_LABOUR_VETERAN, C29_HOME_FRONT_WORKER'],
  ])('should print %s when the page is printed', (_, data, expected) => {
    expect(textOf(data)).toContain(expected);
  });

  it('should turn the page to landscape and date the PDF by the day it is printed', () => {
    const definition = registrationJournalDocument(cr.journal);
    expect(definition.pageOrientation).toBe('landscape');
    expect(definition.info?.creationDate?.toISOString()).toBe('2025-03-31T00:00:00.000Z');
  });

  it('should say there are no entries when the page is empty', () => {
    expect(textOf({ ...hu.journal, entries: [] })).toContain('Записей нет.');
  });

  const entry: JournalEntry = cr.journal.entries[1];
  it.each([
    ['the time is not HH:MM', { ...cr.journal, entries: [{ ...entry, registeredAt: '25:00' }] }],
    ['the result is dated before the registration', { ...cr.journal, entries: [{ ...entry, result: { title: 'назначена', date: '2025-03-01' } }] }],
    ['the first line number is not positive', { ...cr.journal, firstLineNumber: 0 }],
    ['the period ends before it starts', { ...cr.journal, period: { from: '2025-03-07', to: '2025-03-03' } }],
  ])('should throw when %s', (_, data) => {
    expect(() => registrationJournalDocument(data)).toThrow(RangeError);
  });
});
