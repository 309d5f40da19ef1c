import { decimalInFigures, kopecksInFigures, numberInWords, percentInFigures, pluralRu, rublesInFigures, rublesInFiguresAndWords, rublesInWords } from './amount-in-words';

describe('rublesInWords', () => {
  it.each([
    [0, 'ноль рублей 00 копеек'],
    [1, 'ноль рублей 01 копейка'],
    [2, 'ноль рублей 02 копейки'],
    [11, 'ноль рублей 11 копеек'],
    [100, 'один рубль 00 копеек'],
    [111, 'один рубль 11 копеек'],
    [200, 'два рубля 00 копеек'],
    [400, 'четыре рубля 00 копеек'],
    [500, 'пять рублей 00 копеек'],
    [1100, 'одиннадцать рублей 00 копеек'],
    [1200, 'двенадцать рублей 00 копеек'],
    [1400, 'четырнадцать рублей 00 копеек'],
    [2100, 'двадцать один рубль 00 копеек'],
    [2200, 'двадцать два рубля 00 копеек'],
    [11122, 'сто одиннадцать рублей 22 копейки'],
    [11421, 'сто четырнадцать рублей 21 копейка'],
    [123456, 'одна тысяча двести тридцать четыре рубля 56 копеек'],
    [200000, 'две тысячи рублей 00 копеек'],
    [500000, 'пять тысяч рублей 00 копеек'],
    [1100000, 'одиннадцать тысяч рублей 00 копеек'],
    [2100000, 'двадцать одна тысяча рублей 00 копеек'],
    [2200000, 'двадцать две тысячи рублей 00 копеек'],
    [51231241, 'пятьсот двенадцать тысяч триста двенадцать рублей 41 копейка'],
    [100000000, 'один миллион рублей 00 копеек'],
    [200100100, 'два миллиона одна тысяча один рубль 00 копеек'],
    [1000000000100, 'десять миллиардов один рубль 00 копеек'],
  ])('should write %i kopecks as «%s» when given an integer amount', (kopecks, words) => {
    expect(rublesInWords(kopecks)).toBe(words);
  });

  it('should write the largest safe amount when given Number.MAX_SAFE_INTEGER kopecks', () => {
    expect(rublesInWords(Number.MAX_SAFE_INTEGER)).toMatch(/^девяносто триллионов семьдесят один миллиард .* рублей 91 копейка$/);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 2])('should throw a RangeError when given %p', (kopecks) => {
    expect(() => rublesInWords(kopecks)).toThrow(RangeError);
  });
});

describe('numberInWords', () => {
  it.each([
    [1, 'masculine', 'один'],
    [1, 'feminine', 'одна'],
    [1, 'neuter', 'одно'],
    [2, 'feminine', 'две'],
    [2, 'neuter', 'два'],
    [1001, 'feminine', 'одна тысяча одна'],
    [12, 'masculine', 'двенадцать'],
    [1000000, 'masculine', 'один миллион'],
    [3000000000, 'masculine', 'три миллиарда'],
  ] as const)('should write %i as «%s» when the counted noun is %s', (n, gender, words) => {
    expect(numberInWords(n, gender)).toBe(words);
  });
});

describe('pluralRu', () => {
  const forms = ['документ', 'документа', 'документов'] as const;
  it.each([
    [0, 'документов'],
    [1, 'документ'],
    [2, 'документа'],
    [4, 'документа'],
    [5, 'документов'],
    [11, 'документов'],
    [12, 'документов'],
    [14, 'документов'],
    [21, 'документ'],
    [22, 'документа'],
    [25, 'документов'],
    [101, 'документ'],
    [111, 'документов'],
    [112, 'документов'],
  ])('should choose the right form when counting %i (%s)', (n, form) => {
    expect(pluralRu(n, forms)).toBe(form);
  });
});

describe('rublesInFigures', () => {
  it('should group thousands with non-breaking spaces when the amount has four or more digits', () => {
    expect(rublesInFigures(123456)).toBe('1\u00a0234,56\u00a0руб.');
    expect(rublesInFigures(5)).toBe('0,05\u00a0руб.');
  });

  it('should put the words in brackets after the figures when both are asked for', () => {
    expect(rublesInFiguresAndWords(123456)).toBe('1\u00a0234,56\u00a0руб. (одна тысяча двести тридцать четыре рубля 56 копеек)');
  });
});

describe('figures for tables', () => {
  it.each([
    [16500, '165,00'],
    [123456, '1\u00a0234,56'],
    [5, '0,05'],
  ])('should write %i kopecks as «%s» when the column is headed «руб.»', (kopecks, expected) => {
    expect(kopecksInFigures(kopecks)).toBe(expected);
  });

  it.each([
    [45, '45,00'],
    [58.4, '58,40'],
    [1234.5, '1\u00a0234,50'],
  ])('should write the area %d as «%s» with the decimal comma', (value, expected) => {
    expect(decimalInFigures(value)).toBe(expected);
  });

  it.each([
    [50, '50\u00a0%'],
    [100, '100\u00a0%'],
    [33.33, '33,33\u00a0%'],
    [12.5, '12,5\u00a0%'],
  ])('should write the benefit %d as «%s»', (percent, expected) => {
    expect(percentInFigures(percent)).toBe(expected);
  });

  it('should throw when the area is not a finite number', () => {
    expect(() => decimalInFigures(Number.NaN)).toThrow(RangeError);
  });
});
