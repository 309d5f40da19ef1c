import type { ReactNode } from 'react';
import { IDENTITY_DOCUMENT_KINDS } from '@casework/domain';
import { Card } from '../../../components/status';
import { formatDate, formatSnils } from '../../../lib/format';
import type { Person } from '../../../types/api';

const CITIZENSHIP: Record<Person['citizenship'], string> = { RU: 'гражданин РФ', foreign: 'иностранный гражданин', stateless: 'лицо без гражданства' };

export const PersonCard = ({ person, actions }: { person: Person; actions?: ReactNode }) => {
  const doc = person.identityDocument;
  return (
    <Card title="Сведения о гражданине" actions={actions} testId="person-card">
      <dl className="kv kv--2">
        <div className="kv__row">
          <dt>Дата рождения</dt>
          <dd>{formatDate(person.birthDate)}</dd>
        </div>
        <div className="kv__row">
          <dt>Пол</dt>
          <dd>{person.sex === 'male' ? 'мужской' : 'женский'}</dd>
        </div>
        <div className="kv__row">
          <dt>СНИЛС</dt>
          <dd className="mono">{formatSnils(person.snils)}</dd>
        </div>
        <div className="kv__row">
          <dt>Гражданство</dt>
          <dd>{CITIZENSHIP[person.citizenship]}</dd>
        </div>
        <div className="kv__row">
          <dt>Документ</dt>
          <dd>
            {doc
              ? `${IDENTITY_DOCUMENT_KINDS[doc.kind as keyof typeof IDENTITY_DOCUMENT_KINDS] ?? doc.kind} ${doc.series ?? ''} № ${doc.number}${doc.issuedOn ? `, выдан ${formatDate(doc.issuedOn)}` : ''}${doc.issuedBy ? ` ${doc.issuedBy}` : ''}`
              : '—'}
          </dd>
        </div>
        <div className="kv__row">
          <dt>Телефон</dt>
          <dd>{person.phone ?? '—'}</dd>
        </div>
        <div className="kv__row">
          <dt>Адрес регистрации</dt>
          <dd>{person.registrationAddress ?? '—'}</dd>
        </div>
        <div className="kv__row">
          <dt>Фактический адрес</dt>
          <dd>{person.actualAddress ?? '—'}</dd>
        </div>
        <div className="kv__row">
          <dt>Эл. почта</dt>
          <dd>{person.email ?? '—'}</dd>
        </div>
      </dl>
    </Card>
  );
};
