import { damerauLevenshtein, findNearDuplicates, nearDuplicateReason, normalizeName, type NamedPerson } from './near-duplicate';

const ivanova: NamedPerson = { lastName: 'Иванова', firstName: 'Мария', middleName: 'Петровна', birthDate: '1950-04-12' };

describe('normalizeName', () => {
  it.each([
    ['Семёнова', 'семенова'],
    ['  ИВАНОВА ', 'иванова'],
    ['Римский-Корсаков', 'римскийкорсаков'],
    ['Римский Корсаков', 'римскийкорсаков'],
    ["Д'Артаньян", 'дартаньян'],
    // Latin «o», «a», «C», «K», «P» typed in a Cyrillic name
    ['Ивaнoвa', 'иванова'],
    ['CKPЯБИНА', 'скрябина'],
  ])('should give %s as %s', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it('should give an empty string for a missing middle name', () => {
    expect(normalizeName(null)).toBe('');
  });
});

describe('damerauLevenshtein', () => {
  it.each([
    ['иванова', 'иванова', 0],
    ['иванова', 'иванава', 1],
    ['иванова', 'ивнаова', 1],
    ['иванова', 'иванов', 1],
    ['иванова', 'иваноова', 1],
    ['петров', 'петрова', 1],
    ['ca', 'abc', 3],
    ['', 'abc', 3],
  ])('should count %s → %s as %i', (a, b, d) => {
    expect(damerauLevenshtein(a, b)).toBe(d);
    expect(damerauLevenshtein(b, a)).toBe(d);
  });

  it('should stop past the limit with limit + 1', () => {
    expect(damerauLevenshtein('соколова', 'кравченко', 2)).toBe(3);
    expect(damerauLevenshtein('а', 'абвгд', 1)).toBe(2);
  });
});

describe('nearDuplicateReason', () => {
  it.each<[string, Partial<NamedPerson>, string | null]>([
    ['the same name and birth date', {}, 'совпадают ФИО и дата рождения'],
    ['the same name in other case, with ё and a Latin letter', { lastName: 'ИВАНOВА', firstName: 'мария', middleName: 'Петровна' }, 'совпадают ФИО и дата рождения'],
    ['a typo in the surname', { lastName: 'Иванава' }, 'похожее написание фамилии: Иванова — Иванава'],
    ['two swapped letters in the surname', { lastName: 'Ивнаова' }, 'похожее написание фамилии: Иванова — Ивнаова'],
    ['a typo in the first name', { firstName: 'Мариа' }, 'похожее написание имени: Мария — Мариа'],
    ['a typo in the surname and one in the middle name', { lastName: 'Иванава', middleName: 'Петравна' }, 'похожее написание ФИО: Иванова Мария Петровна — Иванава Мария Петравна'],
    ['two typos in the surname', { lastName: 'Ыванава' }, 'похожее написание ФИО: Иванова Мария Петровна — Ыванава Мария Петровна'],
    ['three typos over the name', { lastName: 'Ыванава', firstName: 'Мариа' }, null],
    ['another surname', { lastName: 'Петрова' }, null],
    ['another birth date', { birthDate: '1950-04-13' }, null],
    ['no middle name against one', { middleName: null }, null],
  ])('should give the reason for %s', (_what, change, expected) => {
    expect(nearDuplicateReason({ entered: { ...ivanova, ...change }, existing: ivanova })).toBe(expected);
  });

  it('should compare two persons without middle names', () => {
    const a = { lastName: 'Smith', firstName: 'John', middleName: null, birthDate: '1980-01-01' };
    expect(nearDuplicateReason({ entered: { ...a, lastName: 'Smyth' }, existing: a })).toBe('похожее написание фамилии: Smith — Smyth');
  });
});

describe('findNearDuplicates', () => {
  it('should keep the flagged ones with their reasons, exact matches first', () => {
    const existing = [
      { id: 'a', ...ivanova, lastName: 'Иванава' },
      { id: 'b', ...ivanova, lastName: 'Сидорова' },
      { id: 'c', ...ivanova },
    ];
    expect(findNearDuplicates({ entered: ivanova, existing }).map((p) => [p.id, p.reason])).toEqual([
      ['c', 'совпадают ФИО и дата рождения'],
      ['a', 'похожее написание фамилии: Иванава — Иванова'],
    ]);
  });
});
