import { useState } from 'react';
import { Field } from '../../components/field';
import { Card, LoadError, Loading, PageHeader } from '../../components/status';
import { journalPath, journalPdfUrl, type Journal, type JournalQuery } from '../../features/journal/api/journal';
import { JournalTable } from '../../features/journal/components/journal-table';
import { useApi } from '../../hooks/use-api';
import { todayLocal } from '../../lib/format';
import { useServices } from '../../lib/reference';
import { useSession } from '../../lib/session';

const monthStart = (date: string): string => `${date.slice(0, 7)}-01`;

// The journal of registration of applications (capital repair App 2; the Journal of housing cl. 43, 62) of the current
// authority for a service and a period, on screen and as the PDF to file.
export const JournalRoute = () => {
  const { authority } = useSession();
  const { services } = useServices();
  const [form, setForm] = useState({ serviceSlug: '', from: monthStart(todayLocal()), to: todayLocal() });
  const serviceSlug = form.serviceSlug || services?.[0]?.slug || '';
  const query: JournalQuery | null = authority && serviceSlug && form.from && form.to ? { authorityId: authority.id, serviceSlug, from: form.from, to: form.to } : null;
  const { data, error, loading, reload } = useApi<Journal>(query ? journalPath(query) : null);

  return (
    <>
      <PageHeader
        title="Журнал регистрации заявлений"
        subtitle={authority?.name}
        actions={
          query ? (
            <a className="button" href={journalPdfUrl(query)} target="_blank" rel="noreferrer" data-testid="journal-pdf">
              Журнал (PDF)
            </a>
          ) : null
        }
      />
      <Card>
        <div className="filters">
          <Field id="journal-service" label="Услуга" className="filters__item">
            <select id="journal-service" className="input" value={serviceSlug} onChange={(e) => setForm({ ...form, serviceSlug: e.target.value })}>
              {(services ?? []).map((s) => (
                <option key={s.slug} value={s.slug}>
                  {s.shortTitle}
                </option>
              ))}
            </select>
          </Field>
          <Field id="journal-from" label="С" className="filters__item">
            <input id="journal-from" type="date" className="input" value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })} />
          </Field>
          <Field id="journal-to" label="По" className="filters__item">
            <input id="journal-to" type="date" className="input" value={form.to} onChange={(e) => setForm({ ...form, to: e.target.value })} />
          </Field>
        </div>
      </Card>
      {error ? <LoadError error={error} onRetry={reload} /> : loading || !data ? <Loading /> : (
        <Card title={data.service.journalTitle}>
          <JournalTable journal={data} />
        </Card>
      )}
    </>
  );
};
