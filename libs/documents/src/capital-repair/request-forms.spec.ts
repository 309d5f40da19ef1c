import { definitionText } from '../definition-text';
import { correctionApplicationDocument, type CorrectionApplicationData } from './correction-application';
import { deliveryChangeApplicationDocument } from './delivery-change-application';
import { correctionApplication, deliveryChangeApplication, withdrawalApplication } from './fixtures';
import { withdrawalApplicationDocument } from './withdrawal-application';

// App 9, 10, 11: the applicant's table, the request, the signature, the acceptance block and the tear-off receipt.

const TABLE = 'Фамилия\nКравченко\nИмя\nВалентина\nОтчество (при наличии)\nСтепановна\nСНИЛС\n112-233-445 95\nПаспортные данные (серия, номер, дата выдачи, выдавший орган)\nсерия 07 03, № 512345, выдан 17.06.2003, ОВД Нефтекумского района Ставропольского края\nАдрес места жительства\n356880';

describe('withdrawalApplicationDocument (App 9)', () => {
  const text = definitionText(withdrawalApplicationDocument(withdrawalApplication));

  it.each([
    ['the addressee', 'В Управление труда и социальной защиты населения администрации Нефтекумского муниципального округа Ставропольского края\n(наименование органа соцзащиты)'],
    ['the title', 'ЗАЯВЛЕНИЕ\nоб отзыве заявления о назначении компенсации расходов на уплату взноса'],
    ['the applicant table', TABLE],
    ['the application withdrawn with its date', 'способе ее доставки, поданное (направленное) мною 04.03.2025 (регистрационный № КР-2025-000118).'],
    ['the ticked e-mail with the address', 'X\nэлектронной почтой v.kravchenko@example.ru;'],
    ['the applicant signature', '07.03.2025\n(дата)\n(подпись заявителя)\nКравченко В.С.\n(расшифровка подписи)'],
    ['the acceptance block', 'Заявление гр. Кравченко В.С. принято 07.03.2025 и зарегистрировано № КР-2025-000122\nВедущий специалист\n(подпись)\nПетренко А.В.\n(линия отреза)'],
    ['the tear-off receipt', '(линия отреза)\nРасписка-уведомление о приёме заявления\nЗаявление гр. Кравченко В.С. принято 07.03.2025 и зарегистрировано № КР-2025-000122'],
  ])('should print %s when the applicant withdraws the application', (_, expected) => {
    expect(text).toContain(expected);
  });

  it.each([
    ['PAPER_AT_BODY', 'X\nпосредством личного обращения в орган соцзащиты;'],
    ['PAPER_AT_MFC', 'X\nпосредством личного обращения в многофункциональный центр;'],
    ['POST', 'X\nпочтовым отправлением на адрес, указанный в заявлении;'],
    ['EPGU_CABINET', 'X\nчерез личный кабинет на едином портале в виде электронного документа;'],
    ['RPGU_CABINET', 'X\nчерез личный кабинет на региональном портале в виде электронного документа.'],
  ] as const)('should tick the %s option and leave the e-mail blank when the result goes that way', (method, expected) => {
    const t = definitionText(withdrawalApplicationDocument({ ...withdrawalApplication, delivery: { method } }));
    expect(t).toContain(expected);
    expect(t).toContain('электронной почтой ____________________;');
    expect(t.match(/\nX\n/g)).toHaveLength(1);
  });

  it('should print blanks in the acceptance and the receipt when the form is printed for signing', () => {
    const t = definitionText(withdrawalApplicationDocument({ ...withdrawalApplication, acceptance: undefined }));
    expect(t).toContain('Заявление гр. Кравченко В.С. принято «____» ______________ 20___ г. и зарегистрировано № ____________________\n(фамилия, инициалы и подпись специалиста, принявшего документы)');
  });

  it.each([
    ['e-mail is chosen without an address', { ...withdrawalApplication, delivery: { method: 'EMAIL' as const } }],
    ['the form is neither signed nor accepted', { ...withdrawalApplication, signedOn: undefined, acceptance: undefined }],
  ])('should throw when %s', (_, data) => {
    expect(() => withdrawalApplicationDocument(data)).toThrow(RangeError);
  });
});

describe('deliveryChangeApplicationDocument (App 10)', () => {
  const text = definitionText(deliveryChangeApplicationDocument(deliveryChangeApplication));

  it.each([
    ['the title', 'ЗАЯВЛЕНИЕ\nоб изменении способа доставки компенсации расходов на уплату взноса на капитальный ремонт'],
    ['the applicant table', TABLE],
    ['the request', 'Прошу компенсацию расходов на уплату взноса на капитальный ремонт общего имущества в многоквартирном доме выплачивать через кредитную организацию:'],
    ['the bank, BIK and the account without spaces', 'Наименование кредитной организации\nАО «Почта Банк»\nБИК кредитной организации заявителя\n044525214\nНомер счета заявителя\n40817810500000098765'],
    ['the acceptance and the receipt', 'Расписка-уведомление о приёме заявления\nЗаявление гр. Кравченко В.С. принято 12.05.2025 и зарегистрировано № КР-2025-000210'],
  ])('should print %s when the recipient changes the bank', (_, expected) => {
    expect(text).toContain(expected);
  });

  it.each([
    ['the BIK is not 9 digits', { ...deliveryChangeApplication, bank: { ...deliveryChangeApplication.bank, bik: '04452521' } }],
    ['the account is not 20 digits', { ...deliveryChangeApplication, bank: { ...deliveryChangeApplication.bank, account: '408178105' } }],
  ])('should throw when %s (I-45)', (_, data) => {
    expect(() => deliveryChangeApplicationDocument(data)).toThrow(RangeError);
  });
});

describe('correctionApplicationDocument (App 11)', () => {
  const textOf = (data: CorrectionApplicationData): string => definitionText(correctionApplicationDocument(data));

  it.each([
    ['the title', 'ЗАЯВЛЕНИЕ\nоб исправлении допущенных опечаток и ошибок в выданном в результате предоставления государственной услуги документе'],
    ['the document with the typo', 'Прошу исправить опечатку и ошибку (нужное подчеркнуть) в решении от 19.03.2025 № 312 о назначении компенсации расходов на уплату взноса на капитальный ремонт:'],
    ['the description and its caption', 'в строке «Адрес регистрации» указан дом № 41 вместо дома № 14\n(краткое описание опечатки и (или) ошибки'],
    ['the correct wording', 'Прошу изложить: 356880, Ставропольский край, г. Нефтекумск, ул. Шоссейная, д. 14, кв. 27\n(указать правильное написание соответствующих данных)'],
    ['the attachments', 'Прилагаемые документы:\n1. Решение от 19.03.2025 № 312 (1 л.);\n2. Копия паспорта гражданина Российской Федерации (2 л.).'],
    ['the delivery heading naming this application', 'Результат рассмотрения заявления об исправлении допущенных опечаток и ошибок выдать (направить) следующим способом:\nX\nпосредством личного обращения в орган соцзащиты;'],
    ['a blank acceptance before registration', 'Заявление гр. Кравченко В.С. принято «____» ______________ 20___ г.'],
  ])('should print %s when the recipient asks for a correction', (_, expected) => {
    expect(textOf(correctionApplication)).toContain(expected);
  });

  it.each([
    ['typo', ['опечатку']],
    ['error', ['ошибку']],
    ['both', ['опечатку', 'ошибку']],
  ] as const)('should underline what is to be corrected when the applicant marks «%s»', (kind, expected) => {
    const marked: string[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (typeof value === 'object' && value !== null) {
        const node = value as Record<string, unknown>;
        if (node.decoration === 'underline' && typeof node.text === 'string') marked.push(node.text.trim());
        Object.values(node).forEach(walk);
      }
    };
    walk(correctionApplicationDocument({ ...correctionApplication, kind }).content);
    expect(marked).toEqual(expected);
  });

  it('should throw when the correct wording is missing (TYPO-REF-02)', () => {
    expect(() => correctionApplicationDocument({ ...correctionApplication, correctText: ' ' })).toThrow(RangeError);
  });
});
