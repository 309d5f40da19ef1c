// The capital-repair outputs of spec §11 that are not notices: the applicant's forms (App 1, 9, 10, 11) and the
// decisions (App 3, 4). The notices App 5, 6, 8 and 13 are the letters under notices/, given CAPITAL_REPAIR_SUBJECT.
export {
  capitalRepairApplicationDocument,
  type ApplicationPayment,
  type CapitalRepairApplicationData,
  type FundFormation,
  type IdentityDocument,
  type RegisteredPerson,
} from './capital-repair/application';
export {
  capitalRepairGrantDecisionDocument,
  capitalRepairRefusalDecisionDocument,
  type CapitalRepairCalculation,
  type CapitalRepairDecisionApplicant,
  type CapitalRepairGrantDecisionData,
  type CapitalRepairRefusalDecisionData,
} from './capital-repair/decision';
export { withdrawalApplicationDocument, type WithdrawalApplicationData } from './capital-repair/withdrawal-application';
export { deliveryChangeApplicationDocument, type DeliveryChangeApplicationData } from './capital-repair/delivery-change-application';
export { correctionApplicationDocument, type CorrectionApplicationData } from './capital-repair/correction-application';
export type { FormApplicant, FormDelivery, Passport } from './capital-repair/request-form';
export {
  APPLICATION_CATEGORY_CHOICES,
  CAPITAL_REPAIR_APPLICATION_TITLE,
  CAPITAL_REPAIR_LAW,
  CAPITAL_REPAIR_SUBJECT,
  DELIVERY_CHOICES,
  EXTENSION_CHOICES,
  GRANT_NOTICE_CHANGES_DUTY,
  REFUSAL_NOTICE_APPEAL,
  type ResultDelivery,
} from './capital-repair/texts';
