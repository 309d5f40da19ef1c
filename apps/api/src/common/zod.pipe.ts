import { PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { ApiException, type FieldErrors } from './api.exception';

export const zodFieldErrors = (error: z.ZodError): FieldErrors => {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.join('.') : '_';
    if (!errors[field]) errors[field] = issue.message;
  }
  return errors;
};

export const parseOrThrow = <T>(schema: z.ZodType<T>, value: unknown, message = 'Проверьте заполнение полей'): T => {
  const result = schema.safeParse(value);
  if (!result.success) throw new ApiException('VALIDATION_FAILED', message, zodFieldErrors(result.error));
  return result.data;
};

// One small pipe: the request's zod schema from libs/domain validates the body or the query.
export class ZodPipe<T> implements PipeTransform<unknown, T> {
  constructor(private readonly schema: z.ZodType<T>) {}

  transform(value: unknown): T {
    return parseOrThrow(this.schema, value);
  }
}
