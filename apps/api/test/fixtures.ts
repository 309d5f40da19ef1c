import { CAPITAL_REPAIR_SAMPLE_APPLICATION } from '@casework/domain';

// A valid housing-utilities-compensation application (a labour veteran at the place of residence, paid to a bank account):
// the integration tests start from it and change what they test.
export const housingPayload = {
  categories: ['C30_LABOUR_VETERAN'],
  categoryDetails: { C30_LABOUR_VETERAN: { pensionAgeReached: true } },
  applicantStatus: 'citizen',
  identityDocumentKind: 'passport',
  place: 'residence',
  registrationShownInIdentityDocument: true,
  heating: { centralHeating: true, gasSupply: true },
  paymentMethod: { kind: 'bank', bankName: 'ПАО Сбербанк', bik: '046577674', account: '40817810516540012345' },
  documentsSupplied: [] as string[],
  resultDelivery: 'paper',
};

// A valid capital-repair-compensation application (App 1): the domain's sample (Кравченко П.И. of Neftekumsk, over 80,
// alone, his own flat with a lift, paid to a bank account).
export const capitalRepairPayload = CAPITAL_REPAIR_SAMPLE_APPLICATION;
