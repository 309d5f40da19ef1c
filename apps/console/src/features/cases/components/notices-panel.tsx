import { Badge } from '../../../components/badge';
import { Card, Empty } from '../../../components/status';
import { formatDate, formatDateTime } from '../../../lib/format';
import type { CaseNotice } from '../../../types/api';
import { noticePdfUrl } from '../api/case';
import { deliveryTitle } from './procedure-model';

type Props = { caseId: string; notices: CaseNotice[]; timeZone: string };

// What the applicant was sent: each notice once, numbered in the notice journal, with its stored PDF.
export const NoticesPanel = ({ caseId, notices, timeZone }: Props) => (
  <Card title="Уведомления заявителю" testId="notices-panel">
    {notices.length === 0 ? (
      <Empty>Уведомления не направлялись.</Empty>
    ) : (
      <ul className="notices">
        {notices.map((n) => (
          <li key={n.id} className="notices__item" data-testid="notice" data-kind={n.kind}>
            <div className="notices__head">
              <strong>{n.title}</strong>
              <span className="nowrap">
                № {n.number} от {formatDate(n.noticeDate)}
              </span>
              <a className="button button--small" href={noticePdfUrl(caseId, n.id)} target="_blank" rel="noreferrer" data-testid="notice-pdf">
                PDF
              </a>
            </div>
            <div className="muted small">
              Способ направления: {deliveryTitle(n.delivery)}
              {' · '}
              {n.status === 'sent' ? (
                <Badge tone="success">направлено</Badge>
              ) : (
                <Badge tone="warning">подготовлено</Badge>
              )}
              {n.status === 'sent' && (n.sentBy || n.sentAt) ? ` ${[n.sentBy, n.sentAt ? formatDateTime(n.sentAt, timeZone) : null].filter(Boolean).join(', ')}` : ''}
            </div>
            {n.pdfSha256 ? (
              <div className="muted small mono ellipsis-line" title="Контрольная сумма SHA-256 документа">
                SHA-256: {n.pdfSha256}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    )}
  </Card>
);
