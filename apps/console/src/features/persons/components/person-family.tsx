import { useState } from 'react';
import { Link } from 'react-router-dom';
import { FAMILY_RELATION_TITLES, FAMILY_RELATIONS, familyLinkEndSchema, familyLinkInputSchema, type FamilyLinkInput } from '@casework/domain';
import { Alert } from '../../../components/alert';
import { Badge } from '../../../components/badge';
import { describedBy, Field } from '../../../components/field';
import { Card, Empty } from '../../../components/status';
import { ApiError, errorMessage, isConflict } from '../../../lib/api-client';
import { formatDate, formatSnils, fullName } from '../../../lib/format';
import type { FamilyLink, Person } from '../../../types/api';
import { PersonSearchField } from './person-search-field';
import { addFamilyLink, endFamilyLink, searchPersons } from '../api/persons';

type Errors = Record<string, string>;

const issuesOf = (error: { issues: { path: PropertyKey[]; message: string }[] }): Errors => {
  const out: Errors = {};
  for (const i of error.issues) {
    const key = i.path.map(String).join('.') || '_';
    out[key] ??= i.message;
  }
  return out;
};

const serverErrors = (e: unknown): { message: string; errors: Errors } => ({ message: errorMessage(e), errors: e instanceof ApiError ? e.errors : {} });

const period = (l: FamilyLink): string => `с ${formatDate(l.validFrom)}${l.validTo ? ` по ${formatDate(l.validTo)}` : ' по настоящее время'}`;

// Ending a link: the day and the document, with the version read.
const EndLinkForm = ({ personId, link, onDone, onCancel }: { personId: string; link: FamilyLink; onDone: () => void; onCancel: () => void }) => {
  const [validTo, setValidTo] = useState('');
  const [basis, setBasis] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const prefix = `end-${link.id}`;
  return (
    <form
      className="details-block"
      data-testid="end-link-form"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        setFailure(null);
        const parsed = familyLinkEndSchema.safeParse({ validTo, basis, expectedVersion: link.version });
        if (!parsed.success) {
          setErrors(issuesOf(parsed.error));
          return;
        }
        setErrors({});
        setBusy(true);
        try {
          await endFamilyLink(personId, link.id, parsed.data);
          onDone();
        } catch (err) {
          if (isConflict(err)) setFailure('Связь изменена другим пользователем. Обновите страницу и повторите.');
          else {
            const s = serverErrors(err);
            setErrors(s.errors);
            setFailure(s.message);
          }
        } finally {
          setBusy(false);
        }
      }}
    >
      <div className="details-block__title">Прекращение связи: {fullName(link.relative)}</div>
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      <div className="form-grid form-grid--2">
        <Field id={`${prefix}-to`} label="Дата прекращения" required error={errors.validTo}>
          <input id={`${prefix}-to`} type="date" className="input" min={link.validFrom} value={validTo} onChange={(e) => setValidTo(e.target.value)} aria-describedby={describedBy(`${prefix}-to`, errors.validTo)} />
        </Field>
        <Field id={`${prefix}-basis`} label="Документ-основание" required error={errors.basis} hint="Свидетельство о расторжении брака, акт о прекращении опеки…">
          <input id={`${prefix}-basis`} className="input" value={basis} maxLength={500} onChange={(e) => setBasis(e.target.value)} aria-describedby={describedBy(`${prefix}-basis`, errors.basis, true)} />
        </Field>
      </div>
      <div className="form-actions form-actions--start">
        <button type="submit" className="button button--primary button--small" disabled={busy}>
          Прекратить связь
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          Отмена
        </button>
      </div>
    </form>
  );
};

type NewLink = { relation: string; validFrom: string; validTo: string; basis: string };

// A new link: the relative found by surname or SNILS, the kind, the dates and the document.
const AddLinkForm = ({ personId, onDone, onCancel }: { personId: string; onDone: () => void; onCancel: () => void }) => {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Person[] | null>(null);
  const [relative, setRelative] = useState<Person | null>(null);
  const [values, setValues] = useState<NewLink>({ relation: 'child', validFrom: '', validTo: '', basis: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof NewLink) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [k]: e.target.value }));

  const search = async (): Promise<void> => {
    const v = query.trim();
    if (!v) return;
    const digits = v.replace(/[\s-]/g, '');
    try {
      setFound((await searchPersons(/^\d{11}$/.test(digits) ? { snils: v } : { q: v })).filter((p) => p.id !== personId));
    } catch (e) {
      setFailure(errorMessage(e));
    }
  };

  return (
    <form
      className="details-block"
      data-testid="add-link-form"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        setFailure(null);
        const input: FamilyLinkInput = { relativeId: relative?.id ?? '', relation: values.relation as FamilyLinkInput['relation'], validFrom: values.validFrom, validTo: values.validTo || null, basis: values.basis };
        const parsed = familyLinkInputSchema.safeParse(input);
        if (!parsed.success) {
          setErrors(issuesOf(parsed.error));
          return;
        }
        setErrors({});
        setBusy(true);
        try {
          await addFamilyLink(personId, parsed.data);
          onDone();
        } catch (err) {
          const s = serverErrors(err);
          setErrors(s.errors);
          setFailure(s.message);
        } finally {
          setBusy(false);
        }
      }}
    >
      <div className="details-block__title">Новая семейная связь</div>
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      {relative ? (
        <div className="selected-person">
          <div>
            <div className="selected-person__name">{fullName(relative)}</div>
            <div className="muted">
              {formatDate(relative.birthDate)} г. р. · СНИЛС {formatSnils(relative.snils)}
            </div>
          </div>
          <button type="button" className="button button--small" onClick={() => setRelative(null)}>
            Выбрать другого
          </button>
        </div>
      ) : (
        <>
          <PersonSearchField id="link-relative-q" label="Родственник: фамилия (начало) или СНИЛС" required error={errors.relativeId} query={query} onQuery={setQuery} onSearch={() => void search()} />
          {found ? (
            found.length === 0 ? (
              <Empty>Никого не найдено: сначала заведите личное дело родственника.</Empty>
            ) : (
              <ul className="plain-list" aria-label="Найденные граждане">
                {found.map((p) => (
                  <li key={p.id}>
                    <button type="button" className="link-button" onClick={() => setRelative(p)}>
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
      <div className="form-grid form-grid--4">
        <Field id="link-relation" label="Кем приходится" required error={errors.relation}>
          <select id="link-relation" className="input" value={values.relation} onChange={set('relation')}>
            {FAMILY_RELATIONS.map((r) => (
              <option key={r} value={r}>
                {FAMILY_RELATION_TITLES[r]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="link-from" label="Действует с" required error={errors.validFrom}>
          <input id="link-from" type="date" className="input" value={values.validFrom} onChange={set('validFrom')} aria-describedby={describedBy('link-from', errors.validFrom)} />
        </Field>
        <Field id="link-to" label="по (если прекращена)" error={errors.validTo}>
          <input id="link-to" type="date" className="input" value={values.validTo} onChange={set('validTo')} aria-describedby={describedBy('link-to', errors.validTo)} />
        </Field>
        <Field id="link-basis" label="Документ-основание" required error={errors.basis}>
          <input id="link-basis" className="input" value={values.basis} maxLength={500} onChange={set('basis')} aria-describedby={describedBy('link-basis', errors.basis)} />
        </Field>
      </div>
      <div className="form-actions form-actions--start">
        <button type="submit" className="button button--primary button--small" disabled={busy}>
          Добавить связь
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          Отмена
        </button>
      </div>
    </form>
  );
};

type Props = { personId: string; family: FamilyLink[]; asOf?: string; canEdit: boolean; onChanged: () => void };

// Family links with their dates and documents; a link recorded in the relative's file shows here inverted.
export const PersonFamily = ({ personId, family, asOf, canEdit, onChanged }: Props) => {
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<string | null>(null);
  const shown = asOf ? family.filter((l) => l.active) : family;
  const editable = canEdit && !asOf;
  const endingLink = shown.find((l) => l.id === ending);
  return (
    <Card
      title="Семья и совместно зарегистрированные"
      testId="person-family"
      actions={
        editable && !adding ? (
          <button type="button" className="button button--small" onClick={() => setAdding(true)}>
            + Добавить связь
          </button>
        ) : null
      }
    >
      {asOf ? <p className="muted small">Связи, действовавшие на {formatDate(asOf)}.</p> : null}
      {adding ? (
        <AddLinkForm
          personId={personId}
          onCancel={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            onChanged();
          }}
        />
      ) : null}
      {shown.length === 0 ? (
        <Empty>Связей нет.</Empty>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Кем приходится</th>
                <th scope="col">Гражданин</th>
                <th scope="col">Период</th>
                <th scope="col">Основание</th>
                <th scope="col">Состояние</th>
                {editable ? <th scope="col" /> : null}
              </tr>
            </thead>
            <tbody>
              {shown.map((l) => (
                <tr key={l.id} data-testid="family-link" data-relation={l.relation}>
                  <td>{l.relationTitle}</td>
                  <td>
                    <Link to={`/persons/${l.relative.id}`}>{fullName(l.relative)}</Link>
                    <div className="muted small">{formatDate(l.relative.birthDate)} г. р.</div>
                  </td>
                  <td className="nowrap">{period(l)}</td>
                  <td>
                    {l.basis}
                    {l.endBasis ? <div className="muted small">Прекращена: {l.endBasis}</div> : null}
                  </td>
                  <td>{l.active ? <Badge tone="success">действует</Badge> : <Badge tone="muted">{l.validTo !== null ? 'прекращена' : 'ещё не действует'}</Badge>}</td>
                  {editable ? (
                    <td className="nowrap">
                      {l.validTo === null && ending !== l.id ? (
                        <button type="button" className="button button--small" onClick={() => setEnding(l.id)}>
                          Прекратить
                        </button>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {endingLink && editable ? (
        <EndLinkForm
          personId={personId}
          link={endingLink}
          onCancel={() => setEnding(null)}
          onDone={() => {
            setEnding(null);
            onChanged();
          }}
        />
      ) : null}
    </Card>
  );
};
