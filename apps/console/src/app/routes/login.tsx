import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert } from '../../components/alert';
import { LoginForm } from '../../features/auth/components/login-form';
import { useSession } from '../../lib/session';

const safeNext = (next: string | null): string => (next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/queue');

export const LoginRoute = () => {
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  if (session.state.status === 'signed-in') return <Navigate to={next} replace />;
  return (
    <div className="login-page">
      <main className="login-card" aria-labelledby="login-title">
        <div className="brand brand--login">
          <span className="brand__mark" aria-hidden="true">
            СЗ
          </span>
          <span className="brand__text">
            <span className="brand__title">Соцзащита</span>
            <span className="brand__subtitle">Делопроизводство по мерам социальной поддержки</span>
          </span>
        </div>
        <h1 id="login-title" className="login-card__title">
          Вход
        </h1>
        {params.get('expired') ? <Alert tone="warning">Сеанс завершён. Войдите снова.</Alert> : null}
        <LoginForm
          onSignedIn={async (user) => {
            await session.signIn(user);
            navigate(next, { replace: true });
          }}
        />
      </main>
    </div>
  );
};
