// The reference makes the declaration visible to every program that compiles this file (the api's too).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./types/petrovich.d.ts" />
import petrovich from 'petrovich';

export type Sex = 'male' | 'female';

export type GrammaticalCase = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';

export type PersonName = {
  lastName: string;
  firstName: string;
  middleName?: string;
  sex?: Sex;
};

// Turkic patronymics («Гусейн оглы», «Алиевна кызы») carry the sex in the particle and never decline.
const TURKIC_PATRONYMIC_MALE = /\s(оглы|улы|уулу)$/i;
const TURKIC_PATRONYMIC_FEMALE = /\s(кызы|гызы|кизи)$/i;

const clean = (value: string | undefined): string => (value ?? '').trim().replace(/\s+/g, ' ');

const isTurkicPatronymic = (middle: string): boolean => TURKIC_PATRONYMIC_MALE.test(middle) || TURKIC_PATRONYMIC_FEMALE.test(middle);

// The sex as given, else as the patronymic tells it; undefined when nothing tells it.
export const sexOf = (name: PersonName): Sex | undefined => {
  if (name.sex) return name.sex;
  const middle = clean(name.middleName);
  if (!middle) return undefined;
  if (TURKIC_PATRONYMIC_MALE.test(middle)) return 'male';
  if (TURKIC_PATRONYMIC_FEMALE.test(middle)) return 'female';
  const detected = petrovich.detect_gender(middle);
  return detected === 'androgynous' ? undefined : detected;
};

const isAllCaps = (value: string): boolean => value.length > 1 && value === value.toUpperCase() && value !== value.toLowerCase();

const inflectPart = (value: string, sex: Sex | undefined, nameType: 'first' | 'middle' | 'last', gcase: GrammaticalCase): string => {
  if (!value || gcase === 'nominative') return value;
  if (nameType === 'middle' && isTurkicPatronymic(value)) return value;
  // petrovich appends lower-case endings: «ИВАНОВ» would become «ИВАНОВу»
  const inflected = petrovich[sex ?? 'androgynous'][nameType][gcase](value);
  return isAllCaps(value) ? inflected.toUpperCase() : inflected;
};

const inflectName = (name: PersonName, gcase: GrammaticalCase): { last: string; first: string; middle: string } => {
  const sex = sexOf(name);
  return {
    last: inflectPart(clean(name.lastName), sex, 'last', gcase),
    first: inflectPart(clean(name.firstName), sex, 'first', gcase),
    middle: inflectPart(clean(name.middleName), sex, 'middle', gcase),
  };
};

// «Иванову Ивану Ивановичу» for { …, gcase: 'dative' }.
export const fullNameIn = ({ gcase, ...name }: PersonName & { gcase: GrammaticalCase }): string => {
  const { last, first, middle } = inflectName(name, gcase);
  return [last, first, middle].filter(Boolean).join(' ');
};

export const fullName = (name: PersonName): string => fullNameIn({ ...name, gcase: 'nominative' });

// «Анна-Мария» → «А.-М.»
const initial = (value: string): string =>
  value
    .split('-')
    .filter(Boolean)
    .map((part) => `${part.charAt(0).toUpperCase()}.`)
    .join('-');

const initials = (name: PersonName): string => {
  const first = initial(clean(name.firstName));
  const middle = clean(name.middleName);
  return middle ? `${first}${initial(middle.split(' ')[0])}` : first;
};

// «Иванов И.И.»; with a case, «Иванову И.И.».
export const shortName = (name: PersonName, gcase: GrammaticalCase = 'nominative'): string => {
  const { last } = inflectName(name, gcase);
  return `${last} ${initials(name)}`;
};

// «И.И. Иванов», as under a signature.
export const initialsAndLastName = (name: PersonName): string => `${initials(name)} ${clean(name.lastName)}`;
