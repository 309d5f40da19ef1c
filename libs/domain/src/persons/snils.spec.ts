import { formatSnils, isValidSnils, normalizeSnils, snilsChecksum, snilsSchema } from './snils';

describe('СНИЛС', () => {
  it.each([
    ['112-233-445 95', '11223344595'],
    ['11223344595', '11223344595'],
    [' 112 233 445 95 ', '11223344595'],
    ['112-233-445-95', '11223344595'],
    ['112–233–445\u00a095', '11223344595'],
  ])('should normalize «%s» to «%s» when separators are spaces or dashes', (input, expected) => {
    expect(normalizeSnils(input)).toBe(expected);
  });

  it.each([
    ['112-233-445 95', true, 'the checksum is the sum (95 < 100)'],
    ['11223344595', true, 'it is written without separators'],
    ['001-508-815 00', true, 'the sum is exactly 100 → 00'],
    ['001-437-544 00', true, 'the sum is exactly 101 → 00'],
    ['002-569-961 49', true, 'the sum is 150 → 150 mod 101 = 49'],
    ['006-996-682 00', true, 'the sum is 201 → 201 mod 101 = 100 → 00'],
    ['001-326-678 99', true, 'the sum is 99'],
    ['001-001-998 00', true, 'the number is not above 001-001-998, so the checksum is not checked'],
    ['000-000-001 77', true, 'a small old number with any check digits'],
    ['112-233-445 96', false, 'the checksum is wrong'],
    ['001-508-815 100', false, 'there are 12 digits'],
    ['002-569-961 50', false, 'the sum mod 101 does not match'],
    ['001-001-999 00', false, 'the number is just above 001-001-998 and the checksum is wrong'],
    ['1122334459', false, 'there are 10 digits'],
    ['112-233-445 9A', false, 'there is a letter'],
    ['', false, 'it is empty'],
  ])('should say «%s» valid = %s when %s', (input, valid) => {
    expect(isValidSnils(input)).toBe(valid);
  });

  it.each([
    ['112233445', 95],
    ['001508815', 0],
    ['001437544', 0],
    ['002569961', 49],
    ['006996682', 0],
  ])('should compute the checksum of %s as %i when asked', (digits, checksum) => {
    expect(snilsChecksum(digits)).toBe(checksum);
  });

  it.each([
    ['11223344595', '112-233-445 95'],
    ['112 233 445 95', '112-233-445 95'],
  ])('should format «%s» as «%s» when it has 11 digits', (input, expected) => {
    expect(formatSnils(input)).toBe(expected);
  });

  it('should throw when formatting fewer than 11 digits', () => {
    expect(() => formatSnils('112-233')).toThrow('СНИЛС должен содержать 11 цифр');
  });

  it.each<[unknown, { data: string } | { error: string }]>([
    ['112-233-445 95', { data: '11223344595' }],
    ['001-001-998 00', { data: '00100199800' }],
    ['112-233-445', { error: 'СНИЛС должен содержать 11 цифр' }],
    ['112-233-445 9A', { error: 'СНИЛС должен содержать 11 цифр' }],
    ['112-233-445 96', { error: 'Неверная контрольная сумма СНИЛС' }],
    [11223344595, { error: 'Укажите СНИЛС' }],
  ])('should parse %j to %j when validated by the schema', (input, expected) => {
    const result = snilsSchema.safeParse(input);
    if ('data' in expected) expect(result).toEqual({ success: true, data: expected.data });
    else expect(result.error?.issues.map((i) => i.message)).toEqual([expected.error]);
  });
});
