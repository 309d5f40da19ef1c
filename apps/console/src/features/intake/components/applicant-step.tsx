import { useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { personSearchSchema, type PersonSearch } from '@casework/domain';
import { Alert } from '../../../components/alert';
import { describedBy, Field } from '../../../components/field';
import { PersonForm } from '../../../components/person-form';
import { Card, Empty } from '../../../components/status';
import { errorMessage } from '../../../lib/api-client';
import { formatDate, formatSnils, fullName } from '../../../lib/format';
import type { Person } from '../../../types/api';
import { createPerson, searchPersons } from '../api/intake';

type SearchValues = { snils: string; lastName: string; birthDate: string };

// Blank inputs are "not given"; the API's own search schema then says what is missing.
const searchResolver: Resolver<SearchValues, unknown, PersonSearch> = (values, context, options) => {
  const input = { snils: values.snils.trim() || undefined, lastName: values.lastName.trim() || undefined, birthDate: values.birthDate || undefined };
  return (zodResolver(personSearchSchema) as unknown as Resolver<Record<string, unknown>, unknown, PersonSearch>)(input, context, options as never) as ReturnType<Resolver<SearchValues, unknown, PersonSearch>>;
};

type Props = { selected: Person | null; onSelect: (p: Person | null) => void; onNext: () => void };

export const ApplicantStep = ({ selected, onSelect, onNext }: Props) => {
  const [results, setResults] = useState<Person[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const {
    register,
    handleSubmit,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<SearchValues, unknown, PersonSearch>({ defaultValues: { snils: '', lastName: '', birthDate: '' }, resolver: searchResolver });

  const search = handleSubmit(async (q) => {
    setFailure(null);
    try {
      setResults(await searchPersons(q.snils ? { snils: q.snils } : { lastName: q.lastName, birthDate: q.birthDate }));
    } catch (e) {
      setFailure(errorMessage(e));
    }
  });

  if (selected) {
    return (
      <Card title="Заявитель" testId="selected-applicant">
        <div className="selected-person">
          <div>
            <div className="selected-person__name">{fullName(selected)}</div>
            <div className="muted">
              {formatDate(selected.birthDate)} г. р. · СНИЛС {formatSnils(selected.snils)}
              {selected.registrationAddress ? ` · ${selected.registrationAddress}` : ''}
            </div>
          </div>
          <div className="row-actions">
            <button type="button" className="button" onClick={() => onSelect(null)}>
              Выбрать другого
            </button>
            <button type="button" className="button button--primary" onClick={onNext}>
              Далее: сведения заявления →
            </button>
          </div>
        </div>
      </Card>
    );
  }

  if (creating) {
    const v = getValues();
    return (
      <Card title="Новый гражданин">
        <PersonForm
          initial={{
            lastName: v.lastName,
            firstName: '',
            middleName: '',
            birthDate: v.birthDate,
            sex: '',
            citizenship: 'RU',
            snils: v.snils,
            identityDocument: { kind: 'passport_ru', series: '', number: '', issuedBy: '', issuedOn: '' },
            registrationAddress: '',
            actualAddress: '',
            phone: '',
            email: '',
          }}
          submitLabel="Сохранить и выбрать заявителем"
          checkDuplicates
          onSubmit={async (data, { confirmDistinct }) => {
            const person = await createPerson(data, confirmDistinct);
            setCreating(false);
            onSelect(person);
          }}
          onCancel={() => setCreating(false)}
        />
      </Card>
    );
  }

  return (
    <Card title="Поиск заявителя">
      <form className="form" onSubmit={search} noValidate role="search" aria-label="Поиск гражданина">
        <div className="form-grid form-grid--search">
          <Field id="find-snils" label="СНИЛС" error={errors.snils?.message}>
            <input id="find-snils" className="input" placeholder="000-000-000 00" aria-describedby={describedBy('find-snils', errors.snils?.message)} {...register('snils')} />
          </Field>
          <div className="form-grid__or" aria-hidden="true">
            или
          </div>
          <Field id="find-last-name" label="Фамилия" error={errors.lastName?.message}>
            <input id="find-last-name" className="input" {...register('lastName')} />
          </Field>
          <Field id="find-birth-date" label="Дата рождения" error={errors.birthDate?.message}>
            <input id="find-birth-date" type="date" className="input" {...register('birthDate')} />
          </Field>
          <div className="form-grid__button">
            <button type="submit" className="button button--primary" disabled={isSubmitting}>
              Найти
            </button>
          </div>
        </div>
      </form>
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      {results ? (
        results.length === 0 ? (
          <Empty>
            Гражданин не найден.{' '}
            <button type="button" className="link-button" onClick={() => setCreating(true)}>
              Завести нового гражданина
            </button>
          </Empty>
        ) : (
          <div className="table-wrap">
            <table className="table table--hover" aria-label="Найденные граждане">
              <thead>
                <tr>
                  <th scope="col">ФИО</th>
                  <th scope="col">Дата рождения</th>
                  <th scope="col">СНИЛС</th>
                  <th scope="col">Адрес регистрации</th>
                  <th scope="col" />
                </tr>
              </thead>
              <tbody>
                {results.map((p) => (
                  <tr key={p.id} data-testid="person-result">
                    <td>{fullName(p)}</td>
                    <td className="nowrap">{formatDate(p.birthDate)}</td>
                    <td className="nowrap">{formatSnils(p.snils)}</td>
                    <td>{p.registrationAddress ?? '—'}</td>
                    <td className="nowrap">
                      <button type="button" className="button button--small button--primary" onClick={() => onSelect(p)}>
                        Выбрать
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
      <div className="form-actions form-actions--start">
        <button type="button" className="button" onClick={() => setCreating(true)}>
          + Новый гражданин
        </button>
      </div>
    </Card>
  );
};
