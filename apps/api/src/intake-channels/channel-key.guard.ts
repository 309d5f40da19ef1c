import { CanActivate, createParamDecorator, ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiException } from '../common/api.exception';
import { ChannelKeysService, type ChannelKeyInfo } from './channel-keys.service';

type KeyedRequest = FastifyRequest & { channelKey?: ChannelKeyInfo };

const API_KEY_RE = /^ApiKey\s+(\S{1,500})\s*$/i;

// Channel routes are @Public() for the session guard; this guard lets in only a known, unrevoked channel key.
@Injectable()
export class ChannelKeyGuard implements CanActivate {
  constructor(private readonly keys: ChannelKeysService) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const request = ctx.switchToHttp().getRequest<KeyedRequest>();
    const match = API_KEY_RE.exec(request.headers.authorization ?? '');
    if (!match) throw new ApiException('UNAUTHENTICATED', 'Нужен ключ канала: заголовок Authorization: ApiKey <ключ>');
    const key = await this.keys.authenticate(match[1]);
    if (!key) throw new ApiException('UNAUTHENTICATED', 'Ключ канала не найден или отозван');
    request.channelKey = key;
    return true;
  }
}

export const ChannelKey = createParamDecorator((_data: unknown, ctx: ExecutionContext): ChannelKeyInfo => {
  const request = ctx.switchToHttp().getRequest<KeyedRequest>();
  if (!request.channelKey) throw new Error('ChannelKey used without ChannelKeyGuard');
  return request.channelKey;
});
