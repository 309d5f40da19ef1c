import * as cr from '../capital-repair/fixtures';
import { definitionText } from '../definition-text';
import { acceptanceRefusalDocument, type AcceptanceRefusalData } from './acceptance-refusal';
import { acceptanceRefusalFull, acceptanceRefusalMinimal } from './fixtures';

const textOf = (data: AcceptanceRefusalData): string => definitionText(acceptanceRefusalDocument(data));

describe('acceptanceRefusalDocument', () => {
  it('should print the title, the outgoing number and date and the dative addressee when the refusal is drawn up', () => {
    const text = textOf(acceptanceRefusalFull);
    expect(text).toContain('РЕШЕНИЕ\nоб отказе в приёме документов, необходимых для предоставления услуги');
    expect(text).toContain('от 04.03.2025 № 01-15/842');
    expect(text).toContain('Соколовой Анне Викторовне');
    expect(text).toContain('Уважаемая Анна Викторовна!');
  });

  it('should name the application with its date and number and the service in quotes when refusing', () => {
    expect(textOf(acceptanceRefusalFull)).toContain(
      'Рассмотрев Ваше заявление от 03.03.2025 (регистрационный № КР-2025-000311) о предоставлении государственной (муниципальной) услуги «Назначение и выплата компенсации',
    );
  });

  it('should list every ground with its code, clause and what exactly applies when there are several', () => {
    const text = textOf(acceptanceRefusalFull);
    expect(text).toContain('не могут быть приняты к рассмотрению по следующим основаниям:');
    expect(text).toContain('– REJ-08 — поля формы заявления заполнены не в полном объёме (п. 3.2.1.4 регламента): не указан способ формирования фонда капитального ремонта;');
    expect(text).toContain('– REJ-05 — документы утратили силу (п. 3.2.1.4 регламента): справка о составе семьи выдана 12.06.2024.');
  });

  it('should speak of one ground in the singular when there is one', () => {
    const text = textOf(acceptanceRefusalMinimal);
    expect(text).toContain('по следующему основанию:\n– REJ-12 — заявление подано в орган, не уполномоченный на предоставление услуги.');
    expect(text).toContain('после устранения основания, указанного в настоящем решении.');
  });

  it('should list the returned documents and send them to the addressee by post when returned by post', () => {
    const text = textOf(acceptanceRefusalFull);
    expect(text).toContain('Представленные Вами документы возвращаются Вам почтовым отправлением по адресу: 356240, Ставропольский край, г. Михайловск, ул. Гагарина, д. 7, кв. 12:');
    expect(text).toContain('1. Заявление о назначении компенсации (подлинник, 1 экз., 2 л.);\n2. Справка о составе семьи (подлинник, 1 экз., 1 л.).');
  });

  it.each([
    [{ channel: 'in_person' as const }, 'Представленные Вами документы возвращаются Вам лично:'],
    [{ channel: 'mfc' as const, details: 'МФЦ, г. Михайловск' }, 'передаются для возврата Вам в многофункциональный центр предоставления государственных и муниципальных услуг (МФЦ, г. Михайловск):'],
    [{ channel: 'post' as const, details: 'а/я 15, г. Ставрополь' }, 'почтовым отправлением по адресу: а/я 15, г. Ставрополь:'],
  ])('should say how the documents go back when the channel is %j', (delivery, expected) => {
    expect(textOf({ ...acceptanceRefusalFull, returned: { ...acceptanceRefusalFull.returned, delivery } })).toContain(expected);
  });

  it('should tell the right to apply again and to complain pre-trial and in court when refusing', () => {
    const text = textOf(acceptanceRefusalMinimal);
    expect(text).toContain('Отказ в приёме документов не препятствует повторному обращению за предоставлением услуги');
    expect(text).toContain('может быть обжаловано в досудебном (внесудебном) порядке в соответствии с главой 2.1 Федерального закона от 27.07.2010 № 210-ФЗ');
    expect(text).toContain('а также в судебном порядке.');
    expect(textOf(acceptanceRefusalFull)).toContain('путём подачи жалобы главе Шпаковского муниципального округа');
  });

  it('should throw when no ground is given', () => {
    expect(() => acceptanceRefusalDocument({ ...acceptanceRefusalFull, grounds: [] })).toThrow(RangeError);
  });
});

describe('acceptanceRefusalDocument in the layout of capital-repair App 13', () => {
  const text = textOf(cr.acceptanceRefusal);

  it.each([
    ['the heading of App 13', 'РЕШЕНИЕ\nоб отказе в приёме документов, необходимых для назначения компенсации расходов на уплату взноса на капитальный ремонт общего имущества в многоквартирном доме отдельным категориям граждан'],
    ['the number, date and the addressee', 'от 04.03.2025 № 01-12/430\nКравченко Валентине Степановне'],
    ['the salutation', 'Уважаемая Валентина Степановна!'],
    ['the day of submission in the wording of App 13', 'Поданные (направленные) Вами 03.03.2025 заявление и документы не приняты к рассмотрению по следующему основанию:'],
    ['the ground with its clause', '– REJ-04 — фамилия, имя, отчество заявителя написаны не полностью (п. 3.2.1.4 административного регламента'],
    ['the head and the executor', 'Начальник управления\n(подпись)\nС.П. Гаврилов\nИсполнитель: Юсупова Динара Руслановна, тел. 8 (86558) 4-12-34'],
  ])('should print %s when the documents are not accepted', (_, expected) => {
    expect(text).toContain(expected);
  });
});
