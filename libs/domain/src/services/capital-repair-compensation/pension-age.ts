import { addMonthsClamped, type LocalDate } from '../../common/local-date';

// п. 1.2: a family member qualifies by "pension age set by parts 1 and 1 [1.1] of art. 8 of 400-FZ" or by "the
// pension age (60 for men, 55 for women) under the law in force on 31.12.2018" (I-21).

export type Sex = 'male' | 'female';

export type PensionAge = { years: number; reachedOn: LocalDate };

// п. 1.2: the age under the law in force on 31.12.2018 (art. 8 of 400-FZ as then worded)
export const PENSION_AGE_2018: Readonly<Record<Sex, number>> = { male: 60, female: 55 };

// 400-FZ art. 8 part 1 and App 6: 65 / 60, reached in steps by the year in which the 2018 age would have been reached:
// 2019 +12 months, 2020 +24, 2021 +36, 2022 +48, 2023 and later +60. Part 1.1 (long insurance record) and the right of
// 350-FZ art. 10 part 3 to a pension up to 6 months earlier do not change the age itself and are not taken into account.
const FIRST_STEP_YEAR = 2019;
const LAST_STEP = 5;

export const pensionAge2018 = ({ birthDate, sex }: { birthDate: LocalDate; sex: Sex }): PensionAge => {
  const years = PENSION_AGE_2018[sex];
  return { years, reachedOn: addMonthsClamped(birthDate, years * 12) };
};

export const pensionAge400FZ = ({ birthDate, sex }: { birthDate: LocalDate; sex: Sex }): PensionAge => {
  const base = PENSION_AGE_2018[sex];
  const yearOfOldAge = Number(birthDate.slice(0, 4)) + base;
  const step = Math.min(LAST_STEP, Math.max(0, yearOfOldAge - FIRST_STEP_YEAR + 1));
  const years = base + step;
  // Civil Code art. 192 p. 3: one born on 29 February reaches an age on 28 February of a common year
  return { years, reachedOn: addMonthsClamped(birthDate, years * 12) };
};

export type PensionAgeCheck = {
  age2018: PensionAge;
  age400FZ: PensionAge;
  reached2018: boolean;
  reached400FZ: boolean;
  // I-21: the two tests are alternatives; the 2018 age is never higher, so it decides, the 400-FZ one is reported
  reached: boolean;
};

export const checkPensionAge = ({ birthDate, sex, on }: { birthDate: LocalDate; sex: Sex; on: LocalDate }): PensionAgeCheck => {
  const age2018 = pensionAge2018({ birthDate, sex });
  const age400FZ = pensionAge400FZ({ birthDate, sex });
  const reached2018 = age2018.reachedOn <= on;
  const reached400FZ = age400FZ.reachedOn <= on;
  return { age2018, age400FZ, reached2018, reached400FZ, reached: reached2018 || reached400FZ };
};
