export type ApiErrorCode =
  | 'VALIDATION_FAILED'
  | 'UNAUTHENTICATED'
  | 'INVALID_CREDENTIALS'
  | 'ACCOUNT_LOCKED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'VERSION_CONFLICT'
  | 'ALREADY_EXISTS'
  | 'POSSIBLE_DUPLICATE'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'RULE_VIOLATION'
  | 'CALENDAR_NOT_LOADED';

export type FieldErrors = Record<string, string>;

// The one exception type of the API: a code from the union above, a Russian message, field errors, and what else the
// client needs to act on it (the candidates of a possible duplicate).
export class ApiException extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly errors?: FieldErrors,
    readonly data?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const notFound = (what: string): ApiException => new ApiException('NOT_FOUND', `${what} не найден(а)`);
export const forbidden = (message = 'Недостаточно прав для этого действия'): ApiException => new ApiException('FORBIDDEN', message);
export const versionConflict = (): ApiException =>
  new ApiException('VERSION_CONFLICT', 'Запись изменена другим пользователем. Обновите страницу и повторите действие.');
export const ruleViolation = (message: string, errors?: FieldErrors): ApiException => new ApiException('RULE_VIOLATION', message, errors);
