import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  capitalRepairApplicationDocument,
  capitalRepairGrantDecisionDocument,
  capitalRepairRefusalDecisionDocument,
  correctionApplicationDocument,
  deliveryChangeApplicationDocument,
  withdrawalApplicationDocument,
} from './capital-repair';
import * as cr from './capital-repair/fixtures';
import { decisionDocument } from './decision';
import { definitionText, unprintableValues } from './definition-text';
import { housingApplicationDocument } from './housing-utilities';
import * as hu from './housing-utilities/fixtures';
import { sampleReceipt } from './housing-utilities.fixtures';
import { registrationJournalDocument } from './journal';
import { acceptanceRefusalDocument, decisionNoticeDocument, extensionNoticeDocument, noErrorNoticeDocument } from './notices';
import { compensationRegisterDocument, recipientListDocument } from './payment-list';
import { receiptDocument } from './receipt';

// Every output of spec §11 of both services, built from its fixture: [name, build from data, data, PDF date].
type Output = [string, (data: never) => TDocumentDefinitions, unknown, string];
const out = <T>(name: string, build: (data: T) => TDocumentDefinitions, data: T, date: string): Output => [name, build as (data: never) => TDocumentDefinitions, data, date];

const OUTPUTS: Output[] = [
  out('capital-repair App 1 (proxy, accepted)', capitalRepairApplicationDocument, cr.applicationFull, '2025-03-04'),
  out('capital-repair App 1 (blank acceptance)', capitalRepairApplicationDocument, cr.applicationBlank, '2025-03-05'),
  out('capital-repair App 2 journal', registrationJournalDocument, cr.journal, '2025-03-31'),
  out('capital-repair receipt', receiptDocument, cr.receipt, '2025-03-04'),
  out('capital-repair App 3', capitalRepairGrantDecisionDocument, cr.grantDecision, '2025-03-19'),
  out('capital-repair App 3 (family, post)', capitalRepairGrantDecisionDocument, cr.grantDecisionFamily, '2025-03-19'),
  out('capital-repair App 4', capitalRepairRefusalDecisionDocument, cr.refusalDecision, '2025-03-19'),
  out('capital-repair App 4 (withdrawal)', capitalRepairRefusalDecisionDocument, cr.withdrawalRefusalDecision, '2025-03-11'),
  out('capital-repair App 5', decisionNoticeDocument, cr.grantNotice, '2025-03-20'),
  out('capital-repair App 6', decisionNoticeDocument, cr.refusalNotice, '2025-03-20'),
  out('capital-repair App 8', extensionNoticeDocument, cr.extensionNotice, '2025-03-18'),
  out('capital-repair App 9', withdrawalApplicationDocument, cr.withdrawalApplication, '2025-03-07'),
  out('capital-repair App 10', deliveryChangeApplicationDocument, cr.deliveryChangeApplication, '2025-05-12'),
  out('capital-repair App 11', correctionApplicationDocument, cr.correctionApplication, '2025-03-27'),
  out('capital-repair App 13', acceptanceRefusalDocument, cr.acceptanceRefusal, '2025-03-04'),
  out('capital-repair list of recipients', recipientListDocument, cr.recipientList, '2025-04-03'),
  out('housing application (representative)', housingApplicationDocument, hu.applicationByRepresentative, '2025-09-26'),
  out('housing application (post, place of stay)', housingApplicationDocument, hu.applicationByPost, '2025-09-29'),
  out('housing Journal', registrationJournalDocument, hu.journal, '2025-10-31'),
  out('housing receipt cl. 43(3)', receiptDocument, sampleReceipt, '2025-09-26'),
  out('housing grant decision with calculation', decisionDocument, hu.grantDecisionWithCalculation, '2025-10-09'),
  out('housing refusal decision with figures', decisionDocument, hu.refusalDecisionWithCalculation, '2025-10-09'),
  out('housing replacement decision', decisionDocument, hu.replacementDecision, '2025-10-22'),
  out('housing grant notice', decisionNoticeDocument, hu.grantNotice, '2025-10-10'),
  out('housing refusal notice', decisionNoticeDocument, hu.refusalNotice, '2025-10-10'),
  out('housing no-error notice', noErrorNoticeDocument, hu.noErrorNotice, '2025-10-20'),
  out('housing register', compensationRegisterDocument, hu.register, '2025-10-13'),
];

const build = ([, make, data]: Output): TDocumentDefinitions => make(data as never);

describe('the outputs of spec §11', () => {
  it.each(OUTPUTS)('should hold no undefined, null or NaN anywhere when building the %s', (...row) => {
    const definition = build(row);
    expect(unprintableValues(definition)).toEqual([]);
    expect(JSON.stringify(definition)).not.toMatch(/undefined|null|NaN/);
  });

  it.each(OUTPUTS)('should build equal definitions from equal data when building the %s', (_, make, data) => {
    expect(make(data as never)).toEqual(make(structuredClone(data) as never));
  });

  it.each(OUTPUTS)('should take the PDF date from the data and carry a title when building the %s', (...row) => {
    const definition = build(row);
    expect(definition.info?.creationDate?.toISOString()).toBe(`${row[3]}T00:00:00.000Z`);
    expect(definition.info?.title?.length).toBeGreaterThan(10);
    expect(definition.info?.title).not.toContain('undefined');
  });

  it.each(OUTPUTS)('should print dates only as dd.MM.yyyy when building the %s', (...row) => {
    expect(definitionText(build(row))).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it.each([
    ['capital-repair App 1', () => capitalRepairApplicationDocument({ ...cr.applicationFull, draft: true })],
    ['capital-repair App 3', () => capitalRepairGrantDecisionDocument({ ...cr.grantDecision, draft: true })],
    ['capital-repair App 4', () => capitalRepairRefusalDecisionDocument({ ...cr.refusalDecision, draft: true })],
    ['capital-repair App 9', () => withdrawalApplicationDocument({ ...cr.withdrawalApplication, draft: true })],
    ['capital-repair list of recipients', () => recipientListDocument({ ...cr.recipientList, draft: true })],
    ['housing application', () => housingApplicationDocument({ ...hu.applicationByPost, draft: true })],
    ['housing register', () => compensationRegisterDocument({ ...hu.register, draft: true })],
  ])('should mark the %s as a draft with a watermark when it is not final', (_, make) => {
    expect(make().watermark).toMatchObject({ text: 'ПРОЕКТ' });
  });
});
