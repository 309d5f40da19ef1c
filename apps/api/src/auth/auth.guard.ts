import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@casework/domain';
import type { FastifyRequest } from 'fastify';
import { ApiException, forbidden } from '../common/api.exception';
import { AuthService, SESSION_COOKIE } from './auth.service';
import { IS_PUBLIC, ROLES, type CurrentUserInfo } from './current-user';

type AuthedRequest = FastifyRequest & { user?: CurrentUserInfo; cookies: Record<string, string | undefined> };

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

// Every route needs a session unless marked @Public(); @Roles() narrows it further.
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const request = ctx.switchToHttp().getRequest<AuthedRequest>();
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (UNSAFE.has(request.method)) this.checkOrigin(request);
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, targets);
    const user = await this.auth.authenticate(request.cookies?.[SESSION_COOKIE]);
    if (user) request.user = user;
    if (isPublic) return true;
    if (!user) throw new ApiException('UNAUTHENTICATED', 'Требуется вход в систему');
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !user.roles.some((g) => roles.includes(g.role))) throw forbidden();
    return true;
  }

  // CSRF: a state-changing request from a browser must come from our own origin (the cookie is also SameSite=Strict).
  private checkOrigin(request: AuthedRequest): void {
    const origin = request.headers.origin;
    if (!origin) return;
    const host = request.headers['x-forwarded-host'] ?? request.headers.host;
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      throw forbidden('Запрос с чужого сайта отклонён');
    }
    if (originHost !== host) throw forbidden('Запрос с чужого сайта отклонён');
  }
}
