import { Link } from 'react-router-dom';
import { StateBadge } from '../../../components/badge';
import { formatDate, formatDateTime, formatSnils, fullName } from '../../../lib/format';
import type { CaseDetail } from '../../../types/api';
import { receiptUrl } from '../api/case';

export const CaseHeader = ({ c, channelTitle, variantTitle }: { c: CaseDetail; channelTitle: string; variantTitle?: string }) => {
  const tz = c.authority.timeZone;
  return (
    <div className="case-header card">
      <div className="case-header__top">
        <div>
          <div className="case-header__service">{c.serviceTitle}</div>
          <h1 className="case-header__title">
            Дело {c.number ? <span data-testid="case-number">№ {c.number}</span> : <span className="muted">(не зарегистрировано)</span>}
          </h1>
        </div>
        <div className="case-header__state">
          <StateBadge code={c.state} title={c.stateTitle} />
          {c.registeredAt ? (
            <a className="button button--small" href={receiptUrl(c.id)} target="_blank" rel="noreferrer" data-testid="receipt-link">
              Расписка (PDF)
            </a>
          ) : null}
        </div>
      </div>
      <dl className="facts">
        <div>
          <dt>Заявитель</dt>
          <dd>
            <Link to={`/persons/${c.applicant.id}`} data-testid="applicant-link">
              {fullName(c.applicant)}
            </Link>
            <span className="muted small">
              {' '}
              {formatDate(c.applicant.birthDate)} г. р., СНИЛС {formatSnils(c.applicant.snils)}
            </span>
          </dd>
        </div>
        <div>
          <dt>Орган</dt>
          <dd title={c.authority.name}>{c.authority.shortName || c.authority.name}</dd>
        </div>
        <div>
          <dt>Способ подачи</dt>
          <dd>{channelTitle}</dd>
        </div>
        {variantTitle ? (
          <div>
            <dt>Вариант</dt>
            <dd>{variantTitle}</dd>
          </div>
        ) : null}
        <div>
          <dt>Поступило</dt>
          <dd>{formatDateTime(c.receivedAt, tz)}</dd>
        </div>
        <div>
          <dt>Зарегистрировано</dt>
          <dd>{c.registeredAt ? formatDateTime(c.registeredAt, tz) : '—'}</dd>
        </div>
        {c.decidedOn ? (
          <div>
            <dt>Решение принято</dt>
            <dd>{formatDate(c.decidedOn)}</dd>
          </div>
        ) : null}
      </dl>
    </div>
  );
};
