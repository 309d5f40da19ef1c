import type { LocalDate } from '@casework/domain';

export type InteragencySubject = { snils: string | null; lastName: string; firstName: string; middleName: string | null; birthDate: LocalDate };

export type InteragencyOutgoing = { number: string; kind: string; title: string; agency: string; subject: InteragencySubject; referenceMonth?: string };

// incomplete: the agency answered but some data is missing or contradictory (the request may be sent again)
export type InteragencyAnswer =
  | { status: 'pending' }
  | { status: 'answered'; answer: Record<string, unknown> }
  | { status: 'incomplete'; answer: Record<string, unknown>; missing: string[] }
  | { status: 'failed'; reason: string };

// The boundary to СМЭВ: the built-in simulator implements it now; a real СМЭВ adapter replaces it without touching the engine.
export abstract class InteragencyGateway {
  abstract send(request: InteragencyOutgoing): Promise<{ externalId: string }>;
  // dueDate: the answer's term, so a simulated agency can answer late
  abstract fetch(request: InteragencyOutgoing & { externalId: string; dueDate: LocalDate }): Promise<InteragencyAnswer>;
}
