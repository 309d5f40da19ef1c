import { definitionText } from '../definition-text';
import { paymentDetailsChangeFull, paymentDetailsChangeMinimal } from './fixtures';
import { maskAccount, paymentDetailsChangeNoticeDocument, type PaymentDetailsChangeNoticeData } from './payment-details-change';

const textOf = (data: PaymentDetailsChangeNoticeData): string => definitionText(paymentDetailsChangeNoticeDocument(data));

describe('paymentDetailsChangeNoticeDocument', () => {
  it('should print the title, number, date, the dative addressee and the application when the method is changed', () => {
    const text = textOf(paymentDetailsChangeFull);
    expect(text).toContain('УВЕДОМЛЕНИЕ\nоб изменении способа выплаты');
    expect(text).toContain('от 08.04.2025 № 01-15/1004\nСоколовой Анне Викторовне');
    expect(text).toContain(
      'на основании Вашего заявления от 03.04.2025 (регистрационный № КР-2025-000415) способ выплаты компенсации расходов на уплату взноса на капитальный ремонт изменён.',
    );
  });

  it('should cut the old account to its last four digits and print the new requisites when the bank changes', () => {
    const text = textOf(paymentDetailsChangeFull);
    expect(text).toContain('Прежний способ выплаты: через кредитную организацию (ПАО Сбербанк, БИК 040702615, счёт № ****2345).');
    expect(text).not.toContain('40817810060000');
    expect(text).toContain('Новый способ выплаты: через кредитную организацию (АО «Почта Банк», БИК 044525214, счёт № 40817810500000098765).');
  });

  it('should print the first month paid the new way in the genitive when the method is changed', () => {
    expect(textOf(paymentDetailsChangeFull)).toContain('Выплата по новым реквизитам производится с мая 2025\u00a0года.');
  });

  it('should print the methods alone when they carry no requisites', () => {
    const text = textOf(paymentDetailsChangeMinimal);
    expect(text).toContain('Прежний способ выплаты: через организацию почтовой связи.');
    expect(text).toContain('Новый способ выплаты: через кредитную организацию на Единую социальную карту.');
  });
});

describe('maskAccount', () => {
  it.each([
    ['40817810500000098765', '****8765'],
    ['40817 81006 0000 1234 5', '****2345'],
  ])('should keep only the last four digits of %s', (account, expected) => {
    expect(maskAccount(account)).toBe(expected);
  });
});
