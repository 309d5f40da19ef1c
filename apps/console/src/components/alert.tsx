import type { ReactNode } from 'react';

type AlertProps = { tone?: 'error' | 'warning' | 'info' | 'success'; title?: ReactNode; children?: ReactNode; actions?: ReactNode; testId?: string };

export const Alert = ({ tone = 'info', title, children, actions, testId }: AlertProps) => (
  <div className={`alert alert--${tone}`} role={tone === 'error' || tone === 'warning' ? 'alert' : 'status'} data-testid={testId}>
    <div className="alert__body">
      {title ? <div className="alert__title">{title}</div> : null}
      {children ? <div className="alert__text">{children}</div> : null}
    </div>
    {actions ? <div className="alert__actions">{actions}</div> : null}
  </div>
);

// Field errors the form could not place next to a field.
export const ErrorList = ({ errors }: { errors: Record<string, string> }) => {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <ul className="alert__list">
      {entries.map(([field, message]) => (
        <li key={field}>
          {message} <span className="muted">({field})</span>
        </li>
      ))}
    </ul>
  );
};

// 409: someone else changed the record first; nothing was saved, the user reloads and repeats.
export const ConflictBanner = ({ title, text, reloadLabel = 'Обновить', onReload }: { title: string; text: string; reloadLabel?: string; onReload: () => void }) => (
  <Alert
    tone="warning"
    title={title}
    testId="conflict-banner"
    actions={
      <button type="button" className="button button--small" onClick={onReload}>
        {reloadLabel}
      </button>
    }
  >
    {text}
  </Alert>
);
