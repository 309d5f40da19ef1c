import { z } from 'zod';
import { localDateSchema } from '../../common/local-date';
import type { CapitalRepairFacts } from './eligibility';

// The facts of §9.1 as the clerk enters them or the interagency answers (MV-*) give them (ServiceEvaluation.factsSchema).
// Every fact is optional: an absent fact is "not established". Then a condition the applicant must meet (ownership E1,
// the building E2, registration E5/E6) fails; a fact that refuses (another measure E7, a court-confirmed debt E8, a
// defect of the documents E9, a lapsed wait, a withdrawal) does not refuse — the body must establish it (3.2.4).

// title: the label of the field in the console's form of facts
const yesNo = (what: string) => z.boolean({ error: `${what}: да или нет` }).optional().meta({ title: what });

const strict = <T extends z.core.$ZodLooseShape>(shape: T, what: string) =>
  z.strictObject(shape, { error: (issue) => (issue.code === 'unrecognized_keys' ? `Неизвестные сведения: ${issue.keys.join(', ')}` : `${what} — объект`) }).meta({ title: what });

export const capitalRepairFactsSchema = strict(
  {
    owner: yesNo('Заявитель — собственник жилого помещения (ЕГРН, MV-3, или правоустанавливающие документы)'),
    apartmentBuilding: yesNo('Жилое помещение в многоквартирном доме (ЕГРН, MV-3)'),
    inStavropolKrai: yesNo('Дом на территории Ставропольского края (ЕГРН, MV-3)'),
    registration: strict(
      {
        inTerritory: yesNo('Регистрация по месту жительства на территории органа соцзащиты (MV-10)'),
        atDwellingAddress: yesNo('Регистрация по месту жительства по адресу жилого помещения (MV-10)'),
      },
      'Сведения о регистрации по месту жительства (MV-10)',
    ).optional(),
    otherSupport: strict(
      {
        receivesMeasureIncludingCompensation: yesNo('Получает меры социальной поддержки, включающие компенсацию взноса (прил. 1, АС АСП, MV-5, MV-6)'),
        alreadyCompensatedForAnotherDwellingOrCategory: yesNo('Компенсация уже предоставляется по другому жилому помещению или другой категории'),
      },
      'Сведения об иных мерах социальной поддержки',
    ).optional(),
    courtDebt: strict(
      {
        exists: yesNo('Задолженность по взносу, подтвержденная вступившим в законную силу судебным актом (ГИС ЖКХ, MV-9)'),
        formedWithinLast3Years: yesNo('Задолженность образовалась не более чем за три последних года'),
      },
      'Сведения о задолженности по взносу (MV-9)',
    ).optional(),
    documentsComplete: yesNo('Документы представлены в полном объеме'),
    documentsReliable: yesNo('Документы и сведения достоверны'),
    disabilityDocumentMissing: yesNo('Документ об инвалидности члена семьи не представлен в течение 20 рабочих дней (п. 2.6.2)'),
    missingDocumentsNotBrought: yesNo('Недостающие документы не представлены в срок (пп. 2.6.1, 3.2.1.1)'),
    portalDocumentsNotBrought: yesNo('Заявитель портала не представил документы в течение 10 рабочих дней (п. 2.14.2)'),
    withdrawn: yesNo('Заявление отозвано (п. 3.3.1)'),
    registeredOn: localDateSchema.optional().meta({ title: 'Дата регистрации заявления (если отличается от даты в деле): на нее проверяется возраст (I-19)' }),
    paymentFrom: localDateSchema.optional().meta({ title: 'Компенсация назначается с даты (I-26)' }),
  },
  'Сведения для проверки права на компенсацию',
  // absent altogether: nothing established
).prefault({});

// what the schema gives: the facts as far as they are established
export type CapitalRepairEstablishedFacts = z.output<typeof capitalRepairFactsSchema>;
export type CapitalRepairFactsInput = z.input<typeof capitalRepairFactsSchema>;

// The requirement facts (E1, E2, E5, E6) by their Russian name: absent, they count as not established and the
// explanation says so (a missing interagency answer is no refusal ground, 3.2.3: the term is extended, EXT-02).
const REQUIRED: { title: string; value: (f: CapitalRepairEstablishedFacts) => boolean | undefined }[] = [
  { title: 'право собственности на жилое помещение (MV-3)', value: (f) => f.owner },
  { title: 'помещение в многоквартирном доме (MV-3)', value: (f) => f.apartmentBuilding },
  { title: 'дом на территории Ставропольского края (MV-3)', value: (f) => f.inStavropolKrai },
  { title: 'регистрация по месту жительства на территории органа (MV-10)', value: (f) => f.registration?.inTerritory },
  { title: 'регистрация по месту жительства по адресу помещения (MV-10)', value: (f) => f.registration?.atDwellingAddress },
];

// The facts the rules read: a requirement not established is not met; a refusing fact not established does not refuse;
// E9 is the body's finding of a defect, so without one the documents count as complete and reliable.
export const completeCapitalRepairFacts = (established: CapitalRepairEstablishedFacts): { facts: CapitalRepairFacts; notEstablished: string[] } => ({
  facts: {
    owner: established.owner ?? false,
    apartmentBuilding: established.apartmentBuilding ?? false,
    inStavropolKrai: established.inStavropolKrai ?? false,
    registration: { inTerritory: established.registration?.inTerritory ?? false, atDwellingAddress: established.registration?.atDwellingAddress ?? false },
    otherSupport: {
      receivesMeasureIncludingCompensation: established.otherSupport?.receivesMeasureIncludingCompensation ?? false,
      alreadyCompensatedForAnotherDwellingOrCategory: established.otherSupport?.alreadyCompensatedForAnotherDwellingOrCategory ?? false,
    },
    courtDebt: { exists: established.courtDebt?.exists ?? false, formedWithinLast3Years: established.courtDebt?.formedWithinLast3Years ?? false },
    documentsComplete: established.documentsComplete ?? true,
    documentsReliable: established.documentsReliable ?? true,
    ...(established.disabilityDocumentMissing === undefined ? {} : { disabilityDocumentMissing: established.disabilityDocumentMissing }),
    ...(established.missingDocumentsNotBrought === undefined ? {} : { missingDocumentsNotBrought: established.missingDocumentsNotBrought }),
    ...(established.portalDocumentsNotBrought === undefined ? {} : { portalDocumentsNotBrought: established.portalDocumentsNotBrought }),
    ...(established.withdrawn === undefined ? {} : { withdrawn: established.withdrawn }),
    ...(established.registeredOn === undefined ? {} : { registeredOn: established.registeredOn }),
    ...(established.paymentFrom === undefined ? {} : { paymentFrom: established.paymentFrom }),
  },
  notEstablished: REQUIRED.filter((r) => r.value(established) === undefined).map((r) => r.title),
});

