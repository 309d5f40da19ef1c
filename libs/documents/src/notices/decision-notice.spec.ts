import { definitionText } from '../definition-text';
import { decisionNoticeDocument, type DecisionNoticeData } from './decision-notice';
import * as cr from '../capital-repair/fixtures';
import * as hu from '../housing-utilities/fixtures';
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

describe('decisionNoticeDocument in the layout of capital-repair App 5 and App 6', () => {
  const grant = textOf(cr.grantNotice);
  const refusal = textOf(cr.refusalNotice);

  it.each([
    ['the title and the subject «о назначении»', 'УВЕДОМЛЕНИЕ\nо назначении компенсации расходов на уплату взноса на капитальный ремонт общего имущества в многоквартирном доме отдельным категориям граждан'],
    ['the law under the heading', 'отдельным категориям граждан\nЗакон Ставропольского края от 28.06.2013 № 57-кз «Об организации проведения капитального ремонта'],
    ['the number, date and the dative addressee', 'от 20.03.2025 № 01-12/512\nКравченко Валентине Степановне'],
    ['the salutation', 'Уважаемая Валентина Степановна!'],
    ['the decision with its number and date', 'принято решение от 19.03.2025 № 312 о назначении Вам компенсации расходов на уплату взноса'],
    ['the day it is assigned from and the monthly sum in figures and words', 'Вам назначена компенсация с 01.04.2025 в размере 165,00\u00a0руб. (сто шестьдесят пять рублей 00 копеек) ежемесячно.'],
    ['the duty to report changes as App 5 prints it (I-18)', 'Вам следует известить орган соцзащиты в течение 2 недель со дня наступления вышеуказанных обстоятельств'],
    ['the three signatures', 'Расчет произвел\n(подпись)\nД.Р. Юсупова\nРасчет проверил\n(подпись)\nО.И. Мельникова\nНачальник управления\n(подпись)\nС.П. Гаврилов'],
  ])('should print %s when the compensation is assigned (App 5)', (_, expected) => {
    expect(grant).toContain(expected);
  });

  it.each([
    ['the subject «об отказе в назначении»', 'УВЕДОМЛЕНИЕ\nоб отказе в назначении компенсации расходов на уплату взноса'],
    ['the dative addressee and the salutation', 'Бондаренко Петру Ильичу\n356884, Ставропольский край, г. Нефтекумск, мкр. 2, д. 5, кв. 40\nУВЕДОМЛЕНИЕ'],
    [
      'the reason with the legal reference of 2.3.2',
      '– REF-02 — заявитель не является собственником жилого помещения (п. 3.2.4 административного регламента, утверждённого постановлением администрации Нефтекумского муниципального округа Ставропольского края от 07.10.2024 № 1553).',
    ],
    ['the appeal sentence of App 6', 'Решение может быть обжаловано в установленном законодательством Российской Федерации порядке.'],
    ['the three signatures', 'Расчет произвел\n(подпись)\nД.Р. Юсупова\nРасчет проверил'],
  ])('should print %s when the compensation is refused (App 6)', (_, expected) => {
    expect(refusal).toContain(expected);
  });

  it('should throw when the day assigned from is not in the first month paid', () => {
    expect(() => decisionNoticeDocument({ ...cr.grantNotice, assignedFrom: '2025-05-01' } as DecisionNoticeData)).toThrow(RangeError);
  });
});

describe('decisionNoticeDocument for housing-utilities (cl. 14, 61)', () => {
  it.each([
    ['the subject «о предоставлении»', hu.grantNotice, 'УВЕДОМЛЕНИЕ\nо предоставлении компенсации расходов на оплату жилого помещения и коммунальных услуг'],
    ['the decision with its number and date', hu.grantNotice, 'принято решение от 09.10.2025 № 45 о предоставлении Вам компенсации расходов на оплату жилого помещения и коммунальных услуг.'],
    ['the sum in figures and words', hu.grantNotice, 'Размер выплаты: 1\u00a0234,56\u00a0руб. (одна тысяча двести тридцать четыре рубля 56 копеек) в месяц.'],
    ['the first month and the method (T24)', hu.grantNotice, 'Выплата производится с октября 2025\u00a0года через кредитную организацию на Единую социальную карту (ПАО Сбербанк, счёт № ****1234).'],
    ['the ground', hu.refusalNotice, 'об отказе в предоставлении Вам компенсации расходов на оплату жилого помещения и коммунальных услуг по следующему основанию:\n– REF_03 — наличие у заявителя задолженности'],
    ['the clause of the ground', hu.refusalNotice, '(п. 21 регламента).'],
    ['the appeal', hu.refusalNotice, 'Решение может быть обжаловано в досудебном (внесудебном) порядке путём подачи жалобы в администрацию Сосьвинского городского округа, а также в судебном порядке.'],
    ['the dative addressee', hu.refusalNotice, 'Ивановой Марии Петровне'],
  ])('should print %s when the housing notice goes with the decision', (_, data, expected) => {
    expect(textOf(data)).toContain(expected);
  });

  it('should sign with the head alone when no calculation signatures are given', () => {
    const text = textOf(hu.grantNotice);
    expect(text).not.toContain('Расчет произвел');
    expect(text).toContain('Директор МКУ «Центр предоставления субсидий и компенсаций»\n(подпись)\nС.Ю. Карпова');
  });
});
