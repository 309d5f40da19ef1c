import type { ReactNode } from 'react';
import { formatDate, workingDaysText } from '../lib/format';
import { stateTone, termLeftText, termTone } from '../lib/term-tone';

export const StateBadge = ({ code, title }: { code: string; title: string }) => (
  <span className={`badge badge--${stateTone(code)}`} data-state={code} data-testid="state-badge">
    {title}
  </span>
);

export const Badge = ({ tone = 'info', children }: { tone?: string; children: ReactNode }) => <span className={`badge badge--${tone}`}>{children}</span>;

// A term's due date with the working days left, coloured by urgency.
export const TermChip = ({ status, dueDate, workingDaysLeft, title }: { status: string; dueDate: string | null; workingDaysLeft: number | null; title?: string }) => {
  const tone = termTone(status, workingDaysLeft);
  const left = termLeftText(status, workingDaysLeft);
  return (
    <span className={`term term--${tone}`} title={title} data-tone={tone}>
      <span className="term__date">{formatDate(dueDate)}</span>
      {left ? <span className="term__left">{left}</span> : null}
    </span>
  );
};

export const daysLeftLabel = (n: number | null): string => (n === null ? '' : workingDaysText(n));
