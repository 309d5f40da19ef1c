import { formatDate, formatSnils, fullName } from '../lib/format';
import type { DuplicateCandidate } from '../types/api';
import { Alert } from './alert';

type Props = { candidates: DuplicateCandidate[]; confirmed: boolean; onConfirmChange: (confirmed: boolean) => void; error?: string; idPrefix: string };

// One person, one file: the files the near-duplicate rule found, each opening in a new tab, and the clerk's
// confirmation that the new one is another human being.
export const DuplicateWarning = ({ candidates, confirmed, onConfirmChange, error, idPrefix }: Props) => {
  if (candidates.length === 0) return null;
  const checkId = `${idPrefix}-confirm-distinct`;
  return (
    <Alert tone="warning" title="Возможно, этот гражданин уже есть в базе" testId="duplicate-warning">
      <p>Проверьте найденные личные дела. Если это тот же человек, откройте его дело вместо заведения нового.</p>
      <ul className="plain-list" aria-label="Похожие личные дела">
        {candidates.map((c) => (
          <li key={c.id} data-testid="duplicate-candidate">
            <a href={`/persons/${c.id}`} target="_blank" rel="noreferrer">
              {fullName(c)}
            </a>
            , {formatDate(c.birthDate)} г. р., СНИЛС {formatSnils(c.snils)} — <span className="muted">{c.reason}</span>
          </li>
        ))}
      </ul>
      <label className="check" htmlFor={checkId}>
        <input id={checkId} type="checkbox" checked={confirmed} onChange={(e) => onConfirmChange(e.target.checked)} aria-describedby={error ? `${checkId}-error` : undefined} />
        Это другой человек
      </label>
      {error ? (
        <div className="field__error" id={`${checkId}-error`} role="alert">
          {error}
        </div>
      ) : null}
    </Alert>
  );
};
