import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { loginRequestSchema, type LoginRequest } from '@casework/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { jsonSchema } from '../common/openapi';
import { ZodPipe } from '../common/zod.pipe';
import { AuthService, SESSION_COOKIE, SESSION_TTL_MS } from './auth.service';
import { CurrentUser, Public, type CurrentUserInfo } from './current-user';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Вход: устанавливает cookie сессии' })
  @ApiBody({ schema: jsonSchema(loginRequestSchema) })
  async login(@Body(new ZodPipe(loginRequestSchema)) body: LoginRequest, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<{ user: CurrentUserInfo }> {
    const { token, user } = await this.auth.login(body, { ip: req.ip, userAgent: req.headers['user-agent'] });
    void reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: process.env.COOKIE_SECURE === 'true',
      path: '/',
      maxAge: Math.floor(SESSION_TTL_MS / 1000),
    });
    return { user };
  }

  @Public()
  @Post('logout')
  @HttpCode(200)
  async logout(@Req() req: FastifyRequest & { cookies: Record<string, string | undefined> }, @Res({ passthrough: true }) reply: FastifyReply): Promise<{ ok: true }> {
    await this.auth.logout(req.cookies?.[SESSION_COOKIE]);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  }

  @Get('me')
  me(@CurrentUser() user: CurrentUserInfo): { user: CurrentUserInfo } {
    return { user };
  }
}
