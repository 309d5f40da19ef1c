import { NavLink, Outlet, useNavigate } from 'react-router-dom';
import { ROLE_NAMES } from '@casework/domain/common/roles';
import { Icon } from '../components/icons';
import { useSession } from '../lib/session';

type NavItem = { to: string; label: string; icon: string; show: boolean };

export const Layout = () => {
  const session = useSession();
  const navigate = useNavigate();
  const { user, authorities, authority, roles } = session;
  const anyRole = (r: string): boolean => user?.roles.some((g) => g.role === r) ?? false;
  const items: NavItem[] = [
    { to: '/queue', label: 'Очередь дел', icon: 'queue', show: true },
    { to: '/intake', label: 'Новое заявление', icon: 'intake', show: anyRole('clerk') },
    { to: '/journal', label: 'Журнал регистрации', icon: 'journal', show: anyRole('clerk') || anyRole('head') || anyRole('auditor') },
    { to: '/calculator', label: 'Калькулятор', icon: 'calculator', show: anyRole('clerk') || anyRole('head') },
    { to: '/signing', label: 'На подпись', icon: 'sign', show: anyRole('head') },
    { to: '/persons', label: 'Граждане', icon: 'persons', show: true },
    { to: '/complaints', label: 'Жалобы', icon: 'complaint', show: anyRole('clerk') || anyRole('head') || anyRole('auditor') },
    { to: '/payments', label: 'Выплаты', icon: 'payments', show: anyRole('clerk') || anyRole('head') || anyRole('auditor') },
    { to: '/sla', label: 'Сроки', icon: 'sla', show: anyRole('clerk') || anyRole('head') || anyRole('auditor') || anyRole('admin') },
    { to: '/audit', label: 'Аудит', icon: 'audit', show: anyRole('auditor') || anyRole('admin') },
    { to: '/calendar', label: 'Календарь', icon: 'calendar', show: anyRole('admin') },
    { to: '/parameters', label: 'Параметры расчета', icon: 'parameters', show: true },
    { to: '/channel-keys', label: 'Ключи каналов', icon: 'key', show: anyRole('admin') },
  ];

  const signOut = async (): Promise<void> => {
    await session.signOut();
    navigate('/login', { replace: true });
  };

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Перейти к содержимому
      </a>
      <aside className="sidebar">
        <div className="sidebar__inner">
        <div className="brand">
          <span className="brand__mark" aria-hidden="true">
            СЗ
          </span>
          <span className="brand__text">
            <span className="brand__title">Соцзащита</span>
            <span className="brand__subtitle">Делопроизводство</span>
          </span>
        </div>
        <nav className="nav" aria-label="Разделы">
          {items
            .filter((i) => i.show)
            .map((i) => (
              <NavLink key={i.to} to={i.to} className={({ isActive }) => `nav__link${isActive ? ' nav__link--active' : ''}`}>
                <span className="nav__icon">
                  <Icon name={i.icon} />
                </span>
                {i.label}
              </NavLink>
            ))}
        </nav>
        </div>
      </aside>
      <div className="main-column">
        <header className="topbar">
          <div className="topbar__authority">
            <label htmlFor="authority-select" className="topbar__label">
              Орган
            </label>
            {authorities.length > 0 ? (
              <select id="authority-select" className="input input--compact" value={authority?.id ?? ''} onChange={(e) => session.selectAuthority(e.target.value)}>
                {authorities.map((a) => (
                  <option key={a.id} value={a.id} title={a.name}>
                    {a.shortName || a.name}
                  </option>
                ))}
              </select>
            ) : (
              <span className="muted">нет доступных органов</span>
            )}
          </div>
          <div className="topbar__user">
            <span className="topbar__name" data-testid="current-user">
              {user?.fullName}
            </span>
            <span className="topbar__role">{roles.map((r) => ROLE_NAMES[r]).join(', ') || user?.position}</span>
            <button type="button" className="button button--ghost button--small" onClick={() => void signOut()}>
              Выход
            </button>
          </div>
        </header>
        <main id="main" className="content" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </div>
  );
};
