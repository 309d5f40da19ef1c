import { definitionText } from '../definition-text';
import { capitalRepairGrantDecisionDocument, capitalRepairRefusalDecisionDocument, type CapitalRepairGrantDecisionData, type CapitalRepairRefusalDecisionData } from './decision';
import { grantDecision, grantDecisionFamily, refusalDecision, withdrawalRefusalDecision } from './fixtures';

const grantText = (data: CapitalRepairGrantDecisionData): string => definitionText(capitalRepairGrantDecisionDocument(data));
const refusalText = (data: CapitalRepairRefusalDecisionData): string => definitionText(capitalRepairRefusalDecisionDocument(data));

describe('capitalRepairGrantDecisionDocument (App 3)', () => {
  it.each([
    ['the decision number and date', 'РЕШЕНИЕ от 19.03.2025 № 312'],
    ['the application', 'Заявка на компенсацию взноса от 04.03.2025 № КР-2025-000118'],
    ['the day of application', '(дата обращения 03.03.2025)'],
    ['the subject', 'о назначении компенсации расходов на уплату взноса на капитальный ремонт общего имущества в многоквартирном доме'],
    ['the law', 'Закон Ставропольского края от 28.06.2013 № 57-кз «Об организации проведения капитального ремонта'],
    ['the citizen in the nominative', 'Гражданка: Кравченко Валентина Степановна'],
    ['the registration address', 'Адрес регистрации: 356880, Ставропольский край, г. Нефтекумск, ул. Шоссейная, д. 14, кв. 27'],
    ['the category with its clause', 'Категория льготника: A70_ALONE — одиноко проживающий неработающий собственник жилого помещения, достигший возраста 70 лет (п. 1.2)'],
  ])('should print %s when the decision grants', (_, expected) => {
    expect(grantText(grantDecision)).toContain(expected);
  });

  it.each([
    ['a sole owner living alone', grantDecision, ['общая площадь: 45,00 кв. м', 'состав семьи: 1 чел.', 'РС площади: 33,00 кв. м', 'доля в праве: 1/1']],
    ['a family of three owning a third', grantDecisionFamily, ['общая площадь: 60,00 кв. м', 'состав семьи: 3 чел.', 'РС площади: 18,00 кв. м', 'доля в праве: 1/3']],
  ])('should print the data for the calculation when the decision is for %s', (_, data, expected) => {
    const text = grantText(data);
    for (const line of expected) expect(text).toContain(line);
  });

  it.each([
    // spec §9.5 example 1: min(45, 33) × 10,00 = 330,00; 50 % → 165,00
    ['a sole owner living alone', grantDecision, 'компенсация расходов на уплату взноса на капитальный ремонт\nД\n1/1\n10,00\n330,00\n50\u00a0%\n165,00'],
    // spec §9.5 example 4 (PER_PERSON_STANDARD): min(20, 18) × 12,00 = 216,00; 100 % → 216,00
    ['a family of three owning a third', grantDecisionFamily, 'компенсация расходов на уплату взноса на капитальный ремонт\nД\n1/3\n12,00\n216,00\n100\u00a0%\n216,00'],
  ])('should print the row «учет СН = Д, доля, тариф, стоимость, размер льготы, сумма» when the decision is for %s', (_, data, row) => {
    const text = grantText(data);
    expect(text).toContain('Вид МСП\nучет СН\nдоля\nтариф, руб./кв. м\nстоимость, руб.\nразмер льготы\nсумма, руб.');
    expect(text).toContain(row);
  });

  it.each([
    ['a closed period', grantDecision, 'Кравченко Валентине Степановне в размере 165,00\u00a0руб. (сто шестьдесят пять рублей 00 копеек) ежемесячно:', 'с:\n01.04.2025\nпо:\n31.03.2026'],
    ['an open end', grantDecisionFamily, 'Бондаренко Петру Ильичу в размере 216,00\u00a0руб. (двести шестнадцать рублей 00 копеек) ежемесячно:', 'с:\n01.04.2025\nпо:\n—'],
  ])('should assign the sum in figures and words to the citizen in the dative when the assignment has %s', (_, data, assign, period) => {
    const text = grantText(data);
    expect(text).toContain(`Назначить компенсацию расходов на уплату взноса на капитальный ремонт ${assign}`);
    expect(text).toContain(period);
  });

  it.each([
    ['a bank', grantDecision, 'Списки (банк): ПАО Сбербанк, подразделение № 5230/00012, БИК 040702615, л/с\u00a040817810060000012345'],
    ['the post', grantDecisionFamily, 'Списки (почта): ОПС 356884 Нефтекумск'],
  ])('should print the requisites of the payment lists when the money goes through %s', (_, data, expected) => {
    expect(grantText(data)).toContain(expected);
  });

  it('should print the three signatures with their dates and the seal place when the decision is signed', () => {
    expect(grantText(grantDecision)).toContain(
      'Расчет произвел\n(подпись)\nД.Р. Юсупова\n17.03.2025\nРасчет проверил\n(подпись)\nО.И. Мельникова\n18.03.2025\nНачальник управления\n(подпись)\nС.П. Гаврилов\n19.03.2025\nМ.П.',
    );
  });

  it('should name the decision it replaces when a typo is corrected (3.5.1)', () => {
    const text = grantText({ ...grantDecision, number: '330', replaces: { number: '312', date: '2025-03-19', correction: 'в адресе регистрации номер дома «41» заменён на «14»' } });
    expect(text).toContain('(взамен решения от 19.03.2025 № 312)');
    expect(text).toContain('Настоящее решение принято взамен решения от 19.03.2025 № 312 в связи с исправлением допущенных опечаток и (или) ошибок: в адресе регистрации номер дома «41» заменён на «14».');
  });

  it('should take the PDF title and creation date from the decision', () => {
    const definition = capitalRepairGrantDecisionDocument(grantDecision);
    expect(definition.info?.title).toBe('Решение № 312 от 19.03.2025 о назначении компенсации расходов на уплату взноса на капитальный ремонт общего имущества в многоквартирном доме');
    expect(definition.info?.creationDate?.toISOString()).toBe('2025-03-19T00:00:00.000Z');
  });

  it.each([
    ['the household is empty', { ...grantDecision, calculation: { ...grantDecision.calculation, householdSize: 0 } }],
    ['the share is above one', { ...grantDecision, calculation: { ...grantDecision.calculation, share: { numerator: 3, denominator: 2 } } }],
    ['the sum is not whole kopecks', { ...grantDecision, calculation: { ...grantDecision.calculation, amountKopecks: 165.5 } }],
    ['the period ends before it starts', { ...grantDecision, period: { from: '2025-04-01', to: '2025-03-31' } }],
    ['a date is not a calendar day', { ...grantDecision, date: '2025-02-30' }],
  ])('should throw when %s', (_, data) => {
    expect(() => capitalRepairGrantDecisionDocument(data)).toThrow(RangeError);
  });
});

describe('capitalRepairRefusalDecisionDocument (App 4)', () => {
  it.each([
    ['the heading', 'РЕШЕНИЕ от 19.03.2025 № 313\nЗаявка на компенсацию взноса от 03.03.2025 № КР-2025-000117\n(дата обращения 03.03.2025)\nоб отказе в назначении компенсации'],
    ['«ОТКАЗАТЬ» with the citizen in the dative', 'ОТКАЗАТЬ в назначении компенсации расходов на уплату взноса на капитальный ремонт общего имущества в многоквартирном доме гр. Бондаренко Петру Ильичу.'],
    ['the registration address', 'Адрес регистрации: 356884, Ставропольский край, г. Нефтекумск, мкр. 2, д. 5, кв. 40'],
    [
      'the reason with its clause and act',
      'Причина: REF-02 — заявитель не является собственником жилого помещения (п. 3.2.4 административного регламента, утверждённого постановлением администрации Нефтекумского муниципального округа Ставропольского края от 07.10.2024 № 1553).',
    ],
    ['the signatures and the seal place', 'Расчет произвел\n(подпись)\nД.Р. Юсупова'],
  ])('should print %s when the decision refuses', (_, expected) => {
    expect(refusalText(refusalDecision)).toContain(expected);
  });

  it('should list every reason, the withdrawal first, when there are several (I-36)', () => {
    const text = refusalText(withdrawalRefusalDecision);
    expect(text).toContain('Причина:\n– REF-11 — отзыв заявителем заявления (п. 3.3.1 административного регламента');
    expect(text).toContain(';\n– REF-04 — отсутствие у заявителя регистрации по месту жительства');
    expect(text).toContain('Категория льготника: A70_ALONE');
    expect(text).toContain('С.П. Гаврилов\n11.03.2025\nМ.П.');
  });

  it('should throw when a refusal has no reason', () => {
    expect(() => capitalRepairRefusalDecisionDocument({ ...refusalDecision, grounds: [] })).toThrow(RangeError);
  });
});
