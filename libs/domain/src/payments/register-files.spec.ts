import { parseReconciliation, reconciliationTemplate, registerCsv, rubles, type RegisterFileLine } from './register-files';

const line = (over: Partial<RegisterFileLine> = {}): RegisterFileLine => ({
  lineNo: 1,
  snils: '11223344595',
  fullName: 'Орлова Нина Ивановна',
  period: '2025-10',
  amountKopecks: 1234_50,
  additionalKopecks: 0,
  deductionKopecks: 0,
  totalKopecks: 1234_50,
  bik: '040702615',
  account: '40817810680000012345',
  postOffice: null,
  address: null,
  ...over,
});

describe('register files', () => {
  it('should print kopecks as rubles with two decimals', () => {
    expect(rubles(1234_05)).toBe('1234.05');
    expect(rubles(7)).toBe('0.07');
    expect(rubles(-150)).toBe('-1.50');
  });

  it('should write a CSV with a BOM, a header and quoted cells where needed', () => {
    const csv = registerCsv([line(), line({ lineNo: 2, fullName: 'Иванов "Младший" Петр', bik: null, account: null, postOffice: '357000; Нефтекумск' })]);
    expect(csv.startsWith('\ufeff№ строки;СНИЛС;')).toBe(true);
    const rows = csv.trimEnd().split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toBe('1;11223344595;Орлова Нина Ивановна;2025-10;1234.50;0.00;0.00;1234.50;040702615;40817810680000012345;;');
    expect(rows[2]).toContain('"Иванов ""Младший"" Петр"');
    expect(rows[2]).toContain('"357000; Нефтекумск"');
  });

  it('should read back the template it makes', () => {
    const parsed = parseReconciliation(reconciliationTemplate([{ lineNo: 1, totalKopecks: 1234_50 }, { lineNo: 2, totalKopecks: 99 }], '2025-11-05'));
    expect(parsed.errors).toEqual({});
    expect(parsed.rows).toEqual([
      { row: 2, lineNo: 1, status: 'paid', totalKopecks: 1234_50, on: '2025-11-05', reason: null },
      { row: 3, lineNo: 2, status: 'paid', totalKopecks: 99, on: '2025-11-05', reason: null },
    ]);
  });

  it('should accept a returned line with its reason, commas as separators and comma decimals in quotes', () => {
    const parsed = parseReconciliation('line,total,status,date,reason\n7,"1 234,50",Возврат,2025-11-06,Счет закрыт\n');
    expect(parsed.errors).toEqual({});
    expect(parsed.rows[0]).toEqual({ row: 2, lineNo: 7, status: 'returned', totalKopecks: 1234_50, on: '2025-11-06', reason: 'Счет закрыт' });
  });

  it('should report every bad row by its number and column', () => {
    const parsed = parseReconciliation('№;сумма;результат;дата;причина\nx;12.5;выплачено;05.11.2025;\n3;abc;потеряно;31.02.2025;\n4;1.00;возврат;05.11.2025;\n4;1.00;выплачено;05.11.2025;\n');
    expect(parsed.errors).toEqual({
      'rows.2.lineNo': expect.stringMatching(/Строка 2/),
      'rows.3.total': expect.stringMatching(/Строка 3/),
      'rows.3.status': expect.stringMatching(/выплачено/),
      'rows.3.on': expect.stringMatching(/ДД\.ММ\.ГГГГ/),
      'rows.4.reason': expect.stringMatching(/причину возврата/),
      'rows.5.lineNo': expect.stringMatching(/дважды/),
    });
  });

  it('should say that an empty file has no rows', () => {
    expect(parseReconciliation('№;сумма\n\n').errors).toEqual({ csv: 'В файле сверки нет строк' });
  });
});
