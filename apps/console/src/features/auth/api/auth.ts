import type { LoginRequest } from '@casework/domain';
import { api } from '../../../lib/api-client';
import type { User } from '../../../types/api';

export const login = (body: LoginRequest): Promise<{ user: User }> => api('/auth/login', { method: 'POST', body });
