import { definitionText } from '../definition-text';
import { housingApplicationDocument, type HousingApplicationData } from './application';
import { applicationByPost, applicationByRepresentative } from './fixtures';

const textOf = (data: HousingApplicationData): string => definitionText(housingApplicationDocument(data));

describe('housingApplicationDocument', () => {
  it.each([
    ['the Institution and the applicant in the genitive', 'В МКУ «Центр предоставления субсидий и компенсаций Сосьвинского городского округа»\nот Иванова Ивана Ивановича'],
    ['the title', 'ЗАЯВЛЕНИЕ\nо назначении компенсации расходов на оплату жилого помещения и коммунальных услуг'],
    ['the identity document', 'Документ, удостоверяющий личность (наименование, реквизиты)\nпаспорт гражданина Российской Федерации 65 07 № 123456'],
    ['the category with its clause', 'как лицу, относящемуся к категории:\n– C10_DISABLED — инвалиды (подп. 10 п. 3 регламента).'],
    ['the place of residence ticked', 'Заявление подаётся:\nX\nпо месту жительства\nпо месту пребывания'],
    ['the heating facts of cl. 18(5)', 'центральное отопление\nX\nесть\nнет\nгазоснабжение\nесть\nX\nнет'],
    ['the payment method with the requisites (cl. 13, 65(2))', 'X\nчерез кредитную организацию на Единую социальную карту: ПАО Сбербанк, БИК 046577674, счёт № 40817810016540001234;'],
    ['the result delivery', 'X\nна бумажном носителе лично в Учреждении или почтовым отправлением;'],
    ['the attachments', '1. Справка, подтверждающая факт установления инвалидности (копия, 1 л.);'],
    ['the applicant signature', 'Заявитель 26.09.2025\n(подпись)\nИванов И.И.'],
    [
      'the representative block of cl. 41(1)',
      'Сведения о представителе заявителя (подп. 1 п. 41 регламента)\nФамилия, имя, отчество (при наличии)\nСидорова Елена Павловна\nПочтовый адрес места жительства (пребывания, фактического проживания)\n624971, Свердловская область, п.г.т. Сосьва, ул. Ленина, д. 40, кв. 8\nНаименование и реквизиты документа, удостоверяющего личность\nпаспорт',
    ],
    ['the authority document', 'Реквизиты документа, подтверждающего полномочия\nдоверенность от 15.09.2025 № 66АА7654321'],
    ['the representative signature with the day of submission', 'Представитель заявителя, дата подачи заявления 26.09.2025\n(подпись)\nСидорова Е.П.'],
    ['the official confirming the passport data (cl. 41(1), 85(1))', 'Паспортные данные внесены в заявление правильно (подп. 1 п. 41, подп. 1 п. 85 регламента):\nСпециалист МКУ «Центр предоставления субсидий и компенсаций»\n(подпись)\nПетрова А.С.\n26.09.2025'],
    ['the registration', 'Заявление зарегистрировано 26.09.2025 № ЖКУ-2025-000123.'],
  ])('should print %s when a representative files', (_, expected) => {
    expect(textOf(applicationByRepresentative)).toContain(expected);
  });

  it.each([
    ['the place of stay ticked (A22)', 'по месту жительства\nX\nпо месту пребывания'],
    ['the address of the place of stay', 'Адрес места пребывания\n624971'],
    ['both categories', 'как лицу, относящемуся к категориям:\n– C30_LABOUR_VETERAN — ветераны труда и граждане, приравненные к ним по состоянию на 31.12.2004 (подп. 30 п. 3 регламента);\n– C29_HOME_FRONT_WORKER'],
    ['the post office ticked', 'X\nчерез организацию почтовой связи: отделение почтовой связи 624971 Сосьва;'],
    ['a blank for the attachments', 'К заявлению прилагаю:\n____________________'],
  ])('should print %s when the applicant files by himself at the place of stay', (_, expected) => {
    expect(textOf(applicationByPost)).toContain(expected);
  });

  it('should leave out the representative, the passport check and the registration when there are none', () => {
    const text = textOf(applicationByPost);
    expect(text).not.toContain('Сведения о представителе');
    expect(text).not.toContain('Паспортные данные внесены');
    expect(text).not.toContain('Заявление зарегистрировано');
  });

  it.each([
    ['no category is claimed', { ...applicationByPost, categories: [] }],
    ['a bank payment has no account', { ...applicationByRepresentative, payment: { kind: 'bank' as const, organisation: 'ПАО Сбербанк' } }],
    ['a post payment has no office', { ...applicationByPost, payment: { kind: 'post' as const } }],
  ])('should throw when %s', (_, data) => {
    expect(() => housingApplicationDocument(data)).toThrow(RangeError);
  });
});
