export type GrammaticalGender = 'masculine' | 'feminine' | 'neuter';

// Forms for 1, for 2–4 and for 5–20 (and 0): «рубль», «рубля», «рублей».
export type PluralForms = readonly [one: string, few: string, many: string];

export const pluralRu = (n: number, forms: PluralForms): string => {
  const abs = Math.abs(n);
  const lastTwo = abs % 100;
  const last = abs % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return forms[2];
  if (last === 1) return forms[0];
  if (last >= 2 && last <= 4) return forms[1];
  return forms[2];
};

const UNITS_MASCULINE = ['', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'];
const UNITS_FEMININE = ['', 'одна', 'две', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'];
const UNITS_NEUTER = ['', 'одно', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'];
const TEENS = ['десять', 'одиннадцать', 'двенадцать', 'тринадцать', 'четырнадцать', 'пятнадцать', 'шестнадцать', 'семнадцать', 'восемнадцать', 'девятнадцать'];
const TENS = ['', '', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто'];
const HUNDREDS = ['', 'сто', 'двести', 'триста', 'четыреста', 'пятьсот', 'шестьсот', 'семьсот', 'восемьсот', 'девятьсот'];

const unitsFor = (gender: GrammaticalGender): string[] =>
  gender === 'feminine' ? UNITS_FEMININE : gender === 'neuter' ? UNITS_NEUTER : UNITS_MASCULINE;

// 0 < n < 1000
const triadInWords = (n: number, gender: GrammaticalGender): string[] => {
  const words = [HUNDREDS[Math.floor(n / 100)]];
  const rest = n % 100;
  if (rest >= 10 && rest < 20) words.push(TEENS[rest - 10]);
  else words.push(TENS[Math.floor(rest / 10)], unitsFor(gender)[rest % 10]);
  return words.filter(Boolean);
};

const SCALES: { gender: GrammaticalGender; forms: PluralForms }[] = [
  { gender: 'feminine', forms: ['тысяча', 'тысячи', 'тысяч'] },
  { gender: 'masculine', forms: ['миллион', 'миллиона', 'миллионов'] },
  { gender: 'masculine', forms: ['миллиард', 'миллиарда', 'миллиардов'] },
  { gender: 'masculine', forms: ['триллион', 'триллиона', 'триллионов'] },
];

const assertWholeNumber = (n: number, what: string): void => {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${what} must be a non-negative safe integer, got ${n}`);
};

// «две тысячи один» for (2001, 'masculine'); the gender is that of the counted noun.
export const numberInWords = (n: number, gender: GrammaticalGender = 'masculine'): string => {
  assertWholeNumber(n, 'number');
  if (n === 0) return 'ноль';
  const triads: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 1000)) triads.push(rest % 1000);
  if (triads.length > SCALES.length + 1) throw new RangeError(`number too large to write in words: ${n}`);
  const words: string[] = [];
  for (let i = triads.length - 1; i >= 0; i--) {
    const triad = triads[i];
    if (triad === 0) continue;
    if (i === 0) {
      words.push(...triadInWords(triad, gender));
    } else {
      const scale = SCALES[i - 1];
      words.push(...triadInWords(triad, scale.gender), pluralRu(triad, scale.forms));
    }
  }
  return words.join(' ');
};

const RUBLE: PluralForms = ['рубль', 'рубля', 'рублей'];
const KOPECK: PluralForms = ['копейка', 'копейки', 'копеек'];

// Money is integer kopecks: 123456 → «одна тысяча двести тридцать четыре рубля 56 копеек».
export const rublesInWords = (kopecks: number): string => {
  assertWholeNumber(kopecks, 'kopecks');
  const rubles = Math.floor(kopecks / 100);
  const kop = kopecks % 100;
  return `${numberInWords(rubles)} ${pluralRu(rubles, RUBLE)} ${String(kop).padStart(2, '0')} ${pluralRu(kop, KOPECK)}`;
};

// «1 234,56» with a non-breaking space between the thousands: a sum in a table column headed «руб.».
export const kopecksInFigures = (kopecks: number): string => {
  assertWholeNumber(kopecks, 'kopecks');
  const rubles = Math.floor(kopecks / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${rubles},${String(kopecks % 100).padStart(2, '0')}`;
};

// «1 234,56 руб.» with non-breaking spaces, as the domain's formatRubles prints it.
export const rublesInFigures = (kopecks: number): string => `${kopecksInFigures(kopecks)}\u00a0руб.`;

// 45 → «45,00», 33.333 → «33,33»: areas, shares of a percent, with the decimal comma.
export const decimalInFigures = (value: number, digits = 2): string => {
  if (!Number.isFinite(value)) throw new RangeError(`expected a finite number, got ${value}`);
  const [whole, fraction] = value.toFixed(digits).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return fraction ? `${grouped},${fraction}` : grouped;
};

// 50 → «50 %», 33.33 → «33,33 %»: no decimals when there are none.
export const percentInFigures = (percent: number): string =>
  `${Number.isInteger(percent) ? decimalInFigures(percent, 0) : decimalInFigures(percent, 2).replace(/0$/, '')}\u00a0%`;

// «1 234,56 руб. (одна тысяча двести тридцать четыре рубля 56 копеек)»
export const rublesInFiguresAndWords = (kopecks: number): string => `${rublesInFigures(kopecks)} (${rublesInWords(kopecks)})`;
