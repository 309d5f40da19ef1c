import { definitionText } from '../definition-text';
import { withdrawalFull, withdrawalMinimal } from './fixtures';
import { withdrawalDocument, type WithdrawalData } from './withdrawal';

const textOf = (data: WithdrawalData): string => definitionText(withdrawalDocument(data));

describe('withdrawalDocument', () => {
  it('should print the title, number, date and the dative addressee when consideration is terminated', () => {
    const text = textOf(withdrawalFull);
    expect(text).toContain('РЕШЕНИЕ\nо прекращении рассмотрения заявления');
    expect(text).toContain('от 11.03.2025 № 01-15/871\nСоколовой Анне Викторовне');
  });

  it('should name the withdrawal application and the withdrawn application with their dates when the applicant withdraws', () => {
    expect(textOf(withdrawalFull)).toContain(
      'Рассмотрев Ваше заявление от 07.03.2025 (регистрационный № КР-2025-000333) об отзыве заявления от 04.03.2025 (регистрационный № КР-2025-000315) о предоставлении государственной (муниципальной) услуги',
    );
    expect(textOf(withdrawalMinimal)).toContain('Рассмотрев Ваше заявление от 07.03.2025 об отзыве заявления от 04.03.2025 о предоставлении');
  });

  it('should print the ground only when the regulation gives one', () => {
    expect(textOf(withdrawalFull)).toContain('Основание: REF-11 — отзыв заявителем заявления (п. 3.3.1 регламента).');
    expect(textOf(withdrawalMinimal)).not.toContain('Основание:');
  });

  it('should list the documents returned and say how when consideration is terminated', () => {
    expect(textOf(withdrawalFull)).toContain(
      'Представленные Вами документы возвращаются Вам лично:\n1. Заявление о назначении компенсации (подлинник, 1 экз., 2 л.);\n2. Копия паспорта гражданина Российской Федерации (копия, 1 экз., 2 л.).',
    );
    expect(textOf(withdrawalMinimal)).toContain('Представленные Вами документы направляются Вам по электронной почте (a.sokolova@example.ru).');
  });

  it('should keep the right to apply again when consideration is terminated', () => {
    expect(textOf(withdrawalMinimal)).toContain('Прекращение рассмотрения заявления не препятствует Вашему повторному обращению за предоставлением услуги.');
  });
});
