import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { Alert, ConflictBanner } from '../../components/alert';
import { Field } from '../../components/field';
import { PersonForm, personToForm } from '../../components/person-form';
import { Card, LoadError, Loading, PageHeader } from '../../components/status';
import { personalFilePath, updatePerson } from '../../features/persons/api/persons';
import { PersonCard } from '../../features/persons/components/person-card';
import { PersonCases } from '../../features/persons/components/person-cases';
import { PersonHistory } from '../../features/persons/components/person-history';
import { useApi } from '../../hooks/use-api';
import { isConflict } from '../../lib/api-client';
import { formatSnils, fullName } from '../../lib/format';
import { useServices } from '../../lib/reference';
import { useSession } from '../../lib/session';
import type { PersonalFile } from '../../types/api';

export const PersonRoute = () => {
  const { personId = '' } = useParams();
  const { data, error, reload } = useApi<PersonalFile>(personalFilePath(personId));
  const { services = [] } = useServices();
  const { user } = useSession();
  const [editing, setEditing] = useState(false);
  const [basis, setBasis] = useState('');
  const [conflict, setConflict] = useState(false);
  const [saved, setSaved] = useState(false);
  const canEdit = user?.roles.some((r) => r.role === 'clerk') ?? false;

  if (error && !data) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <Loading />;
  const { person } = data;

  return (
    <>
      <PageHeader title={fullName(person)} subtitle={`Личное дело · СНИЛС ${formatSnils(person.snils)}`} />
      {conflict ? (
        <ConflictBanner
          title="Сведения изменены другим пользователем"
          text="Ваши изменения не сохранены. Обновите страницу и внесите их снова."
          onReload={() => {
            setConflict(false);
            setEditing(false);
            reload();
          }}
        />
      ) : null}
      {saved ? <Alert tone="success">Изменения сохранены.</Alert> : null}
      {editing ? (
        <Card title="Изменение сведений">
          <PersonForm
            key={person.version}
            initial={personToForm(person)}
            submitLabel="Сохранить изменения"
            errorPrefix="data."
            onCancel={() => setEditing(false)}
            extra={
              <Field id="person-basis" label="Основание изменения" hint="Например: заявление гражданина, паспорт 65 20 123456">
                <input id="person-basis" className="input" value={basis} onChange={(e) => setBasis(e.target.value)} maxLength={500} />
              </Field>
            }
            onSubmit={async (form) => {
              try {
                await updatePerson(person.id, { expectedVersion: person.version, basis: basis.trim() || undefined, data: form });
              } catch (e) {
                if (isConflict(e)) {
                  setConflict(true);
                  return;
                }
                throw e;
              }
              setEditing(false);
              setBasis('');
              setSaved(true);
              reload();
            }}
          />
        </Card>
      ) : (
        <PersonCard
          person={person}
          actions={
            canEdit ? (
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  setSaved(false);
                  setEditing(true);
                }}
              >
                Изменить
              </button>
            ) : null
          }
        />
      )}
      <PersonCases cases={data.cases} services={services} />
      <PersonHistory changes={data.changes} />
    </>
  );
};
