// The housing-utilities outputs of spec §11 that have a document of their own; the decisions (decision.ts), the
// receipt (receipt.ts), the journal, the register and the notices are shared with the other services.
export {
  housingApplicationDocument,
  type HousingApplicant,
  type HousingApplicationData,
  type HousingRepresentative,
  type HousingResultDelivery,
} from './housing-utilities/application';
