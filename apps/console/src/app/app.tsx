import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, RouterProvider, useLocation } from 'react-router-dom';
import type { Role } from '@casework/domain';
import { Loading } from '../components/status';
import { SessionProvider, useSession } from '../lib/session';
import { Layout } from './layout';

// Every screen is its own chunk: the first paint needs only the shell and the login form.
const LoginRoute = lazy(() => import('./routes/login').then((m) => ({ default: m.LoginRoute })));
const QueueRoute = lazy(() => import('./routes/queue').then((m) => ({ default: m.QueueRoute })));
const IntakeRoute = lazy(() => import('./routes/intake').then((m) => ({ default: m.IntakeRoute })));
const CaseRoute = lazy(() => import('./routes/case').then((m) => ({ default: m.CaseRoute })));
const SigningRoute = lazy(() => import('./routes/signing').then((m) => ({ default: m.SigningRoute })));
const PersonsRoute = lazy(() => import('./routes/persons').then((m) => ({ default: m.PersonsRoute })));
const PersonRoute = lazy(() => import('./routes/person').then((m) => ({ default: m.PersonRoute })));
const CalendarRoute = lazy(() => import('./routes/calendar').then((m) => ({ default: m.CalendarRoute })));
const AuditRoute = lazy(() => import('./routes/audit').then((m) => ({ default: m.AuditRoute })));
const ComplaintsRoute = lazy(() => import('./routes/complaints').then((m) => ({ default: m.ComplaintsRoute })));
const SlaRoute = lazy(() => import('./routes/sla').then((m) => ({ default: m.SlaRoute })));
const PaymentsRoute = lazy(() => import('./routes/payments').then((m) => ({ default: m.PaymentsRoute })));
const JournalRoute = lazy(() => import('./routes/journal').then((m) => ({ default: m.JournalRoute })));
const CalculatorRoute = lazy(() => import('./routes/calculator').then((m) => ({ default: m.CalculatorRoute })));
const ParametersRoute = lazy(() => import('./routes/parameters').then((m) => ({ default: m.ParametersRoute })));
const ChannelKeysRoute = lazy(() => import('./routes/channel-keys').then((m) => ({ default: m.ChannelKeysRoute })));
const NotFoundRoute = lazy(() => import('./routes/not-found').then((m) => ({ default: m.NotFoundRoute })));

const RequireSession = ({ children }: { children: ReactNode }) => {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'anonymous') {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}${state.expired ? '&expired=1' : ''}`} replace />;
  }
  return <>{children}</>;
};

const RequireRole = ({ roles, children }: { roles: Role[]; children: ReactNode }) => {
  const { user } = useSession();
  const anywhere = user?.roles.some((r) => roles.includes(r.role)) ?? false;
  if (!anywhere) {
    return (
      <div className="card card__body" role="alert">
        Раздел недоступен вашей роли.
      </div>
    );
  }
  return <>{children}</>;
};

const page = (node: ReactNode): ReactNode => <Suspense fallback={<Loading />}>{node}</Suspense>;

const router = createBrowserRouter([
  { path: '/login', element: page(<LoginRoute />) },
  {
    path: '/',
    element: (
      <RequireSession>
        <Layout />
      </RequireSession>
    ),
    children: [
      { index: true, element: <Navigate to="/queue" replace /> },
      { path: 'queue', element: page(<QueueRoute />) },
      { path: 'intake', element: page(<RequireRole roles={['clerk']}>{<IntakeRoute />}</RequireRole>) },
      { path: 'cases/:caseId', element: page(<CaseRoute />) },
      { path: 'journal', element: page(<RequireRole roles={['clerk', 'head', 'auditor', 'admin']}>{<JournalRoute />}</RequireRole>) },
      { path: 'calculator', element: page(<RequireRole roles={['clerk', 'head', 'auditor', 'admin']}>{<CalculatorRoute />}</RequireRole>) },
      { path: 'signing', element: page(<RequireRole roles={['head']}>{<SigningRoute />}</RequireRole>) },
      { path: 'persons', element: page(<PersonsRoute />) },
      { path: 'persons/:personId', element: page(<PersonRoute />) },
      { path: 'calendar', element: page(<CalendarRoute />) },
      { path: 'audit', element: page(<RequireRole roles={['auditor', 'admin']}>{<AuditRoute />}</RequireRole>) },
      { path: 'complaints/*', element: page(<RequireRole roles={['clerk', 'head', 'auditor']}>{<ComplaintsRoute />}</RequireRole>) },
      { path: 'sla', element: page(<RequireRole roles={['clerk', 'head', 'auditor', 'admin']}>{<SlaRoute />}</RequireRole>) },
      { path: 'payments/*', element: page(<RequireRole roles={['clerk', 'head', 'auditor']}>{<PaymentsRoute />}</RequireRole>) },
      // readable by everyone; only the admin adds a set (the API's POST is @Roles('admin'))
      { path: 'parameters', element: page(<ParametersRoute />) },
      // the API's /admin/channel-keys is @Roles('admin'); the keys shown are those of the authorities the user administers
      { path: 'channel-keys', element: page(<RequireRole roles={['admin']}>{<ChannelKeysRoute />}</RequireRole>) },
      { path: '*', element: page(<NotFoundRoute />) },
    ],
  },
]);

export const App = () => (
  <SessionProvider>
    <RouterProvider router={router} />
  </SessionProvider>
);
