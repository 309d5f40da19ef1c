import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { loginRequestSchema, type LoginRequest } from '@casework/domain';
import { Alert } from '../../../components/alert';
import { describedBy, Field } from '../../../components/field';
import { errorMessage } from '../../../lib/api-client';
import { applyServerErrors } from '../../../lib/form-errors';
import type { User } from '../../../types/api';
import { login } from '../api/auth';

export const LoginForm = ({ onSignedIn }: { onSignedIn: (user: User) => Promise<void> }) => {
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<LoginRequest>({ resolver: zodResolver(loginRequestSchema), defaultValues: { login: '', password: '' } });

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      const { user } = await login(values);
      await onSignedIn(user);
    } catch (e) {
      applyServerErrors(e, setError, ['login', 'password']);
      setFailure(errorMessage(e));
    }
  });

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Вход">
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      <Field id="login" label="Логин" error={errors.login?.message}>
        <input id="login" className="input" autoComplete="username" autoFocus aria-invalid={errors.login ? true : undefined} aria-describedby={describedBy('login', errors.login?.message)} {...register('login')} />
      </Field>
      <Field id="password" label="Пароль" error={errors.password?.message}>
        <input id="password" type="password" className="input" autoComplete="current-password" aria-invalid={errors.password ? true : undefined} aria-describedby={describedBy('password', errors.password?.message)} {...register('password')} />
      </Field>
      <button type="submit" className="button button--primary button--block" disabled={isSubmitting}>
        {isSubmitting ? 'Вход…' : 'Войти'}
      </button>
    </form>
  );
};
