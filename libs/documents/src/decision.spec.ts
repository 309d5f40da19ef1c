import { decisionDocument, type DecisionData } from './decision';
import { definitionText } from './definition-text';
import * as hu from './housing-utilities/fixtures';
import { sampleGrantDecision, sampleRefusalDecision } from './housing-utilities.fixtures';

const textOf = (data: DecisionData): string => definitionText(decisionDocument(data));

describe('decisionDocument', () => {
  it('should name the applicant in the dative after «Предоставить компенсацию» when the decision grants', () => {
    expect(textOf(sampleGrantDecision)).toContain(
      '1. Предоставить компенсацию расходов на оплату жилого помещения и коммунальных услуг Иванову Ивану Ивановичу, 20.03.1962 года рождения, СНИЛС 112-233-445 95, проживающему по адресу:',
    );
  });

  it('should name the applicant in the dative after «Отказать» when the decision refuses', () => {
    expect(textOf(sampleRefusalDecision)).toContain(
      '1. Отказать в предоставлении компенсации расходов на оплату жилого помещения и коммунальных услуг Ивановой Марии Петровне, СНИЛС 112-233-445 95, проживающей по адресу:',
    );
  });

  it('should print the title, number and date when rendering either outcome', () => {
    const grant = textOf(sampleGrantDecision);
    expect(grant).toContain('РЕШЕНИЕ\nо предоставлении компенсации расходов на оплату жилого помещения и коммунальных услуг');
    expect(grant).toContain('от 09.10.2025');
    expect(grant).toContain('№ 45');
    expect(textOf(sampleRefusalDecision)).toContain('РЕШЕНИЕ\nоб отказе в предоставлении компенсации расходов на оплату жилого помещения и коммунальных услуг');
  });

  it('should print the payment start, method and the amount in figures and words when the decision grants', () => {
    const text = textOf(sampleGrantDecision);
    expect(text).toContain('Выплату производить с 1 октября 2025\u00a0г.');
    expect(text).toContain('Способ выплаты: через кредитную организацию на Единую социальную карту (ПАО Сбербанк');
    expect(text).toContain('Размер компенсации: 1\u00a0234,56\u00a0руб. (одна тысяча двести тридцать четыре рубля 56 копеек) в месяц.');
  });

  it('should leave out the amount when it is not yet calculated', () => {
    const text = textOf({ ...sampleGrantDecision, amount: undefined } as DecisionData);
    expect(text).not.toContain('Размер компенсации');
  });

  it('should print the category code with its title and clause when there is one category', () => {
    expect(textOf(sampleGrantDecision)).toContain('2. Категория получателя: C10_DISABLED — инвалиды (подп. 10 п. 3 регламента).');
  });

  it('should print each ground code with its text and clause when the decision refuses', () => {
    const data = {
      ...sampleRefusalDecision,
      grounds: [
        { code: 'REF_01', title: 'отсутствие у заявителя права на меру социальной поддержки', clause: '21' },
        { code: 'REF_03', title: 'наличие задолженности при отсутствии соглашения по её погашению', clause: '21' },
      ],
    } as DecisionData;
    const text = textOf(data);
    expect(text).toContain('Основания отказа:');
    expect(text).toContain('– REF_01 — отсутствие у заявителя права на меру социальной поддержки (п. 21 регламента);');
    expect(text).toContain('– REF_03 — наличие задолженности при отсутствии соглашения по её погашению (п. 21 регламента).');
    expect(text).toContain('обжаловано в досудебном (внесудебном) порядке');
  });

  it('should print the legal basis, the explanation and both signatures when they are given', () => {
    const text = textOf(sampleRefusalDecision);
    expect(text).toContain('в соответствии с Федеральным законом от 06.10.2003 № 131-ФЗ');
    expect(text).toContain('Обоснование решения');
    expect(text).toContain('задолженность 15 230,00 руб., соглашения о погашении нет');
    expect(text).toContain('УТВЕРЖДАЮ\nГлава Сосьвинского городского округа');
    expect(text).toContain('Г.Н. Смирнов\n09.10.2025');
    expect(text).toContain('Проверено и подписано:\nЗаместитель главы администрации Сосьвинского городского округа по экономике, финансам и социальным вопросам');
    expect(text).toContain('М.В. Кузнецова\n08.10.2025');
  });

  it('should print blank date lines and a watermark when the draft is not yet signed', () => {
    const definition = decisionDocument({
      ...sampleGrantDecision,
      draft: true,
      checkedBy: { official: sampleGrantDecision.checkedBy.official },
      approvedBy: { official: sampleGrantDecision.approvedBy.official },
    });
    expect(definitionText(definition)).toContain('«____» ______________ 20___ г.');
    expect(definition.watermark).toMatchObject({ text: 'ПРОЕКТ' });
  });

  it('should take the PDF creation date from the decision date when building the definition', () => {
    const definition = decisionDocument(sampleGrantDecision);
    expect(definition.info?.creationDate?.toISOString()).toBe('2025-10-09T00:00:00.000Z');
    expect(definition.info?.title).toBe('Решение № 45 от 09.10.2025 о предоставлении компенсации расходов на оплату жилого помещения и коммунальных услуг');
  });

  it('should build equal definitions when given equal data', () => {
    expect(decisionDocument(sampleRefusalDecision)).toEqual(decisionDocument(structuredClone(sampleRefusalDecision)));
  });

  it('should throw when a refusal has no ground', () => {
    expect(() => decisionDocument({ ...sampleRefusalDecision, grounds: [] } as DecisionData)).toThrow(RangeError);
  });

  it('should throw when a date is not a calendar day', () => {
    expect(() => decisionDocument({ ...sampleGrantDecision, date: '2025-02-30' })).toThrow(RangeError);
  });
});

describe('decisionDocument with the calculation figures (housing-utilities A13)', () => {
  it.each([
    ['the caption with the period and the source', 'Расчёт размера компенсации за сентябрь 2025 г. (АСКВ)'],
    ['the columns', '№ п/п\nВид расходов\nНачислено, руб.\nПорядок расчёта\nКомпенсация, руб.'],
    ['a line with what was charged, how it was counted and the compensation', 'Отопление\n1\u00a0800,00\n50 % начисленного\n900,00'],
    ['the totals of both columns', 'Итого\n2\u00a0469,12\n1\u00a0234,56'],
    ['the total in figures and words', 'Итого размер компенсации: 1\u00a0234,56\u00a0руб. (одна тысяча двести тридцать четыре рубля 56 копеек).'],
    ['the explanation after the figures', 'Обоснование решения\nПравило\nОснование\nРезультат\nКатегория получателя\nподп. 10 п. 3 регламента\nинвалидность II группы установлена бессрочно'],
  ])('should print %s when a grant carries its calculation', (_, expected) => {
    expect(textOf(hu.grantDecisionWithCalculation)).toContain(expected);
  });

  it.each([
    ['the caption of the debt', 'Расчёт задолженности по оплате жилого помещения и коммунальных услуг за март — август 2025 г.'],
    ['the column of the debt', 'Задолженность, руб.'],
    ['the total in figures and words', 'Итого: 15\u00a0230,00\u00a0руб. (пятнадцать тысяч двести тридцать рублей 00 копеек).'],
    ['the appeal after the figures', 'обжаловано в досудебном (внесудебном) порядке'],
  ])('should print %s when a refusal carries the figures it rests on', (_, expected) => {
    expect(textOf(hu.refusalDecisionWithCalculation)).toContain(expected);
  });

  it('should throw when the calculation does not add up to the amount granted', () => {
    expect(() => decisionDocument({ ...hu.grantDecisionWithCalculation, amount: { kopecks: 123457, per: 'в месяц' } } as DecisionData)).toThrow(RangeError);
  });

  it('should throw when the calculation has no line', () => {
    expect(() => decisionDocument({ ...hu.grantDecisionWithCalculation, calculation: { lines: [] } })).toThrow(RangeError);
  });
});

describe('decisionDocument replacing an earlier decision (cl. 95, 96)', () => {
  const text = textOf(hu.replacementDecision);

  it.each([
    ['the decision replaced under the title', 'о предоставлении компенсации расходов на оплату жилого помещения и коммунальных услуг\n(взамен решения от 09.10.2025 № 45)\nот 22.10.2025\n№ 52'],
    [
      'the correction application and what was corrected',
      'Настоящее решение принято взамен решения от 09.10.2025 № 45 в связи с исправлением допущенных опечаток и (или) ошибок по заявлению об исправлении опечаток и (или) ошибок от 17.10.2025 (регистрационный № ЖКУ-2025-000301): дата рождения заявителя указана как «20.03.1926» вместо «20.03.1962».',
    ],
    ['the corrected decision itself', '1. Предоставить компенсацию расходов на оплату жилого помещения и коммунальных услуг Иванову Ивану Ивановичу, 20.03.1962 года рождения'],
    ['the signatures of the new decision', 'М.В. Кузнецова\n21.10.2025'],
  ])('should print %s when the decision is reissued', (_, expected) => {
    expect(text).toContain(expected);
  });
});

describe('decisionDocument for a measure that is assigned', () => {
  it.each([
    [sampleGrantDecision, 'РЕШЕНИЕ\nо назначении компенсации', '1. Назначить компенсацию'] as const,
    [sampleRefusalDecision, 'РЕШЕНИЕ\nоб отказе в назначении компенсации', '1. Отказать в назначении компенсации'] as const,
  ])('should use «назначение» in the title and the first item when the subject is assigned', (data, title, item) => {
    const text = textOf({ ...data, subject: { genitive: 'компенсации расходов на уплату взноса на капитальный ремонт', accusative: 'компенсацию расходов на уплату взноса на капитальный ремонт', granting: 'assign', act: 'Закон Ставропольского края от 28.06.2013 № 57-кз' } });
    expect(text).toContain(title);
    expect(text).toContain(item);
    expect(text).toContain('Закон Ставропольского края от 28.06.2013 № 57-кз');
  });
});
