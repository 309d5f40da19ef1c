import { definitionText } from '../definition-text';
import { decisionNoticeDocument, type DecisionNoticeData } from './decision-notice';
import { grantNoticeFull, grantNoticeMinimal, refusalNoticeFull, refusalNoticeMinimal } from './fixtures';

const textOf = (data: DecisionNoticeData): string => definitionText(decisionNoticeDocument(data));

describe('decisionNoticeDocument', () => {
  it('should print the outcome in the title and the decision number and date when the decision grants', () => {
    const text = textOf(grantNoticeFull);
    expect(text).toContain('УВЕДОМЛЕНИЕ\nо предоставлении компенсации расходов на уплату взноса на капитальный ремонт');
    expect(text).toContain('от 20.03.2025 № 01-15/955\nСоколовой Анне Викторовне');
    expect(text).toContain(
      'Вашего заявления от 04.03.2025 (регистрационный № КР-2025-000315) принято решение от 19.03.2025 № 312 о предоставлении Вам компенсации расходов на уплату взноса на капитальный ремонт.',
    );
  });

  it('should print the amount in figures and words, the first month and the method when the decision grants', () => {
    const text = textOf(grantNoticeFull);
    expect(text).toContain('Размер выплаты: 987,65\u00a0руб. (девятьсот восемьдесят семь рублей 65 копеек) в месяц.');
    expect(text).toContain('Выплата производится с апреля 2025\u00a0года через кредитную организацию (ПАО Сбербанк, счёт № ****4312).');
  });

  it('should leave out the amount and the method when they are not given', () => {
    const text = textOf(grantNoticeMinimal);
    expect(text).not.toContain('Размер выплаты');
    expect(text).toContain('Выплата производится с апреля 2025\u00a0года.');
  });

  it('should print the extra paragraphs of the service when remarks are given', () => {
    expect(textOf(grantNoticeFull)).toContain('Вы обязаны сообщить в управление в течение десяти рабочих дней.');
  });

  it('should list the grounds with their clauses and the right to appeal when the decision refuses', () => {
    const text = textOf(refusalNoticeFull);
    expect(text).toContain('УВЕДОМЛЕНИЕ\nоб отказе в предоставлении компенсации расходов на уплату взноса на капитальный ремонт');
    expect(text).toContain('принято решение от 19.03.2025 № 313 об отказе в предоставлении Вам компенсации расходов на уплату взноса на капитальный ремонт по следующим основаниям:');
    expect(text).toContain('– REF-02 — заявитель не является собственником жилого помещения (п. 3.2.4 регламента);');
    expect(text).toContain('– REF-06 — наличие задолженности по уплате взноса на капитальный ремонт (п. 3.2.4 регламента): подтверждена решением суда от 15.11.2024.');
    expect(text).toContain('Решение может быть обжаловано в досудебном (внесудебном) порядке в министерство труда');
    expect(text).not.toContain('Выплата производится');
  });

  it('should cite 210-FZ for the pre-trial appeal and the court when no appeal text is given', () => {
    const text = textOf(refusalNoticeMinimal);
    expect(text).toContain('по следующему основанию:\n– REF-01 — представленные документы не подтверждают право на компенсацию.');
    expect(text).toContain(
      'Решение может быть обжаловано в досудебном (внесудебном) порядке в соответствии с главой 2.1 Федерального закона от 27.07.2010 № 210-ФЗ «Об организации предоставления государственных и муниципальных услуг», а также в судебном порядке.',
    );
  });

  it.each([
    [grantNoticeFull, 'Настоящее уведомление направлено почтовым отправлением по адресу: 356240, Ставропольский край, г. Михайловск, ул. Гагарина, д. 7, кв. 12.'],
    [grantNoticeMinimal, 'Настоящее уведомление направлено в личный кабинет на Едином портале государственных и муниципальных услуг.'],
    [refusalNoticeFull, 'Настоящее уведомление передано для выдачи в многофункциональный центр предоставления государственных и муниципальных услуг (МФЦ Шпаковского муниципального округа).'],
    [refusalNoticeMinimal, 'Настоящее уведомление вручено лично.'],
  ])('should print the delivery channel line when the notice is sent', (data, expected) => {
    expect(textOf(data)).toContain(expected);
  });

  it('should throw when a refusal has no ground or the first month is not YYYY-MM', () => {
    expect(() => decisionNoticeDocument({ ...refusalNoticeFull, grounds: [] } as DecisionNoticeData)).toThrow(RangeError);
    expect(() => decisionNoticeDocument({ ...grantNoticeFull, firstPaymentMonth: '2025-04-01' } as DecisionNoticeData)).toThrow(RangeError);
  });
});
