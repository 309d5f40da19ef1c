import { checkPensionAge, pensionAge2018, pensionAge400FZ, type Sex } from './pension-age';

// п. 1.2, I-21: a family member qualifies by the 400-FZ art. 8 pension age (App 6 schedule) or by 60 / 55 under the law
// in force on 31.12.2018.
describe('capital-repair-compensation: pension age (400-FZ art. 8, App 6)', () => {
  it.each<[string, Sex, string, number, string]>([
    ['should keep 60 when a man reached 60 in 2018', 'male', '1958-06-01', 60, '2018-06-01'],
    ['should add 1 year when a man reaches 60 in 2019', 'male', '1959-06-01', 61, '2020-06-01'],
    ['should add 2 years when a man reaches 60 in 2020', 'male', '1960-06-01', 62, '2022-06-01'],
    ['should add 3 years when a man reaches 60 in 2021', 'male', '1961-10-15', 63, '2024-10-15'],
    ['should add 4 years when a man reaches 60 in 2022', 'male', '1962-06-01', 64, '2026-06-01'],
    ['should set 65 when a man reaches 60 in 2023', 'male', '1963-06-01', 65, '2028-06-01'],
    ['should set 65 when a man reaches 60 after 2023', 'male', '1970-06-01', 65, '2035-06-01'],
    ['should keep 55 when a woman reached 55 in 2018', 'female', '1963-06-01', 55, '2018-06-01'],
    ['should add 1 year when a woman reaches 55 in 2019', 'female', '1964-06-01', 56, '2020-06-01'],
    ['should add 3 years when a woman reaches 55 in 2021', 'female', '1966-10-15', 58, '2024-10-15'],
    ['should set 60 when a woman reaches 55 in 2023', 'female', '1968-01-01', 60, '2028-01-01'],
    ['should reach the age on 29.02 of a leap year when born on 29.02', 'female', '1964-02-29', 56, '2020-02-29'],
    ['should reach the age on 28.02 of a common year when born on 29.02', 'male', '1960-02-29', 62, '2022-02-28'],
  ])('%s', (_name, sex, birthDate, years, reachedOn) => expect(pensionAge400FZ({ birthDate, sex })).toEqual({ years, reachedOn }));

  it.each<[Sex, string, number]>([
    ['male', '1965-10-15', 60],
    ['female', '1970-10-15', 55],
  ])('should give a %s born %s the 2018 age of %i', (sex, birthDate, years) => expect(pensionAge2018({ birthDate, sex }).years).toBe(years));

  it.each<[string, Sex, string, string, { reached2018: boolean; reached400FZ: boolean; reached: boolean }]>([
    ['should find both ages reached on the 400-FZ birthday', 'male', '1961-10-15', '2024-10-15', { reached2018: true, reached400FZ: true, reached: true }],
    ['should still qualify by the 2018 age the day before the 400-FZ birthday (I-21)', 'male', '1961-10-15', '2024-10-14', { reached2018: true, reached400FZ: false, reached: true }],
    ['should find neither age reached the day before the 60th birthday', 'male', '1965-10-16', '2025-10-15', { reached2018: false, reached400FZ: false, reached: false }],
    ['should find the 2018 age of a woman reached on her 55th birthday', 'female', '1970-10-15', '2025-10-15', { reached2018: true, reached400FZ: false, reached: true }],
  ])('%s', (_name, sex, birthDate, on, expected) => expect(checkPensionAge({ birthDate, sex, on })).toMatchObject(expected));
});
