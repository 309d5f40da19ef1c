import { Link } from 'react-router-dom';
import { StateBadge } from '../../../components/badge';
import { formatDate, formatDateTime, formatSnils, fullName } from '../../../lib/format';
import type { CaseDetail } from '../../../types/api';
import { applicationUrl, receiptUrl } from '../api/case';

type Props = { c: CaseDetail; channelTitle: string; variantTitle?: string; canComplain?: boolean };

export const CaseHeader = ({ c, channelTitle, variantTitle, canComplain = false }: Props) => {
  const tz = c.authority.timeZone;
  const arrivedOn = formatDate(c.receivedAt, tz);
  // the legal day of receipt differs from the arrival (after hours, a day off, an MFC transfer): terms count from it
  const legalDiffers = Boolean(c.receivedOn) && formatDate(c.receivedOn) !== arrivedOn;
  return (
    <div className="case-header card">
      {c.duplicateOf ? (
        <div className="alert alert--warning case-header__duplicate" role="note" data-testid="duplicate-banner">
          <div className="alert__body">
            <div className="alert__title">
              Повторное заявление: у заявителя есть заявление в работе —{' '}
              <Link to={`/cases/${c.duplicateOf.id}`} data-testid="duplicate-link">
                дело {c.duplicateOf.number ? `№ ${c.duplicateOf.number}` : 'без номера'}
              </Link>
              {c.duplicateOf.stateTitle ? ` («${c.duplicateOf.stateTitle}»)` : ''}
            </div>
            {c.duplicateReason ? <div className="alert__text">Причина повторного заявления: {c.duplicateReason}</div> : null}
          </div>
        </div>
      ) : null}
      <div className="case-header__top">
        <div>
          <div className="case-header__service">{c.serviceTitle}</div>
          <h1 className="case-header__title">
            Дело {c.number ? <span data-testid="case-number">№ {c.number}</span> : <span className="muted">(не зарегистрировано)</span>}
          </h1>
        </div>
        <div className="case-header__state">
          <StateBadge code={c.state} title={c.stateTitle} />
          {canComplain ? (
            <Link className="button button--small" to={`/complaints/new?caseId=${encodeURIComponent(c.id)}`} data-testid="complaint-link">
              Подать жалобу
            </Link>
          ) : null}
          <a className="button button--small" href={applicationUrl(c.id)} target="_blank" rel="noreferrer" data-testid="application-link">
            Заявление (PDF)
          </a>
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
        {c.receivedOn && (legalDiffers || c.receivedOnNote) ? (
          <div>
            <dt>Днём поступления считается</dt>
            <dd data-testid="received-on">
              {formatDate(c.receivedOn)}
              {c.receivedOnNote ? <div className="muted small">{c.receivedOnNote}</div> : null}
            </dd>
          </div>
        ) : null}
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
