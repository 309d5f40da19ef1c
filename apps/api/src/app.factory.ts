import 'reflect-metadata';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { existsSync } from 'node:fs';
import { createAppModule } from './app.module';
import type { Clock } from './common/clock';

export type CreateAppOptions = { databaseUrl: string; consoleDir?: string; logger?: boolean; clock?: Clock };

// The API under /api, OpenAPI at /api/docs, and the built console (if present) on the same port.
export const createApp = async ({ databaseUrl, consoleDir, logger = true, clock }: CreateAppOptions): Promise<NestFastifyApplication> => {
  const adapter = new FastifyAdapter({ trustProxy: true, bodyLimit: 20 * 1024 * 1024 });
  const app = await NestFactory.create<NestFastifyApplication>(createAppModule({ databaseUrl, clock }), adapter, {
    logger: logger ? ['error', 'warn', 'log'] : ['error'],
  });
  app.setGlobalPrefix('api');
  await app.register(fastifyCookie);
  if (consoleDir && existsSync(consoleDir)) {
    await app.register(fastifyStatic, { root: consoleDir, prefix: '/', wildcard: false, index: ['index.html'] });
  }
  const openapi = new DocumentBuilder()
    .setTitle('Casework API')
    .setDescription('Case management for social-protection offices: applications, terms, decisions. Errors are { code, message, errors? }.')
    .setVersion('1')
    .addCookieAuth('casework_sid')
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openapi), { jsonDocumentUrl: 'api/docs/openapi.json' });
  await app.init();
  return app;
};
