import {
  acceptanceRefusalDocument,
  capitalRepairApplicationDocument,
  capitalRepairGrantDecisionDocument,
  capitalRepairRefusalDecisionDocument,
  compensationRegisterDocument,
  correctionApplicationDocument,
  decisionDocument,
  decisionNoticeDocument,
  deliveryChangeApplicationDocument,
  extensionNoticeDocument,
  housingApplicationDocument,
  noErrorNoticeDocument,
  receiptDocument,
  recipientListDocument,
  registrationJournalDocument,
  withdrawalApplicationDocument,
} from '@casework/documents';
import * as cr from '@casework/documents/capital-repair/fixtures';
import * as hu from '@casework/documents/housing-utilities/fixtures';
import { sampleReceipt } from '@casework/documents/housing-utilities.fixtures';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { extractText } from '../../test/pdf-text';
import { renderPdf, sha256Hex } from './pdf-renderer';

// Each output of spec §11 of both services rendered once with the fonts of fonts/: the pages it must fit in and
// what a reader must find in the PDF (the title, numbers, dates, the dative name, the figures, the sum in words,
// the grounds with their clauses, the appeal, the signatures).
const OUTPUTS: [string, () => TDocumentDefinitions, number, string[]][] = [
  [
    'capital-repair App 1 application with its annex and receipt',
    () => capitalRepairApplicationDocument(cr.applicationFull),
    4,
    ['ЗАЯВЛЕНИЕ № КР-2025-000118', 'действующего в интересах*: Кравченко Валентины Степановны', 'лицевой счет: 40817810060000012345', 'Расписка-уведомление о приёме документов', 'составляет 1 человек'],
  ],
  [
    'capital-repair App 2 journal page',
    () => registrationJournalDocument(cr.journal),
    1,
    ['ЖУРНАЛ РЕГИСТРАЦИИ ЗАЯВЛЕНИЙ', 'КР-2025-000118', '04.03.2025 10:42', 'Кравченко Валентина Степановна', 'назначена, № 312'],
  ],
  ['capital-repair receipt', () => receiptDocument(cr.receipt), 1, ['РАСПИСКА-УВЕДОМЛЕНИЕ', 'гр. Кравченко Валентины Степановны', 'за № КР-2025-000118', 'Петренко А.В.']],
  [
    'capital-repair App 3 grant decision',
    () => capitalRepairGrantDecisionDocument(cr.grantDecision),
    1,
    ['РЕШЕНИЕ от 19.03.2025 № 312', '(дата обращения 03.03.2025)', 'РС площади: 33,00 кв. м', '330,00', '50 %', 'Кравченко Валентине Степановне', 'сто шестьдесят пять рублей 00 копеек', 'Расчет проверил', 'М.П.'],
  ],
  [
    'capital-repair App 4 refusal decision',
    () => capitalRepairRefusalDecisionDocument(cr.refusalDecision),
    1,
    ['ОТКАЗАТЬ в назначении', 'гр. Бондаренко Петру Ильичу', 'REF-02 —', 'от 07.10.2024 № 1553', 'Расчет произвел'],
  ],
  [
    'capital-repair App 5 grant notice',
    () => decisionNoticeDocument(cr.grantNotice),
    1,
    ['о назначении компенсации', 'Кравченко Валентине Степановне', 'Вам назначена компенсация с 01.04.2025', 'сто шестьдесят пять рублей 00 копеек', 'в течение 2 недель', 'Расчет проверил'],
  ],
  [
    'capital-repair App 6 refusal notice',
    () => decisionNoticeDocument(cr.refusalNotice),
    1,
    ['об отказе в назначении компенсации', 'Бондаренко Петру Ильичу', 'REF-02 —', 'п. 3.2.4 административного регламента', 'в установленном законодательством Российской Федерации порядке'],
  ],
  [
    'capital-repair App 8 extension notice',
    () => extensionNoticeDocument(cr.extensionNotice),
    1,
    ['о продлении срока принятия решения', 'принятых 04.03.2025', 'на 20 (двадцать) рабочих дней', 'непоступлением сведений', 'Исполнитель: Юсупова Динара Руслановна'],
  ],
  [
    'capital-repair App 9 withdrawal application',
    () => withdrawalApplicationDocument(cr.withdrawalApplication),
    1,
    ['об отзыве заявления', 'поданное (направленное) мною 04.03.2025', 'электронной почтой v.kravchenko@example.ru', 'Расписка-уведомление о приёме заявления', 'КР-2025-000122'],
  ],
  [
    'capital-repair App 10 change of delivery application',
    () => deliveryChangeApplicationDocument(cr.deliveryChangeApplication),
    1,
    ['об изменении способа доставки', 'АО «Почта Банк»', '044525214', '40817810500000098765', 'КР-2025-000210'],
  ],
  [
    'capital-repair App 11 correction application',
    () => correctionApplicationDocument(cr.correctionApplication),
    2,
    ['об исправлении допущенных опечаток и ошибок', 'решении от 19.03.2025 № 312', 'Прошу изложить', 'Расписка-уведомление о приёме заявления'],
  ],
  [
    'capital-repair App 13 refusal to accept',
    () => acceptanceRefusalDocument(cr.acceptanceRefusal),
    1,
    ['необходимых для назначения компенсации', 'Поданные (направленные) Вами 03.03.2025', 'REJ-04 —', 'Кравченко Валентине Степановне'],
  ],
  [
    'capital-repair list of recipients',
    () => recipientListDocument(cr.recipientList),
    1,
    ['СПИСОК ПОЛУЧАТЕЛЕЙ № 4 от 03.04.2025', 'за апрель 2025 г.', '40817810060000012345', 'восемьсот восемьдесят пять рублей 00 копеек', 'Главный бухгалтер', 'М.П.'],
  ],
  [
    'housing application with the representative block',
    () => housingApplicationDocument(hu.applicationByRepresentative),
    2,
    ['о назначении компенсации расходов на оплату жилого помещения и коммунальных услуг', 'от Иванова Ивана Ивановича', 'Сидорова Елена Павловна', 'на Единую социальную карту', 'Паспортные данные внесены в заявление правильно'],
  ],
  ['housing Journal page', () => registrationJournalDocument(hu.journal), 1, ['ЖКУ-2025-000123', 'решение о предоставлении, № 45', 'C30_LABOUR_VETERAN, C29_HOME_FRONT_WORKER']],
  ['housing receipt-notification of cl. 43(3)', () => receiptDocument(sampleReceipt), 1, ['РАСПИСКА-УВЕДОМЛЕНИЕ', 'Иванова Ивана Ивановича', '3 (три) документа', 'Петрова А.С.']],
  [
    'housing grant decision with the calculation',
    () => decisionDocument(hu.grantDecisionWithCalculation),
    2,
    ['Иванову Ивану Ивановичу', 'Расчёт размера компенсации за сентябрь 2025 г. (АСКВ)', '2 469,12', 'одна тысяча двести тридцать четыре рубля 56 копеек', 'Обоснование решения', 'Проверено и подписано'],
  ],
  [
    'housing refusal decision with the figures',
    () => decisionDocument(hu.refusalDecisionWithCalculation),
    2,
    ['Ивановой Марии Петровне', 'REF_03 —', 'пятнадцать тысяч двести тридцать рублей 00 копеек', 'в судебном порядке'],
  ],
  ['housing replacement decision', () => decisionDocument(hu.replacementDecision), 2, ['(взамен решения от 09.10.2025 № 45)', 'ЖКУ-2025-000301', '«20.03.1962»']],
  ['housing grant notice', () => decisionNoticeDocument(hu.grantNotice), 1, ['о предоставлении компенсации', 'Иванову Ивану Ивановичу', 'с октября 2025 года']],
  ['housing refusal notice', () => decisionNoticeDocument(hu.refusalNotice), 1, ['об отказе в предоставлении', 'REF_03 —', 'в судебном порядке']],
  ['housing no-error notice', () => noErrorNoticeDocument(hu.noErrorNotice), 1, ['не выявлены', 'решении № 45 от 09.10.2025', 'остаётся в силе']],
  [
    'housing register of compensations',
    () => compensationRegisterDocument(hu.register),
    1,
    ['СОГЛАСОВАНО', 'УТВЕРЖДАЮ', 'РЕЕСТР № 10 от 13.10.2025', 'две тысячи сто одиннадцать рублей 06 копеек'],
  ],
];

describe('outputs of spec §11 rendered by renderPdf', () => {
  it.each(OUTPUTS)('should render the %s as a PDF of the expected pages with its key facts', async (_, build, expectedPages, facts) => {
    const pdf = await renderPdf(build());

    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { pages, text } = extractText(pdf);
    expect(pages).toBe(expectedPages);
    for (const fact of facts) expect(text).toContain(fact);
  });

  it('should give identical bytes when the same App 3 decision is rendered twice', async () => {
    const first = await renderPdf(capitalRepairGrantDecisionDocument(cr.grantDecision));
    const second = await renderPdf(capitalRepairGrantDecisionDocument(structuredClone(cr.grantDecision)));

    expect(sha256Hex(second)).toBe(sha256Hex(first));
  });

  it('should render the App 3 decision well within its budget when warm', async () => {
    for (let i = 0; i < 3; i++) await renderPdf(capitalRepairGrantDecisionDocument(cr.grantDecision));

    const runs = 10;
    const started = process.hrtime.bigint();
    for (let i = 0; i < runs; i++) await renderPdf(capitalRepairGrantDecisionDocument(cr.grantDecision));
    const perDecisionMs = Number(process.hrtime.bigint() - started) / 1e6 / runs;

    // budget: 50 ms warm (ARCHITECTURE §10); the bound is loose because the tests share two cores with other workers
    expect(perDecisionMs).toBeLessThan(1000);
  });
});
