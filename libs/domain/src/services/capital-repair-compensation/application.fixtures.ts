// TEST FIXTURE: a valid App 1 application — an owner over 80 living alone in his own flat of 41.7 m² with a lift (the
// demo person Кравченко П.И. of Neftekumsk), paid to a bank account. The domain's and the API's tests and the bench's
// data set start from it.
export const CAPITAL_REPAIR_SAMPLE_APPLICATION = {
  category: 'A80_ALONE',
  identityDocument: { kind: 'Паспорт гражданина РФ', series: '0704', number: '123456', issuedOn: '2004-06-01', issuedBy: 'ОВД Нефтекумского района Ставропольского края' },
  registrationAddress: '356880, Ставропольский край, г. Нефтекумск, ул. Ленина, д. 12, кв. 5',
  applicantWorking: false,
  householdMembers: [] as unknown[],
  dwelling: {
    address: '356880, Ставропольский край, г. Нефтекумск, ул. Ленина, д. 12, кв. 5',
    totalAreaM2: 41.7,
    ownershipShare: { numerator: 1, denominator: 1 },
    apartmentBuilding: true,
    inStavropolKrai: true,
    hasLift: true,
    managementOrganisation: 'ООО «УК Нефтекумск»',
    fundFormation: { kind: 'regional_operator', account: '40604810600000000001' },
  },
  paymentMethod: { kind: 'bank', bankName: 'Ставропольское отделение № 5230 ПАО Сбербанк', bik: '040702615', account: '40817810680000012345' },
  resultDelivery: 'PAPER_AT_BODY',
  acknowledgements: { oneDwellingOneCategory: true, reportChanges: true, dataReliable: true },
};
