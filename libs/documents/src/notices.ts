// Notices and procedural documents of the case engine, one file per document under notices/.
export type { ApplicationRef, Delivery, DeliveryChannel, Executor, LetterData, NoticeApplicant, NoticeGround, ReturnedDocument } from './notices/letter';
export { acceptanceRefusalDocument, type AcceptanceRefusalData } from './notices/acceptance-refusal';
export { missingDocumentsNoticeDocument, type MissingDocument, type MissingDocumentsNoticeData } from './notices/missing-documents';
export { extensionNoticeDocument, type ExtensionNoticeData } from './notices/extension';
export { reworkReturnNoticeDocument, type ReworkItem, type ReworkReturnNoticeData } from './notices/rework-return';
export { decisionNoticeDocument, type DecisionNoticeData, type DecisionNoticeGrant, type DecisionNoticeRefusal } from './notices/decision-notice';
export { withdrawalDocument, type WithdrawalData } from './notices/withdrawal';
export { noErrorNoticeDocument, type NoErrorNoticeData } from './notices/no-error';
export { correctionRefusalNoticeDocument, type CorrectionRefusalNoticeData } from './notices/correction-refusal';
export { maskAccount, paymentDetailsChangeNoticeDocument, type PaymentDetails, type PaymentDetailsChangeNoticeData } from './notices/payment-details-change';
