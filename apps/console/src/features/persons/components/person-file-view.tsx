import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Alert } from '../../../components/alert';
import { fullName } from '../../../lib/format';
import type { PersonalFile } from '../../../types/api';
import { AsOfBanner } from './person-as-of';
import { PersonCard } from './person-card';
import { PersonCases } from './person-cases';
import { PersonDecisions } from './person-decisions';
import { PersonDocuments } from './person-documents';
import { PersonFamily } from './person-family';
import { PersonHistory } from './person-history';
import { PersonMerges } from './person-merges';

type Props = {
  file: PersonalFile;
  // the clerk may change data and family; the admin may merge a duplicate into this file
  canEdit: boolean;
  canMerge: boolean;
  // the edit form shown in place of the card while editing
  editor?: ReactNode;
  onEdit: () => void;
  onMerge: () => void;
  onResetAsOf: () => void;
  onChanged: () => void;
  // where the payments panel of the file goes
  payments?: ReactNode;
};

// The personal file: data and history, family, cases with their terms, decisions, payments, documents, merges.
// As of a past date (file.asOf) it is a read-only historical view; a merged file is read-only too.
export const PersonFileView = ({ file, canEdit, canMerge, editor, onEdit, onMerge, onResetAsOf, onChanged, payments }: Props) => {
  const { person, asOf } = file;
  const merged = file.mergedInto ?? null;
  const writable = !asOf && !merged;
  return (
    <>
      {asOf ? <AsOfBanner asOf={asOf} existedAsOf={file.existedAsOf} onReset={onResetAsOf} /> : null}
      {merged ? (
        <Alert tone="info" title="Личное дело объединено с другим" testId="merged-banner">
          Сведения и история этого дела сохранены; дела, связи и выплаты перенесены в личное дело <Link to={`/persons/${merged.id}`}>{fullName(merged)}</Link>. Изменения вносятся туда.
        </Alert>
      ) : null}
      {editor && writable ? (
        editor
      ) : (
        <PersonCard
          person={person}
          actions={
            writable && (canEdit || canMerge) ? (
              <>
                {canEdit ? (
                  <button type="button" className="button button--small" onClick={onEdit}>
                    Изменить
                  </button>
                ) : null}
                {canMerge ? (
                  <button type="button" className="button button--small" onClick={onMerge}>
                    Объединить с дублем
                  </button>
                ) : null}
              </>
            ) : null
          }
        />
      )}
      <PersonHistory changes={file.changes} asOf={asOf} />
      <PersonFamily personId={person.id} family={file.family} asOf={asOf} canEdit={canEdit && writable} onChanged={onChanged} />
      <PersonCases cases={file.cases} />
      <PersonDecisions decisions={file.decisions} current={person} />
      {payments}
      <PersonDocuments documents={file.documents} />
      <PersonMerges merges={file.merges} />
    </>
  );
};
