import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Role } from '@casework/domain';
import type { Authority, User } from '../types/api';
import { api, setUnauthorizedListener } from './api-client';

const AUTHORITY_KEY = 'casework.authorityId';

type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous'; expired: boolean }
  | { status: 'signed-in'; user: User; authorities: Authority[] };

export type Session = {
  state: SessionState;
  user: User | null;
  authorities: Authority[];
  authority: Authority | null;
  // roles in the current authority
  roles: Role[];
  hasRole: (...roles: Role[]) => boolean;
  selectAuthority: (id: string) => void;
  signIn: (user: User) => Promise<void>;
  signOut: () => Promise<void>;
};

const SessionContext = createContext<Session | null>(null);

const storedAuthority = (): string | null => {
  try {
    return localStorage.getItem(AUTHORITY_KEY);
  } catch {
    return null;
  }
};

export const SessionProvider = ({ children }: { children: ReactNode }) => {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [authorityId, setAuthorityId] = useState<string | null>(storedAuthority);

  const load = useCallback(async (user: User) => {
    const authorities = await api<Authority[]>('/authorities').catch(() => [] as Authority[]);
    setState({ status: 'signed-in', user, authorities });
  }, []);

  useEffect(() => {
    setUnauthorizedListener(() => setState((s) => (s.status === 'signed-in' ? { status: 'anonymous', expired: true } : s)));
    api<{ user: User }>('/auth/me')
      .then(({ user }) => load(user))
      .catch(() => setState({ status: 'anonymous', expired: false }));
    return () => setUnauthorizedListener(null);
  }, [load]);

  const value = useMemo<Session>(() => {
    const user = state.status === 'signed-in' ? state.user : null;
    const authorities = state.status === 'signed-in' ? state.authorities : [];
    const authority = authorities.find((a) => a.id === authorityId) ?? authorities[0] ?? null;
    const roles = user && authority ? user.roles.filter((r) => r.authorityId === authority.id).map((r) => r.role) : [];
    return {
      state,
      user,
      authorities,
      authority,
      roles,
      hasRole: (...wanted) => wanted.some((r) => roles.includes(r)),
      selectAuthority: (id) => {
        setAuthorityId(id);
        try {
          localStorage.setItem(AUTHORITY_KEY, id);
        } catch {
          // private mode: the choice lasts for this tab only
        }
      },
      signIn: (u) => load(u),
      signOut: async () => {
        await api('/auth/logout', { method: 'POST' }).catch(() => undefined);
        setState({ status: 'anonymous', expired: false });
      },
    };
  }, [state, authorityId, load]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
};

export const useSession = (): Session => {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
};
