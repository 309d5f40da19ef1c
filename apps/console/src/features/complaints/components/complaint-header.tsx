import { Link } from 'react-router-dom';
import { Badge } from '../../../components/badge';
import { formatDate, formatDateTime } from '../../../lib/format';
import { replyPdfUrl, type ComplaintDetail } from '../api/complaints';
import { COMPLAINT_STATUS_TONE } from './complaints-table';

export const ComplaintHeader = ({ c }: { c: ComplaintDetail }) => {
  const tz = c.authority.timeZone;
  return (
    <div className="case-header card">
      <div className="case-header__top">
        <div>
          <div className="case-header__service">Досудебная (внесудебная) жалоба{c.serviceTitle ? ` · ${c.serviceTitle}` : ''}</div>
          <h1 className="case-header__title">
            Жалоба <span data-testid="complaint-number">№ {c.number}</span>
          </h1>
        </div>
        <div className="case-header__state">
          <Badge tone={COMPLAINT_STATUS_TONE[c.status] ?? 'info'}>{c.statusTitle}</Badge>
          {c.replySha256 ? (
            <a className="button button--small" href={replyPdfUrl(c.id)} target="_blank" rel="noreferrer" data-testid="reply-pdf">
              Ответ заявителю (PDF)
            </a>
          ) : null}
        </div>
      </div>
      <dl className="facts">
        <div>
          <dt>Заявитель</dt>
          <dd>
            {c.complainantPersonId ? <Link to={`/persons/${c.complainantPersonId}`}>{c.complainantName}</Link> : c.complainantName}
            {c.complainantAddress ? <span className="muted small"> {c.complainantAddress}</span> : null}
          </dd>
        </div>
        <div>
          <dt>Орган</dt>
          <dd title={c.authority.name}>{c.authority.shortName || c.authority.name}</dd>
        </div>
        <div>
          <dt>Способ поступления</dt>
          <dd>{c.channelTitle}</dd>
        </div>
        <div>
          <dt>Поступила</dt>
          <dd>{formatDateTime(c.receivedAt, tz)}</dd>
        </div>
        <div>
          <dt>Зарегистрирована</dt>
          <dd>{formatDate(c.registeredOn)}</dd>
        </div>
        {c.caseId ? (
          <div>
            <dt>Дело</dt>
            <dd>
              <Link to={`/cases/${c.caseId}`} data-testid="complaint-case-link">
                № {c.caseNumber ?? 'без номера'}
              </Link>
            </dd>
          </div>
        ) : null}
      </dl>
    </div>
  );
};
