import { z } from 'zod';
import {
  CAPITAL_REPAIR_SUBJECT,
  formatMonthYear,
  rublesInFigures,
  type CapitalRepairCalculation,
  type CodeRef,
  type DecisionCalculation,
  type DecisionSubject,
  type ExplanationLine,
  type FormApplicant,
  type Official,
  type PaymentDetails,
  type PaymentMethod,
  type PersonName,
} from '@casework/documents';
import { capitalRepairCompensation, localDateTimeIn, type LocalDate, type ServiceDefinition } from '@casework/domain';
import type { AppUser } from '../auth/user.entity';
import type { Person } from '../persons/person.entity';

// Mapping of stored case data to the data of the documents in libs/documents.

export const personName = (fullName: string): PersonName => {
  const [lastName = fullName, firstName = '', middleName] = fullName.trim().split(/\s+/);
  return { lastName, firstName, ...(middleName ? { middleName } : {}) };
};

export const personNameOf = (p: Pick<Person, 'lastName' | 'firstName' | 'middleName' | 'sex'>): PersonName => ({
  lastName: p.lastName,
  firstName: p.firstName,
  ...(p.middleName ? { middleName: p.middleName } : {}),
  sex: p.sex,
});

// A signature nobody is named for yet: the position is printed, the name is a blank to fill in by hand.
export const official = (user: Pick<AppUser, 'fullName' | 'position'> | null | undefined, fallbackPosition: string, fallbackName?: string | null): Official => ({
  position: user?.position ?? fallbackPosition,
  name: personName(user?.fullName ?? fallbackName ?? '____________'),
});

// The legal day of an instant at the authority (a timestamp is not a date: 23:30 in Moscow is the next UTC day).
export const localDate = (at: Date, timeZone: string): LocalDate => localDateTimeIn(at, timeZone).date;

export const isCapitalRepair = (service: ServiceDefinition): boolean => service.slug === capitalRepairCompensation.slug;

type PaymentPayload = { kind?: string; bankName?: string; branch?: string; bik?: string; account?: string; postOffice?: string; organisation?: string };

const paymentPayloadOf = (payload: Record<string, unknown>): PaymentPayload => (payload.paymentMethod ?? {}) as PaymentPayload;

// The account is printed masked: the last four digits are enough to recognise it.
export const paymentMethodOf = (payload: Record<string, unknown>): PaymentMethod => {
  const p = paymentPayloadOf(payload);
  if (p.kind === 'post') return { kind: 'post', ...(p.postOffice ? { details: p.postOffice } : {}) };
  if (p.kind === 'delivery_organisation') return { kind: 'delivery_organisation', ...(p.organisation ? { details: p.organisation } : {}) };
  const masked = p.account ? `счёт ****${p.account.slice(-4)}` : undefined;
  return { kind: p.kind === 'unified_social_card' ? 'unified_social_card' : 'bank', ...(p.bankName || masked ? { details: [p.bankName, masked].filter(Boolean).join(', ') } : {}) };
};

// The requisites in full, as the payment documents carry them (App 3 «Списки (банк)», the housing application).
export const paymentDetailsOf = (payload: Record<string, unknown>): PaymentDetails => {
  const p = paymentPayloadOf(payload);
  const kind: PaymentDetails['kind'] = p.kind === 'post' || p.kind === 'delivery_organisation' || p.kind === 'unified_social_card' ? p.kind : 'bank';
  const organisation = p.bankName ?? p.postOffice ?? p.organisation;
  return { kind, ...(organisation ? { organisation } : {}), ...(p.branch ? { branch: p.branch } : {}), ...(p.bik ? { bik: p.bik } : {}), ...(p.account ? { account: p.account } : {}) };
};

// Capital repair prints its annex subject (App 5, 6, 8, 13: «о назначении …» with Law 57-kz under the heading).
export const decisionSubject = (service: ServiceDefinition): DecisionSubject => (isCapitalRepair(service) ? CAPITAL_REPAIR_SUBJECT : service.resultSubject);

// 2.3.2: the reason of a refusal cites the clause with the act it belongs to; the regulation is the first act of the
// service's legal basis, named in the genitive after the clause («п. 3.2.4 административного регламента, утвержденного …»).
export const regulationAct = (service: ServiceDefinition): string | undefined => {
  const act = service.legalBasis[0]?.act;
  const m = act ? /^Административный регламент,\s+утвержденный\s+(.+)$/i.exec(act) : null;
  return m ? `административного регламента, утвержденного ${m[1]}` : undefined;
};

export const groundRef = (ground: { code: string; title: string; clause: string }, act?: string): CodeRef => ({ code: ground.code, title: ground.title, clause: ground.clause, ...(act ? { act } : {}) });

export const categoryRef = (service: ServiceDefinition, code: string): CodeRef => {
  const c = service.categories.find((x) => x.code === code);
  return { code, title: c?.title ?? code, ...(c ? { clause: c.clause } : {}) };
};

export const categoryCodesOf = (payload: Record<string, unknown>): string[] =>
  Array.isArray(payload.categories) ? (payload.categories as unknown[]).filter((c): c is string => typeof c === 'string') : typeof payload.category === 'string' ? [payload.category] : [];

const representativeNameSchema = z.object({ lastName: z.string().trim().min(1), firstName: z.string().trim().min(1), middleName: z.string().trim().optional() });

// Both services' applications name a representative by these three fields (capital repair 1.2, housing cl. 41(1)).
export const representativeNameOf = (payload: Record<string, unknown>): PersonName | undefined => {
  const parsed = representativeNameSchema.safeParse(payload.representative);
  if (!parsed.success) return undefined;
  const { lastName, firstName, middleName } = parsed.data;
  return { lastName, firstName, ...(middleName ? { middleName } : {}) };
};

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

// App 9–11: the applicant's table from the personal file; the passport of App 1 (the payload) where the file has none.
export const formApplicantOf = (person: Person, payload: Record<string, unknown>): FormApplicant => {
  const fromPayload = (payload.identityDocument ?? null) as { series?: unknown; number?: unknown; issuedOn?: unknown; issuedBy?: unknown } | null;
  const doc = person.identityDocument ?? null;
  const series = text(fromPayload?.series) ?? text(doc?.series);
  const number = text(fromPayload?.number) ?? text(doc?.number);
  const issuedOn = text(fromPayload?.issuedOn) ?? text(doc?.issuedOn);
  const issuedBy = text(fromPayload?.issuedBy) ?? text(doc?.issuedBy);
  const address = text(payload.registrationAddress) ?? text(person.registrationAddress) ?? text(person.actualAddress);
  return {
    ...personNameOf(person),
    ...(person.snils ? { snils: person.snils } : {}),
    passport: { ...(series ? { series } : {}), ...(number ? { number } : {}), ...(issuedOn ? { issuedOn } : {}), ...(issuedBy ? { issuedBy } : {}) },
    ...(address ? { address } : {}),
  };
};

// --- the rules' result a decision stores (decision.evaluation, EvaluationResult) ---------------------------------------

const explanationStepSchema = z.object({ rule: z.string(), clause: z.string(), inputs: z.record(z.string(), z.unknown()), result: z.union([z.boolean(), z.number(), z.string()]) });

const storedEvaluationSchema = z.object({
  outcome: z.enum(['grant', 'refuse']),
  amount: z.number().int().optional(),
  period: z.object({ from: z.string(), to: z.string().optional() }).optional(),
  calculation: z.array(z.object({ label: z.string(), value: z.string() })).optional(),
  explanation: z.array(explanationStepSchema).default([]),
});

export type StoredEvaluation = z.infer<typeof storedEvaluationSchema>;
type ExplanationStep = z.infer<typeof explanationStepSchema>;

// A decision drafted before the rules were stored (or by a service without them) has none.
export const storedEvaluation = (value: unknown): StoredEvaluation | null => {
  const parsed = storedEvaluationSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
};

// «1 234,56 руб.», «45,00 кв. м», «12,00 руб. за 1 кв. м», «50 %»: the first number of a printed figure
const figureNumber = (value: string): number | null => {
  const m = /\d[\d\u00a0\u202f ]*(?:,\d+)?/.exec(value);
  if (!m) return null;
  const n = Number(m[0].replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
  return Number.isFinite(n) ? n : null;
};

const kopecksOf = (rubles: number | null): number | null => (rubles === null ? null : Math.round(rubles * 100));

// the step of the rules whose inputs name these values (the domain's explanation of §9.4 / A13)
const stepWith = (explanation: ExplanationStep[], ...keys: string[]): ExplanationStep | undefined => explanation.find((s) => keys.every((k) => k in s.inputs));
const numeric = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

// App 3 (I-25): the figures the rules printed (calculation, in App 3 order) and the two areas of their steps; null when
// the rules calculated no amount (no parameter set in force, a refusal).
export const capitalRepairCalculationOf = (evaluation: StoredEvaluation | null): CapitalRepairCalculation | null => {
  if (!evaluation?.calculation) return null;
  const figure = (label: string): string | undefined => evaluation.calculation?.find((f) => f.label === label)?.value;
  const share = /^(\d+)\s*\/\s*(\d+)$/.exec(figure('Доля в праве') ?? '');
  const totalAreaM2 = figureNumber(figure('Общая площадь') ?? '');
  const standardM2 = figureNumber(figure('РС площади') ?? '');
  const householdSize = figureNumber(figure('Состав семьи') ?? '');
  const rateKopecksPerM2 = kopecksOf(figureNumber(figure('Тариф') ?? ''));
  const costKopecks = kopecksOf(figureNumber(figure('Стоимость') ?? ''));
  const benefitPercent = figureNumber(figure('Размер льготы') ?? '');
  const amountKopecks = kopecksOf(figureNumber(figure('Сумма') ?? '')) ?? evaluation.amount ?? null;
  const shareAreaM2 = numeric(stepWith(evaluation.explanation, 'totalAreaM2', 'share')?.result);
  const areaBasisM2 = numeric(stepWith(evaluation.explanation, 'shareAreaM2', 'standardM2')?.result);
  if (!share || totalAreaM2 === null || standardM2 === null || householdSize === null || rateKopecksPerM2 === null || costKopecks === null || benefitPercent === null || amountKopecks === null) return null;
  if (shareAreaM2 === null || areaBasisM2 === null) return null;
  return {
    totalAreaM2,
    householdSize,
    share: { numerator: Number(share[1]), denominator: Number(share[2]) },
    shareAreaM2,
    standardM2,
    areaBasisM2,
    rateKopecksPerM2,
    costKopecks,
    benefitPercent,
    amountKopecks,
  };
};

// '09.2025' (the rules' «Расчетный месяц») → 'сентябрь 2025 г.'
const monthOfFigure = (value: string | undefined): string | undefined => {
  const m = value ? /^(\d{2})\.(\d{4})$/.exec(value.trim()) : null;
  return m ? formatMonthYear(`${m[2]}-${m[1]}`) : undefined;
};

// Housing (A13): the office's calculation as one line of the decision's table — the charges of the reference month
// (D4, T25), the share of the persons counted (D3) and the category's percentage; null when no amount was calculated.
export const housingCalculationOf = (evaluation: StoredEvaluation | null): DecisionCalculation | null => {
  if (!evaluation?.calculation || evaluation.amount === undefined) return null;
  const charges = stepWith(evaluation.explanation, 'chargedKopecks', 'registeredPersons', 'personsCounted');
  const percentStep = stepWith(evaluation.explanation, 'baseKopecks', 'percent');
  const charged = numeric(charges?.inputs.chargedKopecks);
  const registered = numeric(charges?.inputs.registeredPersons);
  const counted = numeric(charges?.inputs.personsCounted);
  const base = numeric(charges?.result);
  const percent = numeric(percentStep?.inputs.percent);
  if (charged === null || registered === null || counted === null || base === null || percent === null) return null;
  const period = monthOfFigure(evaluation.calculation.find((f) => f.label.startsWith('Расчетный месяц'))?.value);
  return {
    ...(period ? { period } : {}),
    source: 'расчёт учреждения по параметрам расчёта; сверяется с АСКВ',
    lines: [
      {
        item: 'Плата за жилое помещение и коммунальные услуги',
        chargedKopecks: charged,
        basis: `${counted} из ${registered} чел.: ${rublesInFigures(base)}; ${String(percent).replace('.', ',')} %`,
        amountKopecks: evaluation.amount,
      },
    ],
  };
};

const resultText = (result: boolean | number | string): string => (result === true ? 'да' : result === false ? 'нет' : String(result));

// «Обоснование решения»: each rule with its clause and what came out
export const explanationOf = (evaluation: StoredEvaluation | null): ExplanationLine[] =>
  (evaluation?.explanation ?? []).map((s) => ({ rule: s.rule, ...(s.clause ? { clause: s.clause } : {}), result: resultText(s.result) }));
