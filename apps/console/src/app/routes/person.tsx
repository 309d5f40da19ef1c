import { useState } from 'react';
import { Link, Navigate, useLocation, useParams, useSearchParams } from 'react-router-dom';
import { localDateTimeIn, PERSONAL_FILE_TIME_ZONE } from '@casework/domain';
import { Alert, ConflictBanner } from '../../components/alert';
import { Field } from '../../components/field';
import { PersonForm, personToForm } from '../../components/person-form';
import { Card, LoadError, Loading, PageHeader } from '../../components/status';
import { PersonPayments } from '../../features/payments/components/person-payments';
import { personalFilePath, updatePerson } from '../../features/persons/api/persons';
import { AsOfPicker } from '../../features/persons/components/person-as-of';
import { PersonFileView } from '../../features/persons/components/person-file-view';
import { MergeDialog } from '../../features/persons/components/person-merges';
import { useApi } from '../../hooks/use-api';
import { isConflict } from '../../lib/api-client';
import { formatSnils, fullName } from '../../lib/format';
import { useSession } from '../../lib/session';
import type { PersonalFile } from '../../types/api';

type FromMerged = { mergedFrom?: { id: string; name: string } };

export const PersonRoute = () => {
  const { personId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const asOf = params.get('asOf');
  // ?merged=show: stay on a merged file to read it instead of going on to the file that took its place
  const stayOnMerged = params.get('merged') === 'show';
  const { data, error, reload } = useApi<PersonalFile>(personalFilePath(personId, asOf));
  const { user } = useSession();
  const [editing, setEditing] = useState(false);
  const [merging, setMerging] = useState(false);
  const [basis, setBasis] = useState('');
  const [conflict, setConflict] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const canEdit = user?.roles.some((r) => r.role === 'clerk') ?? false;
  const canMerge = user?.roles.some((r) => r.role === 'admin') ?? false;
  const today = localDateTimeIn(new Date(), PERSONAL_FILE_TIME_ZONE).date;
  const fromMerged = (location.state as FromMerged | null)?.mergedFrom;

  const showAsOf = (value: string | null): void => {
    setEditing(false);
    const next = new URLSearchParams(params);
    if (value) next.set('asOf', value);
    else next.delete('asOf');
    setParams(next, { replace: true });
  };

  if (error && !data) return <LoadError error={error} onRetry={reload} />;
  if (!data || data.person.id !== personId) return <Loading />;
  const { person } = data;
  if (data.mergedInto && !stayOnMerged) {
    return <Navigate to={`/persons/${data.mergedInto.id}`} replace state={{ mergedFrom: { id: person.id, name: fullName(person) } } satisfies FromMerged} />;
  }

  return (
    <>
      <PageHeader
        title={fullName(person)}
        subtitle={`Личное дело · СНИЛС ${formatSnils(person.snils)}${data.asOf ? ' · исторический вид' : ''}`}
        actions={<AsOfPicker key={asOf ?? 'now'} asOf={asOf} max={today} onChange={showAsOf} />}
      />
      {fromMerged ? (
        <Alert tone="info">
          Личное дело «{fromMerged.name}» объединено с этим. <Link to={`/persons/${fromMerged.id}?merged=show`}>Открыть объединённое дело</Link>
        </Alert>
      ) : null}
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
      {saved ? <Alert tone="success">{saved}</Alert> : null}
      <PersonFileView
        file={data}
        canEdit={canEdit}
        canMerge={canMerge}
        onEdit={() => {
          setSaved(null);
          setEditing(true);
        }}
        onMerge={() => setMerging(true)}
        onResetAsOf={() => showAsOf(null)}
        onChanged={reload}
        editor={
          editing ? (
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
                  setSaved('Изменения сохранены.');
                  reload();
                }}
              />
            </Card>
          ) : undefined
        }
        // the payments of the personal file, month by month
        payments={<PersonPayments personId={person.id} />}
      />
      {canMerge && merging ? (
        <MergeDialog
          person={person}
          open={merging}
          onClose={() => setMerging(false)}
          onMerged={() => {
            setMerging(false);
            setSaved('Личные дела объединены.');
            reload();
          }}
        />
      ) : null}
    </>
  );
};
