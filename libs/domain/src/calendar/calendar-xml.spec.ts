import { parseCalendarXml, serializeCalendarXml } from './calendar-xml';
import type { CalendarDay, CalendarYear } from './calendar-year';
import { seedCalendarXml } from '../../test/seed-calendar';

const SEED_YEARS = Array.from({ length: 10 }, (_, i) => 2018 + i);
const readSeed = seedCalendarXml;

const wrap = (days: string, { year = '2025', holidays = '<holiday id="1" title="Новогодние каникулы"/>' } = {}): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<calendar year="${year}" lang="ru">\n<holidays>${holidays}</holidays>\n<days>\n${days}\n</days>\n</calendar>\n`;

describe('parseCalendarXml', () => {
  it.each(SEED_YEARS)('should read the seed file for %i when it is in the xmlcalendar format', (year) => {
    const parsed = parseCalendarXml(readSeed(year));
    expect(parsed.year).toBe(year);
    expect(parsed.days.length).toBeGreaterThan(15);
    expect(parsed.days.every((d) => d.date.startsWith(`${year}-`))).toBe(true);
  });

  it.each<[string, CalendarDay, string]>([
    ['2025-01-07', { date: '2025-01-07', kind: 'holiday', holidayTitle: 'Рождество Христово' }, 't=1 with h'],
    ['2025-05-02', { date: '2025-05-02', kind: 'day_off', movedFrom: '2025-01-04' }, 't=1 with f'],
    ['2025-11-01', { date: '2025-11-01', kind: 'short' }, 't=2'],
    ['2025-12-31', { date: '2025-12-31', kind: 'day_off', movedFrom: '2025-01-05' }, 't=1 with f at the year end'],
  ])('should read %s as %j when the day is %s', (date, expected) => {
    expect(parseCalendarXml(readSeed(2025)).days.find((d) => d.date === date)).toEqual(expected);
  });

  it.each<[number, string, CalendarDay, string]>([
    [2024, '2024-04-27', { date: '2024-04-27', kind: 'working' }, 't=3'],
    [2018, '2018-03-09', { date: '2018-03-09', kind: 'day_off' }, 't=1 without h or f'],
    [2021, '2021-11-02', { date: '2021-11-02', kind: 'holiday', holidayTitle: 'Нерабочие дни (Указ Президента от 20.10.2021 №595)' }, 'a decree day in a CRLF file'],
  ])('should read %i day %s as %j when the day is %s', (year, date, expected) => {
    expect(parseCalendarXml(readSeed(year)).days.find((d) => d.date === date)).toEqual(expected);
  });

  it('should decode entities and accept comments, single quotes and a BOM when the file has them', () => {
    const xml = `\uFEFF${wrap(`<!-- перенос --><day d='05.02' t='1' f='01.04' /><day d="01.01" t="1" h="1"></day>`, { holidays: '<holiday id="1" title="&quot;Новый&quot; год &amp; каникулы &#8470;1"/>' })}`;
    expect(parseCalendarXml(xml)).toEqual({
      year: 2025,
      days: [
        { date: '2025-01-01', kind: 'holiday', holidayTitle: '"Новый" год & каникулы №1' },
        { date: '2025-05-02', kind: 'day_off', movedFrom: '2025-01-04' },
      ],
    });
  });

  it.each([
    ['the text is empty', '', 'нет элемента <calendar>'],
    ['the text is not XML', 'год 2025: 1 января', 'неожиданный текст «год 2025: 1 января»'],
    ['the file is cut off', readSeed(2025).slice(0, 900), 'строка'],
    ['the file is cut off after a whole element', readSeed(2025).slice(0, readSeed(2025).indexOf('</days>')), 'не закрыт элемент <days>'],
    ['the year attribute is missing', wrap('').replace(' year="2025"', ''), 'атрибут year'],
    ['the year is not 4 digits', wrap('', { year: '25' }), 'атрибут year элемента <calendar> должен быть годом из 4 цифр, а не «25»'],
    ['a date does not exist in that year', wrap('<day d="02.29" t="1"/>'), 'день «02.29» — такой даты нет в 2025 году'],
    ['a date is in another format', wrap('<day d="2025-01-01" t="1"/>'), 'должен быть в формате ММ.ДД'],
    ['a moved-from date is wrong', wrap('<day d="05.02" t="1" f="13.01"/>'), 'день переноса f «13.01»'],
    ['the day type is unknown', wrap('<day d="05.02" t="4"/>'), 'тип дня t="4"'],
    ['a holiday id is not declared', wrap('<day d="01.01" t="1" h="9"/>'), 'праздник h="9" не описан'],
    ['a day is listed twice', wrap('<day d="01.01" t="1" h="1"/><day d="01.01" t="1"/>'), 'день 01.01 указан дважды'],
    ['an element is unknown', wrap('<week n="1"/>'), 'неизвестный элемент <week>'],
    ['a day is outside <days>', wrap('').replace('<holidays>', '<holidays><day d="01.01" t="1"/>'), 'элемент <day> не на своём месте'],
    ['a closing tag does not match', wrap('').replace('</days>', '</holidays>'), 'закрывающий тег </holidays>'],
    ['an attribute value has a bare ampersand', wrap('', { holidays: '<holiday id="1" title="A & B"/>' }), 'недопустимый символ «&»'],
    ['there are two calendars', `${wrap('')}${wrap('')}`, 'второй элемент <calendar>'],
  ])('should throw a clear error when %s', (_, xml, message) => {
    expect(() => parseCalendarXml(xml)).toThrow('Файл производственного календаря не распознан');
    expect(() => parseCalendarXml(xml)).toThrow(message);
  });

  it('should give the line of the problem when the file is malformed', () => {
    expect(() => parseCalendarXml(wrap('<day d="01.01" t="1"/>\n<day d="01.32" t="1"/>'))).toThrow('строка 6:');
  });
});

describe('serializeCalendarXml', () => {
  it.each(SEED_YEARS)('should read back the same year when %i is exported', (year) => {
    const parsed = parseCalendarXml(readSeed(year));
    expect(parseCalendarXml(serializeCalendarXml(parsed))).toEqual(parsed);
  });

  it('should write the xmlcalendar format with holiday ids in order of appearance when exporting', () => {
    const year: CalendarYear = {
      year: 2027,
      days: [
        { date: '2027-02-22', kind: 'day_off', movedFrom: '2027-02-20' },
        { date: '2027-01-07', kind: 'holiday', holidayTitle: 'Рождество "Христово" & <др.>' },
        { date: '2027-02-20', kind: 'short' },
        { date: '2027-12-28', kind: 'working' },
      ],
    };
    expect(serializeCalendarXml(year)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<calendar year="2027" lang="ru" country="ru">',
        '    <holidays>',
        '        <holiday id="1" title="Рождество &quot;Христово&quot; &amp; &lt;др.&gt;"/>',
        '    </holidays>',
        '    <days>',
        '        <day d="01.07" t="1" h="1"/>',
        '        <day d="02.20" t="2"/>',
        '        <day d="02.22" t="1" f="02.20"/>',
        '        <day d="12.28" t="3"/>',
        '    </days>',
        '</calendar>',
        '',
      ].join('\n'),
    );
  });

  it('should keep a holiday a holiday when it has no title', () => {
    const exported = serializeCalendarXml({ year: 2026, days: [{ date: '2026-06-12', kind: 'holiday' }] });
    expect(parseCalendarXml(exported).days).toEqual([{ date: '2026-06-12', kind: 'holiday', holidayTitle: 'Нерабочий праздничный день' }]);
  });

  it.each<[string, CalendarYear, string]>([
    ['a day is outside the year', { year: 2026, days: [{ date: '2027-01-01', kind: 'holiday' }] }, 'дата 2027-01-01 не относится к этому году'],
    ['a day is listed twice', { year: 2026, days: [{ date: '2026-01-01', kind: 'holiday' }, { date: '2026-01-01', kind: 'day_off' }] }, 'указана дважды'],
    ['a transfer comes from another year', { year: 2026, days: [{ date: '2026-01-09', kind: 'day_off', movedFrom: '2025-01-03' }] }, 'дни должны быть в одном году'],
  ])('should refuse to export when %s', (_, year, message) => {
    expect(() => serializeCalendarXml(year)).toThrow(message);
  });
});
