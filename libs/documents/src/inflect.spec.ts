import { fullName, fullNameIn, initialsAndLastName, sexOf, shortName, type GrammaticalCase, type PersonName } from './inflect';

const IVANOV: PersonName = { lastName: 'Иванов', firstName: 'Иван', middleName: 'Иванович' };
const IVANOVA: PersonName = { lastName: 'Иванова', firstName: 'Мария', middleName: 'Петровна' };

describe('fullNameIn', () => {
  it.each<[PersonName, GrammaticalCase, string]>([
    [IVANOV, 'nominative', 'Иванов Иван Иванович'],
    [IVANOV, 'genitive', 'Иванова Ивана Ивановича'],
    [IVANOV, 'dative', 'Иванову Ивану Ивановичу'],
    [IVANOV, 'accusative', 'Иванова Ивана Ивановича'],
    [IVANOV, 'instrumental', 'Ивановым Иваном Ивановичем'],
    [IVANOV, 'prepositional', 'Иванове Иване Ивановиче'],
    [IVANOVA, 'genitive', 'Ивановой Марии Петровны'],
    [IVANOVA, 'dative', 'Ивановой Марии Петровне'],
    [IVANOVA, 'accusative', 'Иванову Марию Петровну'],
    [IVANOVA, 'instrumental', 'Ивановой Марией Петровной'],
    [{ lastName: 'Черных', firstName: 'Илья', middleName: 'Ильич' }, 'dative', 'Черных Илье Ильичу'],
    [{ lastName: 'Шевченко', firstName: 'Ольга', middleName: 'Сергеевна' }, 'dative', 'Шевченко Ольге Сергеевне'],
    [{ lastName: 'Толстая', firstName: 'Любовь', middleName: 'Андреевна' }, 'dative', 'Толстой Любови Андреевне'],
    [{ lastName: 'Римская-Корсакова', firstName: 'Анна', sex: 'female' }, 'dative', 'Римской-Корсаковой Анне'],
    [{ lastName: 'ИВАНОВ', firstName: 'ИВАН', middleName: 'ИВАНОВИЧ' }, 'dative', 'ИВАНОВУ ИВАНУ ИВАНОВИЧУ'],
    [{ lastName: 'Мамедов', firstName: 'Эльчин', middleName: 'Гусейн оглы' }, 'dative', 'Мамедову Эльчину Гусейн оглы'],
    [{ lastName: '  Иванов ', firstName: 'Иван', middleName: ' Иванович  ' }, 'nominative', 'Иванов Иван Иванович'],
  ])('should inflect %j in the %s when asked', (name, gcase, expected) => {
    expect(fullNameIn({ ...name, gcase })).toBe(expected);
  });

  it('should leave out the patronymic when the person has none', () => {
    expect(fullNameIn({ lastName: 'Кузнецов', firstName: 'Пётр', sex: 'male', gcase: 'dative' })).toBe('Кузнецову Петру');
  });

  it('should not throw when neither the sex nor a patronymic is known', () => {
    expect(fullNameIn({ lastName: 'Смит', firstName: 'Джон', gcase: 'dative' })).toBe('Смит Джон');
  });
});

describe('sexOf', () => {
  it.each<[PersonName, string | undefined]>([
    [IVANOV, 'male'],
    [IVANOVA, 'female'],
    [{ lastName: 'Алиева', firstName: 'Лейла', middleName: 'Гасан кызы' }, 'female'],
    [{ lastName: 'Смит', firstName: 'Джон' }, undefined],
    [{ ...IVANOVA, sex: 'male' }, 'male'],
  ])('should tell the sex of %j when the data or the patronymic shows it', (name, sex) => {
    expect(sexOf(name)).toBe(sex);
  });
});

describe('shortName', () => {
  it.each<[PersonName, string]>([
    [IVANOV, 'Иванов И.И.'],
    [{ lastName: 'Петрова', firstName: 'Анна', middleName: 'Сергеевна' }, 'Петрова А.С.'],
    [{ lastName: 'Смит', firstName: 'Джон' }, 'Смит Д.'],
    [{ lastName: 'Дюма', firstName: 'Анна-Мария', sex: 'female' }, 'Дюма А.-М.'],
  ])('should write %j as «%s» when shortened', (name, expected) => {
    expect(shortName(name)).toBe(expected);
  });

  it('should inflect the surname when a case is given', () => {
    expect(shortName(IVANOVA, 'dative')).toBe('Ивановой М.П.');
  });

  it('should put the initials first when printed under a signature', () => {
    expect(initialsAndLastName(IVANOV)).toBe('И.И. Иванов');
  });

  it('should give the nominative full name when no case is asked', () => {
    expect(fullName(IVANOVA)).toBe('Иванова Мария Петровна');
  });
});
