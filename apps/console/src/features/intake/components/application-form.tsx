import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { IntakeRequest } from '@casework/domain';
import { Loading } from '../../../components/status';
import type { Person, Service } from '../../../types/api';
import { HousingForm } from './housing-form';

const CAPITAL_REPAIR_SLUG = 'capital-repair-compensation';
// The capital-repair form (and its schema) is its own chunk, loaded when the clerk chooses the service.
const CapitalRepairForm = lazy(() => import('./capital-repair-form').then((m) => ({ default: m.CapitalRepairForm })));

type Props = {
  applicant: Person;
  services: Service[];
  authorityId: string;
  onBack: () => void;
  onSubmit: (request: IntakeRequest) => Promise<void>;
  // the counter's calculator: what it shows before «Рассчитать» for the chosen service
  calculator?: { extra: (serviceSlug: string) => ReactNode };
};

// Each service has its own application form; the service chooser sits in each form's first card.
export const ApplicationForm = ({ applicant, services, authorityId, onBack, onSubmit, calculator }: Props) => {
  const [serviceSlug, setServiceSlug] = useState(services[0]?.slug ?? '');
  const props = { applicant, services, serviceSlug, onServiceChange: setServiceSlug, authorityId, onBack, onSubmit, ...(calculator ? { calculator: { extra: calculator.extra(serviceSlug) } } : {}) };
  if (serviceSlug === CAPITAL_REPAIR_SLUG) {
    return (
      <Suspense fallback={<Loading label="Загрузка формы заявления…" />}>
        <CapitalRepairForm key={serviceSlug} {...props} />
      </Suspense>
    );
  }
  return <HousingForm key={serviceSlug} {...props} />;
};
