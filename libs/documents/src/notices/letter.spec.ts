import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { definitionText } from '../definition-text';
import {
  acceptanceRefusalDocument,
  decisionNoticeDocument,
  extensionNoticeDocument,
  missingDocumentsNoticeDocument,
  noErrorNoticeDocument,
  paymentDetailsChangeNoticeDocument,
  reworkReturnNoticeDocument,
  withdrawalDocument,
} from '../notices';
import * as fx from './fixtures';
import { WORKING_DAYS, countInFiguresAndWords, fromMonth, salutation } from './letter';

// Every notice with only its required data and with all of it.
const ALL: [string, () => TDocumentDefinitions][] = [
  ['acceptanceRefusal full', () => acceptanceRefusalDocument(fx.acceptanceRefusalFull)],
  ['acceptanceRefusal minimal', () => acceptanceRefusalDocument(fx.acceptanceRefusalMinimal)],
  ['missingDocuments full', () => missingDocumentsNoticeDocument(fx.missingDocumentsFull)],
  ['missingDocuments minimal', () => missingDocumentsNoticeDocument(fx.missingDocumentsMinimal)],
  ['extension full', () => extensionNoticeDocument(fx.extensionFull)],
  ['extension minimal', () => extensionNoticeDocument(fx.extensionMinimal)],
  ['reworkReturn full', () => reworkReturnNoticeDocument(fx.reworkReturnFull)],
  ['reworkReturn minimal', () => reworkReturnNoticeDocument(fx.reworkReturnMinimal)],
  ['grant notice full', () => decisionNoticeDocument(fx.grantNoticeFull)],
  ['grant notice minimal', () => decisionNoticeDocument(fx.grantNoticeMinimal)],
  ['refusal notice full', () => decisionNoticeDocument(fx.refusalNoticeFull)],
  ['refusal notice minimal', () => decisionNoticeDocument(fx.refusalNoticeMinimal)],
  ['withdrawal full', () => withdrawalDocument(fx.withdrawalFull)],
  ['withdrawal minimal', () => withdrawalDocument(fx.withdrawalMinimal)],
  ['noError full', () => noErrorNoticeDocument(fx.noErrorFull)],
  ['noError minimal', () => noErrorNoticeDocument(fx.noErrorMinimal)],
  ['paymentDetailsChange full', () => paymentDetailsChangeNoticeDocument(fx.paymentDetailsChangeFull)],
  ['paymentDetailsChange minimal', () => paymentDetailsChangeNoticeDocument(fx.paymentDetailsChangeMinimal)],
];

// Paths of values a PDF would print wrongly: undefined, null, NaN, or a string that spells one of them.
const badValues = (value: unknown, path = '$', out: string[] = []): string[] => {
  if (value === undefined || value === null || Number.isNaN(value)) out.push(`${path} = ${String(value)}`);
  else if (typeof value === 'string' && /undefined|null|NaN/.test(value)) out.push(`${path} = ${value}`);
  else if (Array.isArray(value)) value.forEach((item, i) => badValues(item, `${path}[${i}]`, out));
  else if (typeof value === 'object' && !(value instanceof Date)) for (const [key, item] of Object.entries(value)) badValues(item, `${path}.${key}`, out);
  return out;
};

describe('notices', () => {
  it.each(ALL)('should hold no undefined, null or NaN anywhere when building the %s definition', (_, build) => {
    const definition = build();
    expect(badValues(definition)).toEqual([]);
    expect(JSON.stringify(definition)).not.toMatch(/undefined|null|NaN/);
  });

  it.each(ALL)('should carry the letterhead, salutation and signature when building the %s definition', (_, build) => {
    const text = definitionText(build());
    expect(text).toMatch(/^УПРАВЛЕНИЕ /);
    expect(text).toMatch(/\nот \d{2}\.\d{2}\.\d{4} № [^\n]+\n/);
    expect(text).toMatch(/\nУважаем(ый|ая|ый\(ая\)) [^\n]+!\n/);
    expect(text).toContain('Начальник управления\n(подпись)\nО.Н. Белоусов');
  });

  it.each(ALL)('should build equal definitions when the %s data is built twice', (_, build) => {
    expect(build()).toEqual(build());
  });

  it('should print the executor with the phone at the bottom when an executor is given', () => {
    const text = definitionText(extensionNoticeDocument(fx.extensionFull));
    expect(text.endsWith('Исполнитель: Гришина Татьяна Андреевна, тел. 8 (86553) 6-12-34')).toBe(true);
    expect(definitionText(extensionNoticeDocument(fx.extensionMinimal))).not.toContain('Исполнитель');
  });

  it('should put the addressee in the dative with the address next to the outgoing number when the letterhead is built', () => {
    const text = definitionText(withdrawalDocument(fx.withdrawalFull));
    expect(text).toContain('от 11.03.2025 № 01-15/871\nСоколовой Анне Викторовне\n356240, Ставропольский край, г. Михайловск, ул. Гагарина, д. 7, кв. 12');
  });

  it('should mark a draft with a watermark and take the creation date from the notice date', () => {
    const definition = extensionNoticeDocument({ ...fx.extensionFull, draft: true });
    expect(definition.watermark).toMatchObject({ text: 'ПРОЕКТ' });
    expect(definition.info?.creationDate?.toISOString()).toBe('2025-03-18T00:00:00.000Z');
    expect(definition.info?.title).toBe('Уведомление о продлении срока рассмотрения заявления № 01-15/902 от 18.03.2025');
  });

  it('should throw when the notice date is not a calendar day', () => {
    expect(() => extensionNoticeDocument({ ...fx.extensionFull, date: '2025-02-29' })).toThrow(RangeError);
  });
});

describe('salutation', () => {
  it.each([
    [{ lastName: 'Соколова', firstName: 'Анна', middleName: 'Викторовна' }, 'Уважаемая Анна Викторовна!'],
    [{ lastName: 'Иванов', firstName: 'Иван', middleName: 'Иванович' }, 'Уважаемый Иван Иванович!'],
    [{ lastName: 'Мамедов', firstName: 'Эльчин', middleName: 'Гусейн оглы' }, 'Уважаемый Эльчин Гусейн оглы!'],
    [{ lastName: 'Смит', firstName: 'Джон', sex: 'male' as const }, 'Уважаемый Джон Смит!'],
    [{ lastName: 'Ким', firstName: 'Саша' }, 'Уважаемый(ая) Саша Ким!'],
  ])('should greet %j as «%s» when addressing the applicant', (name, expected) => {
    expect(salutation(name)).toBe(expected);
  });
});

describe('countInFiguresAndWords', () => {
  it.each([
    [20, '20 (двадцать) рабочих дней'],
    [1, '1 (один) рабочий день'],
    [2, '2 (два) рабочих дня'],
    [21, '21 (двадцать один) рабочий день'],
    [11, '11 (одиннадцать) рабочих дней'],
  ])('should write %i as «%s» when counting working days', (n, expected) => {
    expect(countInFiguresAndWords(n, WORKING_DAYS)).toBe(expected);
  });
});

describe('fromMonth', () => {
  it('should write the month in the genitive when given YYYY-MM', () => {
    expect(fromMonth('2025-04')).toBe('с апреля 2025\u00a0года');
    expect(fromMonth('2026-01')).toBe('с января 2026\u00a0года');
  });

  it.each(['2025-13', '2025-4', '2025-04-01', ''])('should throw when given «%s»', (month) => {
    expect(() => fromMonth(month)).toThrow(RangeError);
  });
});
