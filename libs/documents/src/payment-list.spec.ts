import * as cr from './capital-repair/fixtures';
import { definitionText } from './definition-text';
import * as hu from './housing-utilities/fixtures';
import { compensationRegisterDocument, recipientListDocument, type CompensationRegisterData, type RecipientListData } from './payment-list';

describe('recipientListDocument (capital-repair 3.2.6)', () => {
  const text = definitionText(recipientListDocument(cr.recipientList));

  it.each([
    ['the approval by the head with the seal', 'УТВЕРЖДАЮ\nНачальник управления\nС.П. Гаврилов\n03.04.2025\nМ.П.'],
    ['the title, number, date and month', 'СПИСОК ПОЛУЧАТЕЛЕЙ № 4 от 03.04.2025\nкомпенсации расходов на уплату взноса на капитальный ремонт общего имущества в многоквартирном доме за апрель 2025\u00a0г.'],
    ['the bank', 'Получатель платежа: ПАО Сбербанк, Ставропольское отделение № 5230, БИК 040702615'],
    ['a line with the account and the sum', '1\nКравченко Валентина Степановна\n112-233-445 95\n40817810060000012345\n165,00'],
    ['a line paid at a post office', 'Бондаренко Пётр Ильич\nОПС 356884 Нефтекумск\n216,00'],
    ['the total row', 'Итого\n885,00'],
    ['the count and the total in words', 'Итого: 3 (три) получателя на сумму 885,00\u00a0руб. (восемьсот восемьдесят пять рублей 00 копеек).'],
    ['the compiler and the chief accountant', 'Ответственный за формирование выплатных документов\n(подпись)\nД.Р. Юсупова\n02.04.2025\nГлавный бухгалтер\n(подпись)\nЛ.Н. Сидоренко\n03.04.2025'],
  ])('should print %s when the list is drawn up', (_, expected) => {
    expect(text).toContain(expected);
  });

  it.each([
    [1, '1 (один) получатель'],
    [2, '2 (два) получателя'],
    [5, '5 (пять) получателей'],
  ])('should agree the noun when the list has %i lines', (n, expected) => {
    const lines = Array.from({ length: n }, (_, i) => ({ ...cr.recipientList.lines[0], amountKopecks: 100 * (i + 1) }));
    expect(definitionText(recipientListDocument({ ...cr.recipientList, lines }))).toContain(`Итого: ${expected} на сумму`);
  });

  it.each([
    ['there is no line', { ...cr.recipientList, lines: [] }],
    ['a sum is zero', { ...cr.recipientList, lines: [{ ...cr.recipientList.lines[0], amountKopecks: 0 }] }],
    ['a sum is not whole kopecks', { ...cr.recipientList, lines: [{ ...cr.recipientList.lines[0], amountKopecks: 10.5 }] }],
    ['a line has neither account nor post office', { ...cr.recipientList, lines: [{ recipient: cr.KRAVCHENKO, amountKopecks: 100 }] }],
    ['the month is not YYYY-MM', { ...cr.recipientList, month: '2025-4' }],
  ] as [string, RecipientListData][])('should throw when %s', (_, data) => {
    expect(() => recipientListDocument(data)).toThrow(RangeError);
  });
});

describe('compensationRegisterDocument (housing-utilities cl. 67)', () => {
  const text = definitionText(compensationRegisterDocument(hu.register));

  it.each([
    ['the agreement by the deputy head', 'СОГЛАСОВАНО\nЗаместитель главы администрации Сосьвинского городского округа по экономике, финансам и социальным вопросам\nМ.В. Кузнецова\n13.10.2025'],
    ['the approval by the head', 'УТВЕРЖДАЮ\nГлава Сосьвинского городского округа\nГ.Н. Смирнов\n13.10.2025'],
    ['the title, number, date and month', 'РЕЕСТР № 10 от 13.10.2025\nпредоставления компенсаций расходов на оплату жилого помещения и коммунальных услуг за октябрь 2025\u00a0г.'],
    ['a line with the address, the account and the sum', 'Иванов Иван Иванович\n624971, Свердловская область, п.г.т. Сосьва, ул. Толмачёва, д. 12, кв. 3\n112-233-445 95\n40817810016540001234\n1\u00a0234,56'],
    ['the total in figures and words', 'Итого: 2 (два) получателя на сумму 2\u00a0111,06\u00a0руб. (две тысячи сто одиннадцать рублей 06 копеек).'],
    ['the executor', 'Исполнитель\n(подпись)\nА.С. Петрова\n13.10.2025'],
  ])('should print %s when the register is drawn up', (_, expected) => {
    expect(text).toContain(expected);
  });

  it('should leave out the executor when none is given', () => {
    const data: CompensationRegisterData = { ...hu.register, compiledBy: undefined };
    expect(definitionText(compensationRegisterDocument(data))).not.toContain('Исполнитель');
  });

  it('should take the PDF title from the register', () => {
    expect(compensationRegisterDocument(hu.register).info?.title).toBe(
      'Реестр № 10 от 13.10.2025 предоставления компенсаций расходов на оплату жилого помещения и коммунальных услуг за октябрь 2025\u00a0г.',
    );
  });
});
