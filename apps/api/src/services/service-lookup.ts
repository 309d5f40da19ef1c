import { getService, type ServiceDefinition } from '@casework/domain';
import { ApiException } from '../common/api.exception';

// A service slug from a request: an unknown one is the caller's error, named by its field.
export const serviceOrThrow = (slug: string): ServiceDefinition => {
  const service = getService(slug);
  if (!service) throw new ApiException('VALIDATION_FAILED', `Неизвестная услуга «${slug}»`, { serviceSlug: 'Неизвестная услуга' });
  return service;
};
