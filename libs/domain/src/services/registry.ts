import { housingUtilitiesCompensation } from './housing-utilities-compensation/definition';
import type { ServiceDefinition } from './service-definition';

// Every regulated service the engine runs, by slug (ARCHITECTURE 1).
export const SERVICES: readonly ServiceDefinition[] = [housingUtilitiesCompensation];

export const getService = (slug: string): ServiceDefinition | undefined => SERVICES.find((s) => s.slug === slug);
