import { definitionText } from '../definition-text';
import * as hu from '../housing-utilities/fixtures';
import { noErrorFull, noErrorMinimal } from './fixtures';
import { noErrorNoticeDocument, type NoErrorNoticeData } from './no-error';

const textOf = (data: NoErrorNoticeData): string => definitionText(noErrorNoticeDocument(data));

describe('noErrorNoticeDocument', () => {
  it('should print the title, number, date and the dative addressee when no error is found', () => {
    const text = textOf(noErrorFull);
    expect(text).toContain('УВЕДОМЛЕНИЕ\nоб отсутствии опечаток и (или) ошибок в выданном документе');
    expect(text).toContain('от 02.04.2025 № 01-15/990\nСоколовой Анне Викторовне');
  });

  it('should name the correction application and the decision with their dates when no error is found', () => {
    expect(textOf(noErrorFull)).toContain(
      'Рассмотрев Ваше заявление от 27.03.2025 (регистрационный № КР-2025-000402) об исправлении опечаток и (или) ошибок в решении № 312 от 19.03.2025 о назначении компенсации расходов на уплату взноса на капитальный ремонт, сообщаем, что опечатки и (или) ошибки в указанном решении не выявлены.',
    );
    expect(textOf(noErrorMinimal)).toContain('об исправлении опечаток и (или) ошибок в решении № 312 от 19.03.2025, сообщаем');
  });

  it('should print the claim, the finding and the ground when they are given', () => {
    const text = textOf(noErrorFull);
    expect(text).toContain('Основание: TYPO-REF-01 — в выданном документе опечатки и (или) ошибки отсутствуют (п. 3.5.1 регламента).');
    expect(text).toContain('Указанные Вами сведения: в решении неверно указана площадь жилого помещения (52,4 кв. м вместо 54,2 кв. м).');
    expect(text).toContain('Площадь 52,4 кв. м соответствует выписке');
    expect(textOf(noErrorMinimal)).not.toContain('Указанные Вами сведения');
  });

  it('should say the decision stands and may be appealed when no error is found', () => {
    const text = textOf(noErrorMinimal);
    expect(text).toContain('Решение № 312 от 19.03.2025 остаётся в силе без изменений.');
    expect(text).toContain('Отказ в исправлении опечаток и (или) ошибок может быть обжалован в досудебном (внесудебном) порядке');
  });
});

describe('noErrorNoticeDocument for housing-utilities (cl. 95)', () => {
  it.each([
    ['the Institution letterhead and the dative addressee', 'от 20.10.2025 № 330\nИванову Ивану Ивановичу'],
    ['the correction application and the decision', 'Рассмотрев Ваше заявление от 15.10.2025 (регистрационный № ЖКУ-2025-000298) об исправлении опечаток и (или) ошибок в решении № 45 от 09.10.2025 о предоставлении компенсации расходов на оплату жилого помещения и коммунальных услуг, сообщаем, что опечатки и (или) ошибки в указанном решении не выявлены.'],
    ['what was claimed', 'Указанные Вами сведения: в решении неверно указан адрес: дом № 21 вместо дома № 12.'],
    ['the finding', 'Адрес «ул. Толмачёва, д. 12, кв. 3» соответствует отметке о регистрации в паспорте заявителя.'],
    ['that the decision stands', 'Решение № 45 от 09.10.2025 остаётся в силе без изменений.'],
  ])('should print %s when no error is found in a housing decision', (_, expected) => {
    expect(textOf(hu.noErrorNotice)).toContain(expected);
  });
});
