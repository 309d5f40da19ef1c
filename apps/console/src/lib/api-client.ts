import type { ApiErrorBody } from '../types/api';

// An API error as the server sends it: { code, message, errors? } plus the HTTP status; `body` keeps the rest of what
// the server said (the candidates of a possible duplicate).
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors: Record<string, string> = {},
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Listener = () => void;
let unauthorizedListener: Listener | null = null;

// The session layer registers here: any 401 outside the login call means the session is gone.
export const setUnauthorizedListener = (listener: Listener | null): void => {
  unauthorizedListener = listener;
};

type RequestOptions = { method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; body?: unknown; signal?: AbortSignal; headers?: Record<string, string> };

const isErrorBody = (value: unknown): value is ApiErrorBody =>
  typeof value === 'object' && value !== null && typeof (value as ApiErrorBody).message === 'string';

export const apiUrl = (path: string): string => `/api${path}`;

export const api = async <T>(path: string, { method = 'GET', body, signal, headers = {} }: RequestOptions = {}): Promise<T> => {
  let response: Response;
  try {
    response = await fetch(apiUrl(path), {
      method,
      signal,
      credentials: 'same-origin',
      headers: { ...headers, ...(body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK', 'Сервер недоступен. Проверьте подключение и повторите попытку.');
  }
  const text = await response.text();
  let parsed: unknown = null;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
  }
  if (!response.ok) {
    const body = isErrorBody(parsed) ? parsed : { code: 'HTTP_' + response.status, message: `Ошибка сервера (${response.status})` };
    if (response.status === 401 && path !== '/auth/login') unauthorizedListener?.();
    throw new ApiError(response.status, body.code, body.message, body.errors ?? {}, isErrorBody(parsed) ? (parsed as Record<string, unknown>) : {});
  }
  return parsed as T;
};

export const errorMessage = (error: unknown): string => {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return 'Неизвестная ошибка';
};

export const isConflict = (error: unknown): boolean => error instanceof ApiError && error.status === 409 && error.code === 'VERSION_CONFLICT';

export const queryString = (params: Record<string, string | number | boolean | null | undefined>): string => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
};
