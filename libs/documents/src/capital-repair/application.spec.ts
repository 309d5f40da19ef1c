import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { definitionText } from '../definition-text';
import { capitalRepairApplicationDocument, type CapitalRepairApplicationData } from './application';
import { applicationBlank, applicationFull } from './fixtures';

const textOf = (data: CapitalRepairApplicationData): string => definitionText(capitalRepairApplicationDocument(data));

// The texts printed underlined («нужное подчеркнуть»).
const underlined = (definition: TDocumentDefinitions): string[] => {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) {
      const node = value as Record<string, unknown>;
      if (node.decoration === 'underline' && typeof node.text === 'string') out.push(node.text.replace(/[\s:;,.]+$/, ''));
      Object.values(node).forEach(walk);
    }
  };
  walk(definition.content as Content);
  return out;
};

describe('capitalRepairApplicationDocument (App 1)', () => {
  it.each([
    ['the organisation', 'Наименование организации: Управление труда и социальной защиты населения администрации Нефтекумского муниципального округа'],
    ['the proxy in the genitive after «от»', 'от: Кравченко Игоря Олеговича'],
    ['the citizen in the genitive after «действующего в интересах»', 'действующего в интересах*: Кравченко Валентины Степановны'],
    ['the birth date', '05.11.1948 года рождения'],
    ['the number and title', 'ЗАЯВЛЕНИЕ № КР-2025-000118\nо назначении компенсации расходов на уплату взноса на капитальный ремонт общего имущества в многоквартирном доме отдельным категориям граждан и способе ее доставки'],
    ['the ticked category', 'X\nодиноко проживающему неработающему собственнику жилого помещения, достигшему возраста 70 лет;'],
    ['the ticked kind of representative', 'законным представителем\nX\nдоверенным лицом'],
    ['the identity document', 'паспорт гражданина Российской Федерации, серия 07 03, № 512345, дата выдачи 17.06.2003, кем выдан: ОВД Нефтекумского района Ставропольского края.'],
    ['the SNILS', 'СНИЛС (заполняется по желанию гражданина): 112-233-445 95'],
    ['the bank and its account', 'X\nкредитную организацию: Ставропольское отделение № 5230 ПАО Сбербанк, БИК 040702615,\nномер структурного подразделения: 5230/00012,\nлицевой счет: 40817810060000012345,'],
    ['the absence of a lift', 'да\nX\nнет'],
    ['the acknowledgement of one dwelling and one category', 'Мне известно, что компенсация предоставляется только на одно жилое помещение и только по одной льготной категории.'],
    ['the body to report changes to within 10 working days', 'обязуюсь письменно извещать Управление труда и социальной защиты населения администрации Нефтекумского муниципального округа Ставропольского края в течение 10 рабочих дней'],
    ['the attachments', 'К заявлению прилагаю: сведения о зарегистрированных в жилом помещении гражданах, а также следующие документы:\n1. Копия паспорта'],
    ['the signature of the filer', 'Заявитель:\nКравченко И.О.\n(расшифровка подписи заявителя)\n(подпись)\n04.03.2025\n(дата предоставления заявления)'],
    ['the «accepted by» block', 'Заявление приняла:\nПетренко А.В.\n(расшифровка подписи специалиста)\n(подпись)\n04.03.2025\n(дата принятия заявления)'],
    ['the tear-off receipt naming the citizen', '(линия отрыва)\nРасписка-уведомление о приёме документов\nЗаявление и документы гр. Кравченко Валентины Степановны приняты 04.03.2025 и зарегистрированы № КР-2025-000118\nВедущий специалист\n(подпись)\nПетренко А.В.'],
    ['the footnote', '* Заполняется в случае подачи заявления законным представителем либо доверенным лицом льготника'],
    ['the annex with the count of persons', 'СВЕДЕНИЯ\nо зарегистрированных в жилом помещении гражданах\nКоличество зарегистрированных по месту жительства и месту пребывания в жилом помещении граждан составляет 1 человек:'],
  ])('should print %s when a proxy files the application', (_, expected) => {
    expect(textOf(applicationFull)).toContain(expected);
  });

  it.each([
    ['the citizen in the genitive after «от»', 'от: Бондаренко Петра Ильича'],
    ['a blank number', 'ЗАЯВЛЕНИЕ № _______'],
    ['the ticked family category', 'X\nсобственнику жилого помещения, достигшему возраста 80 лет, проживающему в составе семьи'],
    ['the post office', 'X\nпочтовое отделение 356884 Нефтекумск;\nкредитную организацию.'],
    ['the lift', 'X\nда\nнет'],
    ['a blank «accepted by»', 'Заявление принял(а):\n____________________\n(расшифровка подписи специалиста)\n(подпись)\n«____» ______________ 20___ г.'],
    ['blanks in the receipt', 'Заявление и документы гр. Бондаренко Петра Ильича приняты «____» ______________ 20___ г. и зарегистрированы № ____________________'],
    ['the two persons of the annex', 'составляет 2 человека:'],
    ['a disabled spouse', 'Бондаренко Зинаида Павловна\n14.08.1946\nсупруга\nпо месту жительства\nнет\nII группа'],
  ])('should print %s when the citizen files for himself and the form is not yet accepted', (_, expected) => {
    expect(textOf(applicationBlank)).toContain(expected);
  });

  it('should leave out the proxy line when the citizen files for himself', () => {
    const text = textOf(applicationBlank);
    expect(text).not.toContain('действующего в интересах');
    expect(text).toContain('законным представителем\nдоверенным лицом');
  });

  it.each([
    ['the regional operator', applicationFull, ['через счет регионального оператора']],
    ['a special account', applicationBlank, ['через специальный счет']],
  ])('should underline the way the fund is formed when it is %s', (_, data, expected) => {
    expect(underlined(capitalRepairApplicationDocument(data))).toEqual(expected);
  });

  it.each([
    ['Олегович', 'Игорь', 'проинформирован.'],
    ['Игоревна', 'Ольга', 'проинформирована.'],
    [undefined, 'Саша', 'проинформирован(а).'],
  ])('should agree «проинформирован» with the filer when the patronymic is %s', (middleName, firstName, expected) => {
    const representative = { kind: 'proxy' as const, lastName: 'Ким', firstName, ...(middleName ? { middleName } : {}) };
    expect(textOf({ ...applicationFull, representative })).toContain(expected);
  });

  it('should print the nominal holder when the account is a nominal one', () => {
    const data: CapitalRepairApplicationData = {
      ...applicationFull,
      payment: { kind: 'bank', bankName: 'ПАО Сбербанк', bik: '040702615', account: '40817810060000012345', holder: 'nominal', nominalHolderName: 'Кравченко Игорь Олегович' },
    };
    expect(textOf(data)).toContain('владелец счета является: владельцем номинального счета,\nфамилия, имя, отчество (при наличии) владельца номинального счета: Кравченко Игорь Олегович.');
  });

  it('should put the annex on a page of its own', () => {
    const content = capitalRepairApplicationDocument(applicationFull).content as Content[];
    expect(content[content.length - 1]).toMatchObject({ pageBreak: 'before' });
  });

  it.each([
    ['no person is registered', { ...applicationFull, registeredPersons: [] }],
    ['neither the submission nor the acceptance is dated', { ...applicationBlank, submittedOn: undefined }],
  ])('should throw when %s', (_, data) => {
    expect(() => capitalRepairApplicationDocument(data)).toThrow(RangeError);
  });
});
