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
  | 'refuse_acceptance' // data.groundCode: a refuse_accept ground valid for the channel
  | 'send_interagency_requests' // data.kinds: interagency data kinds of the service
  | 'draft_decision' // data.outcome grant|refuse, data.groundCodes (refuse grounds)
  | 'initial_decision' // the deputy's check and signature
  | 'sign_decision' // the head's approval: number, date, PDF, SHA-256; immutable from now on
  | 'return_decision' // the draft goes back for rework
  | 'send_copy'; // the copy of the decision is sent to the applicant

// A guard returns null when the event may fire, else the reason it may not (in Russian, shown to the user).
export type Guard = (ctx: GuardContext) => string | null;

export type Transition = {
  event: string;
  title: string;
  from: string[];
  to: string;
  roles: Role[];
  guard?: Guard;
  // what the engine records with the event
  recordsDecision?: 'draft' | 'initial' | 'sign';
  effects?: EngineEffect[];
  // fired by the system (e.g. all interagency answers received), not offered as a button
  automatic?: boolean;
};

export type StateDefinition = {
  code: string;
  title: string;
  final?: boolean;
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
    const problem = t.guard?.({ state, payload, data, channel }) ?? null;
    if (problem === null) return { ok: true, transition: t };
    lastGuardMessage = problem;
  }
  return { ok: false, reason: 'guard', message: lastGuardMessage };
};

export const availableEvents = ({ workflow, state, roles }: { workflow: Workflow; state: string; roles: Role[] }): Transition[] =>
  workflow.transitions.filter((t) => t.from.includes(state) && t.roles.some((r) => roles.includes(r)));
