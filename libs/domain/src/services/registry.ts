import { capitalRepairCompensation } from './capital-repair-compensation/definition';
import { housingUtilitiesCompensation } from './housing-utilities-compensation/definition';
import type { ServiceDefinition } from './service-definition';

// Every regulated service the engine runs, by slug (ARCHITECTURE 1).
export const SERVICES: readonly ServiceDefinition[] = [housingUtilitiesCompensation, capitalRepairCompensation];

export const getService = (slug: string): ServiceDefinition | undefined => SERVICES.find((s) => s.slug === slug);

// Automatic transitions the terms sweep fires when the applicant's waiting term lapsed, per service, state and term.
export type ExpiryTransition = { serviceSlug: string; state: string; termId: string; event: string };

export const expiryTransitions = (services: readonly ServiceDefinition[] = SERVICES): ExpiryTransition[] =>
  services.flatMap((s) =>
    s.workflow.transitions.flatMap((t) => (t.firesOnExpiryOf ? t.from.map((state) => ({ serviceSlug: s.slug, state, termId: t.firesOnExpiryOf!, event: t.event })) : [])),
  );
