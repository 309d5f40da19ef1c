import {
  acceptanceRefusalDocument,
  correctionRefusalNoticeDocument,
  decisionNoticeDocument,
  extensionNoticeDocument,
  missingDocumentsNoticeDocument,
  noErrorNoticeDocument,
  paymentDetailsChangeNoticeDocument,
  reworkReturnNoticeDocument,
  withdrawalDocument,
} from '@casework/documents';
import * as fx from '@casework/documents/notices/fixtures';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { extractText } from '../../test/pdf-text';
import { renderPdf, sha256Hex } from './pdf-renderer';


// Each notice with full data, the page count it must fit in, and what a reader must find in the PDF.
const NOTICES: [string, () => TDocumentDefinitions, number, string[]][] = [
  [
    'refusal to accept documents',
    () => acceptanceRefusalDocument(fx.acceptanceRefusalFull),
    1,
    ['об отказе в приёме документов', 'Соколовой Анне Викторовне', 'Уважаемая Анна Викторовна!', 'REJ-08 —', '(п. 3.2.1.4 регламента)', 'Справка о составе семьи'],
  ],
  [
    'missing documents notice',
    () => missingDocumentsNoticeDocument(fx.missingDocumentsFull),
    1,
    ['недостающих и (или) надлежащим образом оформленных документов', 'Соколовой Анне Викторовне', 'не позднее 03.04.2025', 'REF-09 —'],
  ],
  [
    'extension notice',
    () => extensionNoticeDocument(fx.extensionFull),
    1,
    ['о продлении срока рассмотрения заявления', 'Соколовой Анне Викторовне', 'принятых 04.03.2025', 'на 20 (двадцать) рабочих дней', 'EXT-01 —', 'не позднее 15.04.2025'],
  ],
  [
    'rework return notice',
    () => reworkReturnNoticeDocument(fx.reworkReturnFull),
    1,
    ['на доработку', 'Соколовой Анне Викторовне', '5 (пять) рабочих дней', 'приостанавливается'],
  ],
  [
    'grant notice',
    () => decisionNoticeDocument(fx.grantNoticeFull),
    1,
    ['принято решение от 19.03.2025 № 312', 'девятьсот восемьдесят семь рублей 65 копеек', 'с апреля 2025 года', 'Соколовой Анне Викторовне'],
  ],
  [
    'refusal notice',
    () => decisionNoticeDocument(fx.refusalNoticeFull),
    1,
    ['об отказе в предоставлении компенсации', 'REF-06 —', 'в судебном порядке', 'Соколовой Анне Викторовне'],
  ],
  [
    'withdrawal decision',
    () => withdrawalDocument(fx.withdrawalFull),
    1,
    ['о прекращении рассмотрения заявления', 'об отзыве заявления от 04.03.2025', 'Соколовой Анне Викторовне'],
  ],
  [
    'no-error notice',
    () => noErrorNoticeDocument(fx.noErrorFull),
    1,
    ['опечатки и (или) ошибки в указанном решении не выявлены', 'решении № 312 от 19.03.2025', 'Соколовой Анне Викторовне'],
  ],
  [
    'refusal to correct a typo',
    () => correctionRefusalNoticeDocument(fx.correctionRefusalFull),
    1,
    ['об отказе в исправлении опечаток и (или) ошибок', 'REF-02 — заявление об исправлении не соответствует', '(п. 3.5.1 регламента)', 'остаётся в силе без изменений', 'Соколовой Анне Викторовне'],
  ],
  [
    'payment details change notice',
    () => paymentDetailsChangeNoticeDocument(fx.paymentDetailsChangeFull),
    1,
    ['об изменении способа выплаты', 'счёт № ****2345', 'с мая 2025 года', 'Соколовой Анне Викторовне'],
  ],
];

describe('notices rendered by renderPdf', () => {
  it.each(NOTICES)('should render the %s as a PDF of the expected pages with its key facts', async (_, build, expectedPages, facts) => {
    const pdf = await renderPdf(build());

    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { pages, text } = extractText(pdf);
    expect(pages).toBe(expectedPages);
    for (const fact of facts) expect(text).toContain(fact);
    expect(text).toContain('Исполнитель: Гришина Татьяна Андреевна, тел. 8 (86553) 6-12-34');
  });

  it('should break onto a second page with page numbers when the list of returned documents is long', async () => {
    const documents = Array.from({ length: 40 }, (_, i) => ({ title: `Документ № ${i + 1}`, form: 'copy' as const, sheets: 1 }));
    const pdf = await renderPdf(acceptanceRefusalDocument({ ...fx.acceptanceRefusalFull, returned: { ...fx.acceptanceRefusalFull.returned, documents } }));

    const { pages, text } = extractText(pdf);
    expect(pages).toBe(2);
    expect(text).toContain('1 из 2');
    expect(text).toContain('Документ № 40');
  });

  it('should give identical bytes when the same notice is rendered twice', async () => {
    const first = await renderPdf(extensionNoticeDocument(fx.extensionFull));
    const second = await renderPdf(extensionNoticeDocument(structuredClone(fx.extensionFull)));

    expect(sha256Hex(second)).toBe(sha256Hex(first));
  });

  it('should render each notice in well under a second when warm', async () => {
    const definitions = NOTICES.map(([, build]) => build());
    for (const definition of definitions) await renderPdf(definition);

    const runs = 3;
    const started = process.hrtime.bigint();
    for (let i = 0; i < runs; i++) for (const definition of definitions) await renderPdf(definition);
    const perNoticeMs = Number(process.hrtime.bigint() - started) / 1e6 / runs / definitions.length;

    // target: under 100 ms a notice; the bound is loose because the tests share two cores with other workers
    expect(perNoticeMs).toBeLessThan(1000);
  });
});
