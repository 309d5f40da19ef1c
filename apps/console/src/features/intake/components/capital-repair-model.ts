import { z } from 'zod';
import { capitalRepairApplicationSchema, IDENTITY_DOCUMENT_KINDS, type CapitalRepairApplication } from '@casework/domain';
import type { Person } from '../../../types/api';
import { blank, caseFieldsInput, caseFieldsShape, formResolver, num, tri, type IntakeOutput, type Tri } from './intake-model';

// App 1 of the capital-repair regulation (spec §11.2): form values, their mapping to the application, the check.

// Intake takes the application for compensation; withdrawal, change of delivery and typo fixes are other variants (spec §7).
export const CAPITAL_REPAIR_INTAKE_VARIANT = 'V1_GRANT';

// 2.14.2: an application on a portal is signed with an electronic signature (its kind is recorded, REJ-10, REJ-11)
export const PORTAL_CHANNELS: ReadonlySet<string> = new Set(['EPGU', 'RPGU']);

export type DisabilityChoice = 'none' | 'I' | 'II' | 'III';

export type HouseholdMemberValues = {
  fullName: string;
  birthDate: string;
  sex: '' | 'male' | 'female';
  kinship: string;
  working: Tri;
  disabilityGroup: DisabilityChoice;
};

export type CapitalRepairFormValues = {
  // asked for only after the API has named a pending case of the same service (409)
  duplicateReason: string;
  channel: string;
  variant: string;
  submittedOn: string;
  withRepresentative: boolean;
  documents: string[];
  payload: {
    category: string;
    identityDocument: { kind: string; series: string; number: string; issuedOn: string; issuedBy: string };
    representative: { kind: '' | 'legal_representative' | 'proxy'; lastName: string; firstName: string; middleName: string; identityDocument: string; authorityDocument: string };
    registrationAddress: string;
    stayAddress: string;
    phone: string;
    email: string;
    applicantWorking: Tri;
    householdMembers: HouseholdMemberValues[];
    stayRegistrantsCount: string;
    dwelling: {
      address: string;
      totalAreaM2: string;
      ownershipShare: { numerator: string; denominator: string };
      apartmentBuilding: Tri;
      inStavropolKrai: Tri;
      hasLift: Tri;
      managementOrganisation: string;
      fundFormation: { kind: '' | 'regional_operator' | 'special_account'; account: string; owner: string };
    };
    arrivedFrom: 'none' | 'krai_municipality' | 'other_region';
    otherSupport: { receives: boolean; act: string };
    paymentMethod: { kind: '' | 'bank' | 'post'; bankName: string; branch: string; bik: string; account: string; holder: 'applicant' | 'nominal'; nominalHolderName: string; postOffice: string };
    resultDelivery: string;
    esignature: string;
    documentsSupplied: string[];
    acknowledgements: { oneDwellingOneCategory: boolean; reportChanges: boolean; dataReliable: boolean };
  };
};

export const emptyMember = (): HouseholdMemberValues => ({ fullName: '', birthDate: '', sex: '', kinship: '', working: '', disabilityGroup: 'none' });

// App 1 asks for the kind of the identity document in words; the person's card keeps a code.
const identityKindTitle = (kind: string | undefined): string => (kind && kind in IDENTITY_DOCUMENT_KINDS ? IDENTITY_DOCUMENT_KINDS[kind as keyof typeof IDENTITY_DOCUMENT_KINDS] : '');

// What the personal file already knows is filled in; the clerk checks it against the documents presented.
export const initialCapitalRepair = (applicant: Person | null, channel: string): CapitalRepairFormValues => {
  const doc = applicant?.identityDocument;
  return {
    duplicateReason: '',
    channel,
    variant: CAPITAL_REPAIR_INTAKE_VARIANT,
    submittedOn: '',
    withRepresentative: false,
    documents: [],
    payload: {
      category: '',
      identityDocument: { kind: identityKindTitle(doc?.kind), series: doc?.series ?? '', number: doc?.number ?? '', issuedOn: doc?.issuedOn ?? '', issuedBy: doc?.issuedBy ?? '' },
      representative: { kind: '', lastName: '', firstName: '', middleName: '', identityDocument: '', authorityDocument: '' },
      registrationAddress: applicant?.registrationAddress ?? '',
      stayAddress: '',
      phone: applicant?.phone ?? '',
      email: applicant?.email ?? '',
      applicantWorking: '',
      householdMembers: [],
      stayRegistrantsCount: '',
      dwelling: {
        address: '',
        totalAreaM2: '',
        ownershipShare: { numerator: '', denominator: '' },
        apartmentBuilding: '',
        inStavropolKrai: '',
        hasLift: '',
        managementOrganisation: '',
        fundFormation: { kind: '', account: '', owner: '' },
      },
      arrivedFrom: 'none',
      otherSupport: { receives: false, act: '' },
      paymentMethod: { kind: '', bankName: '', branch: '', bik: '', account: '', holder: 'applicant', nominalHolderName: '', postOffice: '' },
      resultDelivery: '',
      esignature: '',
      documentsSupplied: [],
      acknowledgements: { oneDwellingOneCategory: false, reportChanges: false, dataReliable: false },
    },
  };
};

// Drops the keys left blank, so the application carries only what was given.
const given = (o: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

const memberInput = (m: HouseholdMemberValues): Record<string, unknown> =>
  given({
    fullName: m.fullName,
    birthDate: m.birthDate || undefined,
    sex: m.sex || undefined,
    kinship: blank(m.kinship),
    working: tri(m.working),
    // MV-4: only groups I–II qualify a member (§2.1); 'none' is the answer "no disability", not a group
    disabilityGroup: m.disabilityGroup === 'none' ? undefined : m.disabilityGroup,
  });

const dwellingInput = (d: CapitalRepairFormValues['payload']['dwelling']): Record<string, unknown> => {
  const share = d.ownershipShare;
  const fund = d.fundFormation;
  return given({
    address: d.address,
    totalAreaM2: num(d.totalAreaM2),
    // both blank: the schema asks for the share as a whole, not for its two numbers
    ownershipShare: share.numerator.trim() || share.denominator.trim() ? { numerator: num(share.numerator), denominator: num(share.denominator) } : undefined,
    apartmentBuilding: tri(d.apartmentBuilding),
    inStavropolKrai: tri(d.inStavropolKrai),
    hasLift: tri(d.hasLift),
    managementOrganisation: blank(d.managementOrganisation),
    fundFormation: fund.kind === 'regional_operator' ? { kind: fund.kind, account: fund.account } : fund.kind === 'special_account' ? { kind: fund.kind, owner: fund.owner } : undefined,
  });
};

const paymentInput = (pm: CapitalRepairFormValues['payload']['paymentMethod']): Record<string, unknown> | undefined => {
  if (pm.kind === 'post') return { kind: 'post', postOffice: pm.postOffice };
  if (pm.kind !== 'bank') return undefined;
  return given({
    kind: 'bank',
    bankName: pm.bankName,
    branch: blank(pm.branch),
    bik: pm.bik.trim(),
    account: pm.account.replace(/\s/g, ''),
    holder: pm.holder,
    nominalHolderName: pm.holder === 'nominal' ? blank(pm.nominalHolderName) : undefined,
  });
};

// Form values → the application exactly as capitalRepairApplicationSchema (libs/domain) expects it.
export const capitalRepairPayloadInput = (v: CapitalRepairFormValues): Record<string, unknown> => {
  const p = v.payload;
  const rep = p.representative;
  const doc = p.identityDocument;
  return given({
    category: p.category || undefined,
    identityDocument: given({ kind: doc.kind, series: blank(doc.series), number: doc.number, issuedOn: doc.issuedOn || undefined, issuedBy: doc.issuedBy }),
    representative: v.withRepresentative
      ? given({ kind: rep.kind || undefined, lastName: rep.lastName, firstName: rep.firstName, middleName: blank(rep.middleName), identityDocument: rep.identityDocument, authorityDocument: rep.authorityDocument })
      : undefined,
    registrationAddress: p.registrationAddress,
    stayAddress: blank(p.stayAddress),
    phone: blank(p.phone),
    email: blank(p.email),
    applicantWorking: tri(p.applicantWorking),
    householdMembers: p.householdMembers.map(memberInput),
    stayRegistrantsCount: num(p.stayRegistrantsCount),
    dwelling: dwellingInput(p.dwelling),
    arrivedFrom: p.arrivedFrom,
    otherSupport: p.otherSupport.receives ? given({ receives: true, act: blank(p.otherSupport.act) }) : undefined,
    paymentMethod: paymentInput(p.paymentMethod),
    resultDelivery: p.resultDelivery || undefined,
    esignature: PORTAL_CHANNELS.has(v.channel) ? p.esignature || undefined : undefined,
    documentsSupplied: p.documentsSupplied,
    acknowledgements: p.acknowledgements,
  });
};

// The schema leaves the signature optional (the channel is a case field); on a portal channel the clerk must record it.
const esignatureRequired = capitalRepairApplicationSchema.shape.esignature.unwrap().safeParse(undefined).error?.issues[0]?.message ?? 'Укажите вид электронной подписи';

const capitalRepairFormSchema = z.object({ ...caseFieldsShape, payload: capitalRepairApplicationSchema }).superRefine(
  (form, ctx) => {
    // runs even when other fields have errors, so the clerk sees this one with the rest
    const payload = form.payload as Partial<CapitalRepairApplication> | undefined;
    if (PORTAL_CHANNELS.has(form.channel) && !payload?.esignature) ctx.addIssue({ code: 'custom', path: ['payload', 'esignature'], message: esignatureRequired });
  },
  { when: () => true },
);

export type CapitalRepairFormOutput = IntakeOutput<CapitalRepairApplication>;

export const capitalRepairResolver = formResolver<CapitalRepairFormValues, CapitalRepairFormOutput>(capitalRepairFormSchema, (values) => ({ ...caseFieldsInput(values), payload: capitalRepairPayloadInput(values) }));
