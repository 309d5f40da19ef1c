import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { ChannelKeyCreate } from '@casework/domain';
import { Alert, ErrorList } from '../../../components/alert';
import { describedBy, Field, FieldSet } from '../../../components/field';
import { Card } from '../../../components/status';
import { applyServerErrors } from '../../../lib/form-errors';
import type { Authority } from '../../../types/api';
import { CHANNEL_OPTIONS, emptyKeyForm, failureMessage, keyFormResolver, type KeyFormValues } from './channel-key-model';

const FIELDS = ['name', 'channel', 'authorityIds'] as const;

type Props = {
  // the authorities the user administers: the only ones a key may be scoped to
  administered: Authority[];
  currentAuthorityId: string | null;
  onSubmit: (input: ChannelKeyCreate) => Promise<void>;
  onCancel: () => void;
};

export const KeyForm = ({ administered, currentAuthorityId, onSubmit, onCancel }: Props) => {
  const uid = useId();
  const id = (name: string): string => `${uid}-${name}`;
  const [failure, setFailure] = useState<{ message: string; rest: Record<string, string> } | null>(null);
  const {
    register,
    handleSubmit,
    watch,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<KeyFormValues, unknown, ChannelKeyCreate>({ defaultValues: emptyKeyForm(administered, currentAuthorityId), resolver: keyFormResolver, mode: 'onTouched' });
  const scope = watch('scope');

  const submit = handleSubmit(async (input) => {
    setFailure(null);
    try {
      await onSubmit(input);
    } catch (e) {
      const rest = applyServerErrors(e, setError, FIELDS);
      setFailure({ message: failureMessage(e), rest });
    }
  });

  // the select offers only valid channels: an error here means none was chosen (the schema's own text lists the codes)
  const channelError = errors.channel ? 'Выберите канал приёма' : undefined;
  const authoritiesError = errors.authorityIds?.message ?? errors.authorityIds?.root?.message;

  return (
    <Card title="Новый ключ канала" testId="channel-key-form">
      <form className="form" onSubmit={submit} noValidate aria-label="Новый ключ канала">
        {failure ? (
          <Alert tone="error" title={failure.message}>
            <ErrorList errors={failure.rest} />
          </Alert>
        ) : null}
        <div className="form-grid form-grid--2">
          <Field id={id('name')} label="Название" required error={errors.name?.message} hint="Чей это ключ: например, «АИС МФЦ Свердловской области»">
            <input id={id('name')} className="input" autoComplete="off" aria-invalid={errors.name ? true : undefined} aria-describedby={describedBy(id('name'), errors.name?.message, true)} {...register('name')} />
          </Field>
          <Field id={id('channel')} label="Канал приёма" required error={channelError}>
            <select id={id('channel')} className="input" aria-invalid={channelError ? true : undefined} aria-describedby={describedBy(id('channel'), channelError)} {...register('channel')}>
              <option value="">— выберите —</option>
              {CHANNEL_OPTIONS.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.title}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <FieldSet id={id('authorities')} legend="Органы, заявления в которые принимаются по ключу" error={authoritiesError}>
          <div className="radio-row">
            <label className="check">
              <input type="radio" value="selected" {...register('scope')} />
              Только выбранные органы
            </label>
            <label className="check">
              <input type="radio" value="all" {...register('scope')} />
              Все органы
            </label>
          </div>
          {scope === 'all' ? (
            <div className="muted small">Ключ без ограничения по органам может выпустить только администратор всех органов.</div>
          ) : (
            <ul className="checklist">
              {administered.map((a) => (
                <li key={a.id}>
                  <label className="check">
                    <input type="checkbox" value={a.id} {...register('authorityIds')} />
                    {a.name}
                  </label>
                </li>
              ))}
            </ul>
          )}
        </FieldSet>
        <div className="form-actions">
          <button type="button" className="button" onClick={onCancel}>
            Отмена
          </button>
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {isSubmitting ? 'Выпуск…' : 'Выпустить ключ'}
          </button>
        </div>
      </form>
    </Card>
  );
};
