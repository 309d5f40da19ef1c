import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CaseRow } from './case.entity';

export type CaseTransition = {
  caseRow: CaseRow;
  event: string;
  fromState: string | null;
  toState: string;
  at: Date;
  version: number;
  // what the transition did, for listeners that act on an effect (a signed grant makes a payment assignment)
  effects?: readonly string[];
  data?: Record<string, unknown>;
  recorded?: Record<string, unknown>;
  actorId?: string;
  legalDate?: string;
};

// Other modules (the channel outbox, notifications) react to a case's state change inside the engine's transaction.
export type CaseTransitionListener = {
  onTransition(em: EntityManager, transition: CaseTransition): Promise<void>;
  // whether onTransition would write anything for this transition (unknown: assume it would)
  writesOn?(transition: CaseTransition): boolean;
};

@Injectable()
export class CaseTransitionHooks {
  private readonly listeners: CaseTransitionListener[] = [];

  register(listener: CaseTransitionListener): void {
    this.listeners.push(listener);
  }

  // No listener writes for it: the engine's own writes may be one statement, its own transaction.
  writesOn(transition: CaseTransition): boolean {
    return this.listeners.some((l) => l.writesOn?.(transition) ?? true);
  }

  async emit(em: EntityManager, transition: CaseTransition): Promise<void> {
    for (const l of this.listeners) await l.onTransition(em, transition);
  }
}
