import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert } from '../../components/alert';
import { LoadError, Loading, PageHeader } from '../../components/status';
import { createCase } from '../../features/intake/api/intake';
import { ApplicantStep } from '../../features/intake/components/applicant-step';
import { ApplicationForm } from '../../features/intake/components/application-form';
import { useServices } from '../../lib/reference';
import { useSession } from '../../lib/session';
import type { Person } from '../../types/api';

const STEPS = ['Заявитель', 'Заявление и документы'];

// Services whose application form the console has, in the chooser's order; others are taken through the portal or MFC for now.
const WITH_FORM = ['housing-utilities-compensation', 'capital-repair-compensation'];

export const IntakeRoute = () => {
  const { authority, hasRole } = useSession();
  const navigate = useNavigate();
  const { services: all, error } = useServices();
  const services = all ? WITH_FORM.flatMap((slug) => all.filter((s) => s.slug === slug)) : undefined;
  const [step, setStep] = useState(0);
  const [applicant, setApplicant] = useState<Person | null>(null);

  return (
    <>
      <PageHeader title="Новое заявление" subtitle={authority ? `Приём в: ${authority.name}` : undefined} />
      <ol className="steps" aria-label="Шаги приёма">
        {STEPS.map((s, i) => (
          <li key={s} className={`steps__item${i === step ? ' steps__item--current' : ''}${i < step ? ' steps__item--done' : ''}`} aria-current={i === step ? 'step' : undefined}>
            <span className="steps__num">{i + 1}</span> {s}
          </li>
        ))}
      </ol>
      {authority && !hasRole('clerk') ? <Alert tone="warning">В выбранном органе у вас нет роли специалиста: приём заявлений недоступен. Выберите другой орган вверху страницы.</Alert> : null}
      {step === 0 ? <ApplicantStep selected={applicant} onSelect={setApplicant} onNext={() => setStep(1)} /> : null}
      {step === 1 && applicant ? (
        error ? (
          <LoadError error={error} />
        ) : !services || !authority ? (
          <Loading />
        ) : (
          <ApplicationForm
            applicant={applicant}
            services={services}
            authorityId={authority.id}
            onBack={() => setStep(0)}
            onSubmit={async (request) => {
              const created = await createCase(request);
              navigate(`/cases/${created.id}`, { state: { notice: 'Заявление принято' } });
            }}
          />
        )
      ) : null}
    </>
  );
};
