import type { ReactNode } from 'react';

type FieldProps = {
  id: string;
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
  children: ReactNode;
};

// Label, control, hint and error in one block; the control should set aria-describedby={describedBy(id, …)}.
export const Field = ({ id, label, error, hint, required, className, children }: FieldProps) => (
  <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
    <label className={`field__label${required ? ' field__label--required' : ''}`} htmlFor={id}>
      {label}
    </label>
    {children}
    {hint && !error ? (
      <div className="field__hint" id={`${id}-hint`}>
        {hint}
      </div>
    ) : null}
    {error ? (
      <div className="field__error" id={`${id}-error`} role="alert">
        {error}
      </div>
    ) : null}
  </div>
);

export const describedBy = (id: string, error?: string, hint?: boolean): string | undefined =>
  error ? `${id}-error` : hint ? `${id}-hint` : undefined;

// A group of checkboxes or radios with a legend and one error.
export const FieldSet = ({ legend, error, id, children, className }: { legend: ReactNode; error?: string; id: string; children: ReactNode; className?: string }) => (
  <fieldset className={`fieldset${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`} aria-describedby={error ? `${id}-error` : undefined} id={id}>
    <legend className="field__label">{legend}</legend>
    {children}
    {error ? (
      <div className="field__error" id={`${id}-error`} role="alert">
        {error}
      </div>
    ) : null}
  </fieldset>
);
