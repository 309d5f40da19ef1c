import { Badge, TermChip } from '../../../components/badge';
import { Card } from '../../../components/status';
import { formatDate } from '../../../lib/format';
import type { ComplaintDetail, ComplaintTerm } from '../api/complaints';

const TermItem = ({ t, completedLabel }: { t: ComplaintTerm; completedLabel: string }) => (
  <li className={`terms__item${t.status === 'met' ? ' terms__item--met' : ''}${t.status === 'cancelled' ? ' terms__item--cancelled' : ''}`} data-testid={`term-${t.termId}`}>
    <div className="terms__head">
      <div className="terms__title">{t.title}</div>
      <TermChip status={t.status} dueDate={t.dueDate} workingDaysLeft={t.status === 'met' || t.status === 'cancelled' ? null : t.workingDaysLeft} />
    </div>
    <div className="terms__meta muted small">
      с {formatDate(t.startedOn)}
      {t.completedOn ? ` · ${completedLabel} ${formatDate(t.completedOn)}` : ''}
    </div>
    {/* the explanation is shown open: the clerk and the auditor check the count against the calendar */}
    <p className="small">{t.explanation}</p>
  </li>
);

export const ComplaintTerms = ({ c }: { c: ComplaintDetail }) => (
  <Card title="Сроки" testId="complaint-terms">
    <ul className="terms">
      <TermItem t={c.terms.review} completedLabel="решение принято" />
      {c.terms.reply ? <TermItem t={c.terms.reply} completedLabel="ответ направлен" /> : null}
    </ul>
    {c.shortTerm ? <div className="muted small">Сокращённый срок: обжалуется отказ в приёме документов или в исправлении опечаток (нарушение срока исправления).</div> : null}
    {c.reviewWithinTerm === false ? <Badge tone="danger">решение принято с нарушением срока</Badge> : null}
    {c.replyWithinTerm === false ? <Badge tone="danger">ответ направлен с нарушением срока</Badge> : null}
  </Card>
);
