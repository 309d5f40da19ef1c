import { definitionText } from './definition-text';
import { formatDate, formatDateLong, formatMonthYear } from './format-date';
import { checkBox, clauseRef, fieldTable, formatSnils, labelledSignatures, orBlank, runs } from './layout';

describe('clauseRef', () => {
  it.each([
    ['21', 'п. 21 регламента'],
    ['cl. 21', 'п. 21 регламента'],
    ['3(10)', 'подп. 10 п. 3 регламента'],
    ['43(3)', 'подп. 3 п. 43 регламента'],
    ['ст. 7 Федерального закона № 210-ФЗ', 'ст. 7 Федерального закона № 210-ФЗ'],
  ])('should cite «%s» as «%s» when printing a clause', (clause, expected) => {
    expect(clauseRef(clause)).toBe(expected);
  });
});

describe('formatSnils', () => {
  it('should group eleven digits when the SNILS is given bare or formatted', () => {
    expect(formatSnils('11223344595')).toBe('112-233-445 95');
    expect(formatSnils('112-233-445 95')).toBe('112-233-445 95');
  });
});

describe('runs', () => {
  it('should merge plain runs and pull punctuation into the bold run before it when building a justified line', () => {
    expect(runs('1. ', 'Предоставить ', { text: 'Иванову', bold: true }, ', проживающему', '.')).toEqual([
      '1. Предоставить ',
      { text: 'Иванову, ', bold: true },
      'проживающему.',
    ]);
  });
});

describe('formatDate', () => {
  it('should write dd.MM.yyyy and the long Russian form when given a YYYY-MM-DD date', () => {
    expect(formatDate('2025-10-01')).toBe('01.10.2025');
    expect(formatDateLong('2025-10-01')).toBe('1 октября 2025\u00a0г.');
    expect(formatDateLong('2026-05-09')).toBe('9 мая 2026\u00a0г.');
  });

  it.each(['2025-13-01', '2025-02-29', '01.10.2025', ''])('should throw when given «%s»', (date) => {
    expect(() => formatDate(date)).toThrow(RangeError);
  });
});

describe('clauseRef with the act', () => {
  const act = 'административного регламента, утверждённого постановлением от 07.10.2024 № 1553';
  it.each([
    ['3.2.4', `п. 3.2.4 ${act}`],
    ['3(10)', `подп. 10 п. 3 ${act}`],
    ['п. 3.2.4', `п. 3.2.4 ${act}`],
  ])('should cite «%s» with the act instead of «регламента» when the act is given', (clause, expected) => {
    expect(clauseRef(clause, act)).toBe(expected);
  });
});

describe('form helpers', () => {
  it.each([
    [true, 'X\nзаконным представителем'],
    [false, 'законным представителем'],
  ])('should print the box ticked=%s before its label when drawing a check box', (checked, expected) => {
    expect(definitionText({ content: [checkBox(checked, 'законным представителем')] })).toBe(expected);
  });

  it('should print a blank for a missing value and a space for an empty cell when filling a form', () => {
    expect(orBlank(undefined)).toBe('____________________');
    expect(orBlank('  Соколова ')).toBe('Соколова');
    expect(definitionText({ content: [fieldTable([['Фамилия', 'Соколова'], ['СНИЛС', undefined]])] })).toBe('Фамилия\nСоколова\nСНИЛС');
  });

  it('should print the label, the signature line, the name and the date and then the seal when signing a form', () => {
    const block = labelledSignatures([{ label: 'Расчет произвел', signature: { official: { position: 'Специалист', name: { lastName: 'Юсупова', firstName: 'Динара', middleName: 'Руслановна' } }, date: '2025-03-17' } }], true);
    expect(definitionText({ content: [block] })).toBe('Расчет произвел\n(подпись)\nД.Р. Юсупова\n17.03.2025\nМ.П.');
  });
});

describe('formatMonthYear', () => {
  it.each([
    ['2025-04', 'апрель 2025\u00a0г.'],
    ['2026-01', 'январь 2026\u00a0г.'],
  ])('should write %s as «%s» when naming the month paid', (month, expected) => {
    expect(formatMonthYear(month)).toBe(expected);
  });

  it.each(['2025-13', '2025-4', ''])('should throw when given «%s»', (month) => {
    expect(() => formatMonthYear(month)).toThrow(RangeError);
  });
});
