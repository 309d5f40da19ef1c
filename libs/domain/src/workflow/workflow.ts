import type { Role } from '../common/roles';

export type GuardContext = {
  state: string;
  payload: Record<string, unknown>;
  data: Record<string, unknown>;
  // the case's intake channel (IN_PERSON, MFC, EPGU…): some grounds apply to some channels only
  channel?: string;
};

// Generic procedures of the case engine (ARCHITECTURE 4) a transition triggers; services only declare them.
export type EngineEffect =
  | 'register' // journal number, registration time, acceptance day, receipt
  | 'refuse_acceptance' // data.groundCode: a refuse_accept ground valid for the channel; the refusal notice, documents returned
  | 'send_interagency_requests' // data.kinds: interagency data kinds of the service
  | 'reask_interagency' // data.requestIds: incomplete or failed answers asked again
  | 'request_missing_documents' // data.documents [{ title, issue: missing|invalid, details? }]: the notice, its deadline the waiting term's due date
  | 'return_for_rework' // data.items [{ document, correction }], data.groundCode? (a 'suspend' ground): documents back for rework (the clock pauses), with its notice
  | 'extend_term' // data.groundCode: an 'extend' ground; once; the extension notice
  | 'draft_decision' // data.outcome grant|refuse, data.groundCodes (refuse grounds)
  | 'initial_decision' // the deputy's check and signature
  | 'sign_decision' // the head's approval: number, date, PDF, SHA-256; immutable from now on
  | 'return_decision' // the draft goes back for rework
  | 'send_copy' // the decision is issued: the notice (copy) through the channel the applicant chose
  | 'withdraw_application' // data.withdrawnOn: the application withdrawn before the decision; the withdrawal notice
  | 'notify_no_error' // the written notice that the decision has no typo or error
  | 'refuse_correction' // data.groundCode: a 'refuse_correction' ground; the written refusal to correct, with its title and clause
  | 'change_payment_details' // data.paymentMethod: new payment details, checked by the service schema; the notice
  | 'setup_payment'; // data.amountKopecks (monthly), data.firstMonth?/lastMonth?: the signed grant's payment assignment starts

// `to` of a transition that records something without changing the state (an extension, new payment details)
export const SAME_STATE = '=';

// Event data that must be a list of codes (kinds, ground codes): the list, or null when it is something else.
export const stringArray = (value: unknown): string[] | null => (Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : null);

// A guard returns null when the event may fire, else the reason it may not (in Russian, shown to the user).
export type Guard = (ctx: GuardContext) => string | null;

export type Transition = {
  event: string;
  title: string;
  from: string[];
  // SAME_STATE: the case stays where it is
  to: string;
  roles: Role[];
  guard?: Guard;
  // what the engine records with the event
  recordsDecision?: 'draft' | 'initial' | 'sign';
  effects?: EngineEffect[];
  // fired by the system (e.g. all interagency answers received), not offered as a button
  automatic?: boolean;
  // automatic: fired by the terms sweep once this term of the case has passed (the applicant's waiting term lapsed:
  // missing documents not brought, rework not returned); the term is the applicant's, so it ends cancelled, not breached
  firesOnExpiryOf?: string;
  // data the engine adds to the event (an automatic refusal's outcome and ground); it overrides what the caller sent
  presetData?: Record<string, unknown>;
};

// What an event carries: the caller's data with the transition's preset data on top.
export const eventData = (transition: Transition, data: Record<string, unknown>): Record<string, unknown> => (transition.presetData ? { ...data, ...transition.presetData } : data);

// The facts a draft decision from this state is taken with whatever the clerk sends: the preset facts of the clerk's
// draft transition (V2: the withdrawal, on which the refusal REF-11 rests, I-36); null when the draft takes the clerk's.
export const presetDraftFacts = (workflow: Workflow, state: string): Record<string, unknown> | null => {
  const draft = workflow.transitions.find((t) => !t.automatic && t.from.includes(state) && (t.effects ?? []).includes('draft_decision') && t.presetData?.['facts'] !== undefined);
  const facts = draft?.presetData?.['facts'];
  return facts !== null && typeof facts === 'object' && !Array.isArray(facts) ? (facts as Record<string, unknown>) : null;
};

export const targetState = (transition: Transition, state: string): string => (transition.to === SAME_STATE ? state : transition.to);

export type StateDefinition = {
  code: string;
  title: string;
  final?: boolean;
  // the decision is taken: the application is no longer pending (a new one is no duplicate)
  decided?: boolean;
};

export type Workflow = {
  initial: string;
  // the event the engine records when it opens a case in `initial` (terms may start on it)
  initialEvent?: string;
  states: StateDefinition[];
  transitions: Transition[];
};

export type EventCheck = { ok: true; transition: Transition } | { ok: false; reason: 'unknown_event' | 'wrong_state' | 'forbidden' | 'guard'; message: string };

// Pure check of one event against a workflow: is it known, allowed from this state, by one of these roles, and does its guard pass?
export const checkEvent = ({ workflow, state, event, roles, payload, data, channel }: { workflow: Workflow; state: string; event: string; roles: Role[]; payload: Record<string, unknown>; data: Record<string, unknown>; channel?: string }): EventCheck => {
  const candidates = workflow.transitions.filter((t) => t.event === event);
  if (candidates.length === 0) return { ok: false, reason: 'unknown_event', message: `Неизвестное действие «${event}»` };
  const fromHere = candidates.filter((t) => t.from.includes(state));
  if (fromHere.length === 0) {
    const stateTitle = workflow.states.find((s) => s.code === state)?.title ?? state;
    return { ok: false, reason: 'wrong_state', message: `Действие «${candidates[0].title}» недоступно в состоянии «${stateTitle}»` };
  }
  const allowed = fromHere.filter((t) => t.roles.some((r) => roles.includes(r)));
  if (allowed.length === 0) return { ok: false, reason: 'forbidden', message: `Действие «${fromHere[0].title}» не разрешено вашей роли` };
  let lastGuardMessage = '';
  for (const t of allowed) {
    const problem = t.guard?.({ state, payload, data: eventData(t, data), channel }) ?? null;
    if (problem === null) return { ok: true, transition: t };
    lastGuardMessage = problem;
  }
  return { ok: false, reason: 'guard', message: lastGuardMessage };
};

export const availableEvents = ({ workflow, state, roles }: { workflow: Workflow; state: string; roles: Role[] }): Transition[] =>
  workflow.transitions.filter((t) => t.from.includes(state) && t.roles.some((r) => roles.includes(r)));
