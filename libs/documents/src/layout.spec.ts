import { formatDate, formatDateLong } from './format-date';
import { clauseRef, formatSnils, runs } from './layout';

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
