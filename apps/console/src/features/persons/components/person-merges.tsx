import { useState } from 'react';
import { Link } from 'react-router-dom';
import { personMergeSchema } from '@casework/domain';
import { Alert, ErrorList } from '../../../components/alert';
import { Dialog } from '../../../components/dialog';
import { describedBy, Field } from '../../../components/field';
import { Card, Empty } from '../../../components/status';
import { ApiError, errorMessage, isConflict } from '../../../lib/api-client';
import { formatDate, formatDateTime, formatSnils, fullName } from '../../../lib/format';
import type { Person, PersonMergeRecord } from '../../../types/api';
import { mergePerson, searchPersons } from '../api/persons';
import { PersonSearchField } from './person-search-field';

const movedText = (m: PersonMergeRecord['moved']): string =>
  [`дел: ${m.cases}`, `семейных связей: ${m.familyLinks}`, m.familyLinksDropped ? `связей-дублей снято: ${m.familyLinksDropped}` : null, `назначений выплат: ${m.paymentAssignments}`, `жалоб: ${m.complaints}`].filter(Boolean).join(', ');

// Merges this file took part in: which file was joined to which, by whom, when, why and what moved.
export const PersonMerges = ({ merges }: { merges: PersonMergeRecord[] }) => (
  <Card title="Объединения личных дел" testId="person-merges">
    {merges.length === 0 ? (
      <Empty>Личное дело не объединялось.</Empty>
    ) : (
      <ul className="plain-list">
        {merges.map((m) => (
          <li key={m.id} data-testid="person-merge" data-role={m.role}>
            {m.role === 'survivor' ? (
              <>
                Присоединено личное дело <Link to={`/persons/${m.merged.id}?merged=show`}>{m.merged.name}</Link> ({formatDate(m.merged.birthDate)} г. р.)
              </>
            ) : (
              <>
                Объединено с личным делом <Link to={`/persons/${m.survivor.id}`}>{m.survivor.name}</Link>
              </>
            )}
            <div className="muted small">
              {formatDateTime(m.mergedAt)}, {m.mergedBy}. Причина: {m.reason}. Перенесено — {movedText(m.moved)}.
            </div>
          </li>
        ))}
      </ul>
    )}
  </Card>
);

type DialogProps = { person: Person; open: boolean; onClose: () => void; onMerged: () => void };

// Admin only: the duplicate found by surname or SNILS is merged into this file (the survivor), with a reason.
export const MergeDialog = ({ person, open, onClose, onMerged }: DialogProps) => {
  const [query, setQuery] = useState(person.lastName);
  const [found, setFound] = useState<Person[] | null>(null);
  const [duplicate, setDuplicate] = useState<Person | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const search = async (): Promise<void> => {
    const v = query.trim();
    if (!v) return;
    const digits = v.replace(/[\s-]/g, '');
    try {
      setFound((await searchPersons(/^\d{11}$/.test(digits) ? { snils: v } : { q: v })).filter((p) => p.id !== person.id));
    } catch (e) {
      setFailure(errorMessage(e));
    }
  };

  const submit = async (): Promise<void> => {
    setFailure(null);
    const parsed = personMergeSchema.safeParse({ duplicateId: duplicate?.id, expectedVersion: person.version, duplicateExpectedVersion: duplicate?.version, reason });
    if (!parsed.success) {
      const out: Record<string, string> = {};
      for (const i of parsed.error.issues) out[i.path.map(String).join('.')] ??= i.message;
      setErrors(out);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await mergePerson(person.id, parsed.data);
      onMerged();
    } catch (e) {
      if (isConflict(e)) setFailure('Одно из личных дел изменено другим пользователем. Закройте окно, обновите страницу и повторите.');
      else {
        setFailure(errorMessage(e));
        setErrors(e instanceof ApiError ? e.errors : {});
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      wide
      title="Объединить с дублем"
      footer={
        <>
          <button type="button" className="button button--primary" disabled={busy || !duplicate} onClick={() => void submit()}>
            Объединить
          </button>
          <button type="button" className="button" onClick={onClose}>
            Отмена
          </button>
        </>
      }
    >
      <p>
        Дела, семейные связи, назначения выплат и жалобы дублирующего личного дела перейдут в дело <strong>{fullName(person)}</strong> ({formatDate(person.birthDate)} г. р.). Дубль останется в базе с пометкой об
        объединении; объединение записывается в историю обоих дел и не отменяется.
      </p>
      {failure ? (
        <Alert tone="error" title={failure}>
          <ErrorList errors={Object.fromEntries(Object.entries(errors).filter(([k]) => k !== 'reason'))} />
        </Alert>
      ) : null}
      {duplicate ? (
        <div className="selected-person" data-testid="merge-duplicate">
          <div>
            <div className="selected-person__name">{fullName(duplicate)}</div>
            <div className="muted">
              {formatDate(duplicate.birthDate)} г. р. · СНИЛС {formatSnils(duplicate.snils)}
              {duplicate.registrationAddress ? ` · ${duplicate.registrationAddress}` : ''}
            </div>
          </div>
          <button type="button" className="button button--small" onClick={() => setDuplicate(null)}>
            Выбрать другое
          </button>
        </div>
      ) : (
        <>
          <PersonSearchField id="merge-q" label="Дублирующее личное дело: фамилия (начало) или СНИЛС" error={errors.duplicateId} query={query} onQuery={setQuery} onSearch={() => void search()} />
          {found ? (
            found.length === 0 ? (
              <Empty>Других личных дел не найдено.</Empty>
            ) : (
              <ul className="plain-list" aria-label="Найденные личные дела">
                {found.map((p) => (
                  <li key={p.id}>
                    <button type="button" className="link-button" onClick={() => setDuplicate(p)}>
                      {fullName(p)}
                    </button>{' '}
                    <span className="muted small">
                      {formatDate(p.birthDate)} г. р. · СНИЛС {formatSnils(p.snils)}
                    </span>
                  </li>
                ))}
              </ul>
            )
          ) : null}
        </>
      )}
      <Field id="merge-reason" label="Причина объединения" required error={errors.reason}>
        <textarea id="merge-reason" className="input" rows={3} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} aria-describedby={describedBy('merge-reason', errors.reason)} />
      </Field>
    </Dialog>
  );
};
