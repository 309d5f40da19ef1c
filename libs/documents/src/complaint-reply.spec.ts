import { complaintReplyDocument, type ComplaintReplyData } from './complaint-reply';
import { definitionText } from './definition-text';
import { SOSVA_AUTHORITY } from './housing-utilities.fixtures';

const rejected: ComplaintReplyData = {
  authority: SOSVA_AUTHORITY,
  number: 'Ж-3/2025',
  date: '2025-10-14',
  complainant: { lastName: 'Соколова', firstName: 'Анна', middleName: 'Петровна', sex: 'female', address: '624971, Свердловская обл., пгт Сосьва, ул. Ленина, д. 10, кв. 3' },
  complaint: { registeredOn: '2025-10-06', subject: 'Отказ в приёме документов', against: 'Учреждение (МКУ), его должностные лица, муниципальные служащие', caseNumber: '12/2025' },
  outcome: 'rejected',
  reasons: 'Заявление подано без документа, удостоверяющего личность (п. 22 регламента).',
  signedBy: { position: 'Директор МКУ', name: { lastName: 'Макаров', firstName: 'Геннадий', middleName: 'Николаевич' } },
};

const upheld: ComplaintReplyData = {
  ...rejected,
  complainant: { lastName: 'Волков', firstName: 'Игорь', middleName: 'Андреевич' },
  outcome: 'upheld',
  reasons: 'Отказ в приёме не основан на регламенте.',
  remedy: { title: 'Отмена принятого решения', details: 'решение об отказе в приёме от 01.10.2025 отменено' },
  nextSteps: 'представить заявление повторно в любой рабочий день.',
};

const textOf = (data: ComplaintReplyData): string => definitionText(complaintReplyDocument(data));

describe('complaintReplyDocument', () => {
  it('should address the complainant in the dative with the address when the complainant is a citizen', () => {
    const text = textOf(rejected);
    expect(text).toContain('Соколовой Анне Петровне\n624971, Свердловская обл., пгт Сосьва, ул. Ленина, д. 10, кв. 3');
    expect(text).toContain('Уважаемая Анна Петровна!');
    expect(textOf(upheld)).toContain('Волкову Игорю Андреевичу');
    expect(textOf(upheld)).toContain('Уважаемый Игорь Андреевич!');
  });

  it('should print the authority, the date and the complaint number when the reply is rendered', () => {
    const text = textOf(rejected);
    expect(text).toContain('АДМИНИСТРАЦИЯ СОСЬВИНСКОГО ГОРОДСКОГО ОКРУГА');
    expect(text).toContain('от 14.10.2025');
    expect(text).toContain('№ Ж-3/2025');
    expect(text).toContain('Ваша жалоба, зарегистрированная 06.10.2025 за № Ж-3/2025 (дело № 12/2025), рассмотрена в соответствии со статьёй 11.2 Федерального закона');
    expect(text).toContain('Предмет жалобы: отказ в приёме документов.');
  });

  it('should state the refusal, its reasons and how to appeal when the complaint is rejected', () => {
    const text = textOf(rejected);
    expect(text).toContain('По результатам рассмотрения принято решение: в удовлетворении жалобы отказать.');
    expect(text).toContain('Мотивы решения: Заявление подано без документа, удостоверяющего личность (п. 22 регламента).');
    expect(text).toContain('может быть обжаловано в судебном порядке');
    expect(text).not.toContain('Приносим извинения');
  });

  it('should state the remedy, the next steps and an apology when the complaint is upheld', () => {
    const text = textOf(upheld);
    expect(text).toContain('принято решение: жалобу удовлетворить.');
    expect(text).toContain('Принятые меры: отмена принятого решения — решение об отказе в приёме от 01.10.2025 отменено.');
    expect(text).toContain('Для получения услуги Вам необходимо: представить заявление повторно в любой рабочий день.');
    expect(text).toContain('Приносим извинения за доставленные неудобства.');
  });

  it('should print the head signature block with initials and surname when the reply is signed', () => {
    const text = textOf(rejected);
    expect(text).toContain('Директор МКУ');
    expect(text).toContain('Г.Н. Макаров');
    expect(text).toContain('(подпись)');
  });

  it('should print an organisation as given without a salutation when a legal person complains', () => {
    const text = textOf({ ...rejected, complainant: { organisation: 'ООО «Управляющая компания»' } });
    expect(text).toContain('ООО «Управляющая компания»');
    expect(text).not.toContain('Уважаем');
  });

  it('should take «с» before the acts when the regulation gives its own basis', () => {
    expect(textOf({ ...rejected, legalBasis: 'пунктами 103–110 регламента' })).toContain('рассмотрена в соответствии с пунктами 103–110 регламента.');
  });

  it('should keep an abbreviation capitalised when the body complained about is the MFC', () => {
    expect(textOf({ ...rejected, complaint: { ...rejected.complaint, against: 'МФЦ, работник МФЦ' } })).toContain('(бездействие): МФЦ, работник МФЦ.');
  });

  it('should refuse to build an upheld reply when the remedy is missing', () => {
    expect(() => complaintReplyDocument({ ...upheld, remedy: undefined })).toThrow(RangeError);
  });

  it('should date the PDF by the decision day when the reply is rendered', () => {
    expect(complaintReplyDocument(rejected).info?.creationDate).toEqual(new Date(Date.UTC(2025, 9, 14)));
  });
});
