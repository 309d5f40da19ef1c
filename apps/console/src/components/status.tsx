import type { ReactNode } from 'react';
import { errorMessage } from '../lib/api-client';
import { Alert } from './alert';

export const Loading = ({ label = 'Загрузка…' }: { label?: string }) => (
  <div className="loading" role="status" aria-live="polite">
    <span className="spinner" aria-hidden="true" />
    {label}
  </div>
);

export const LoadError = ({ error, onRetry }: { error: unknown; onRetry?: () => void }) => (
  <Alert
    tone="error"
    title="Не удалось загрузить данные"
    actions={
      onRetry ? (
        <button type="button" className="button button--small" onClick={onRetry}>
          Повторить
        </button>
      ) : null
    }
  >
    {errorMessage(error)}
  </Alert>
);

export const Empty = ({ children }: { children: ReactNode }) => <div className="empty">{children}</div>;

export const PageHeader = ({ title, subtitle, actions }: { title: ReactNode; subtitle?: ReactNode; actions?: ReactNode }) => (
  <div className="page-header">
    <div>
      <h1 className="page-header__title">{title}</h1>
      {subtitle ? <div className="page-header__subtitle">{subtitle}</div> : null}
    </div>
    {actions ? <div className="page-header__actions">{actions}</div> : null}
  </div>
);

export const Card = ({ title, actions, children, className, testId }: { title?: ReactNode; actions?: ReactNode; children: ReactNode; className?: string; testId?: string }) => (
  <section className={`card${className ? ` ${className}` : ''}`} data-testid={testId}>
    {title || actions ? (
      <div className="card__header">
        {title ? <h2 className="card__title">{title}</h2> : <span />}
        {actions ? <div className="card__actions">{actions}</div> : null}
      </div>
    ) : null}
    <div className="card__body">{children}</div>
  </section>
);
