import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiException, type ApiErrorCode } from './api.exception';

export const statusOf = (code: ApiErrorCode): number => {
  switch (code) {
    case 'VALIDATION_FAILED':
      return HttpStatus.BAD_REQUEST;
    case 'UNAUTHENTICATED':
    case 'INVALID_CREDENTIALS':
      return HttpStatus.UNAUTHORIZED;
    case 'ACCOUNT_LOCKED':
      return HttpStatus.TOO_MANY_REQUESTS;
    case 'FORBIDDEN':
      return HttpStatus.FORBIDDEN;
    case 'NOT_FOUND':
      return HttpStatus.NOT_FOUND;
    case 'VERSION_CONFLICT':
    case 'ALREADY_EXISTS':
    case 'POSSIBLE_DUPLICATE':
    case 'IDEMPOTENCY_KEY_REUSED':
      return HttpStatus.CONFLICT;
    case 'RULE_VIOLATION':
    case 'CALENDAR_NOT_LOADED':
      return HttpStatus.UNPROCESSABLE_ENTITY;
    default: {
      const unreachable: never = code;
      return unreachable;
    }
  }
};

type PgError = { code?: string; constraint?: string; detail?: string };

// Every error leaves as { code, message, errors? }; nothing a client sends may produce a 500.
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (exception instanceof ApiException) {
      void reply.status(statusOf(exception.code)).send({ ...exception.data, code: exception.code, message: exception.message, ...(exception.errors ? { errors: exception.errors } : {}) });
      return;
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      // the console's own addresses (/queue, /cases/…): a reload or a bookmark gets the app, not a JSON 404
      const request = host.switchToHttp().getRequest<{ method: string; url: string }>();
      const spa = reply as FastifyReply & { sendFile?: (file: string) => FastifyReply };
      if (status === 404 && request.method === 'GET' && !request.url.startsWith('/api') && typeof spa.sendFile === 'function') {
        void spa.type('text/html').sendFile('index.html');
        return;
      }
      const code: ApiErrorCode = status === 404 ? 'NOT_FOUND' : status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : 'VALIDATION_FAILED';
      const message = status === 404 ? 'Адрес не найден' : status >= 500 ? 'Внутренняя ошибка' : exception.message;
      void reply.status(status >= 500 ? status : statusOf(code)).send({ code, message });
      return;
    }
    const pg = exception as PgError;
    if (pg?.code === '40001' || pg?.code === '40P01') {
      void reply.status(409).send({ code: 'VERSION_CONFLICT', message: 'Одновременное изменение: повторите действие.' });
      return;
    }
    if (pg?.code === '23505') {
      void reply.status(409).send({ code: 'ALREADY_EXISTS', message: 'Такая запись уже существует', errors: pg.constraint ? { [pg.constraint]: pg.detail ?? '' } : undefined });
      return;
    }
    const fastifyError = exception as { statusCode?: number; message?: string };
    if (typeof fastifyError?.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
      void reply.status(400).send({ code: 'VALIDATION_FAILED', message: `Некорректный запрос: ${fastifyError.message ?? ''}`.trim() });
      return;
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    void reply.status(500).send({ code: 'INTERNAL', message: 'Внутренняя ошибка сервера' });
  }
}
