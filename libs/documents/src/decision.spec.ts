import { decisionDocument, type DecisionData } from './decision';
import { definitionText } from './definition-text';
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
