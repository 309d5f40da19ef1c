import { PipeTransform } from '@nestjs/common';
import { ApiException } from './api.exception';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class UuidPipe implements PipeTransform<string, string> {
  constructor(private readonly field = 'id') {}

  transform(value: string): string {
    if (!UUID_RE.test(value)) throw new ApiException('NOT_FOUND', 'Запись не найдена', { [this.field]: 'Некорректный идентификатор' });
    return value.toLowerCase();
  }
}
