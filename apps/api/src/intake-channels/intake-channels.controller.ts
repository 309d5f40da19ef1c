import { Body, Controller, Get, Headers, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { channelDeliverySchema, channelOutboxQuerySchema, type ChannelDelivery, type ChannelOutboxQuery } from '@casework/domain';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Public, Roles, type CurrentUserInfo } from '../auth/current-user';
import { jsonSchema } from '../common/openapi';
import { ZodPipe } from '../common/zod.pipe';
import type { ChannelKeyInfo } from './channel-keys.service';
import { ChannelKey, ChannelKeyGuard } from './channel-key.guard';
import { IntakeChannelsService } from './intake-channels.service';

@ApiTags('intake-channels')
@Controller('intake')
export class IntakeChannelsController {
  constructor(private readonly intake: IntakeChannelsService) {}

  @Post('applications')
  @Public()
  @UseGuards(ChannelKeyGuard)
  @ApiOperation({ summary: 'Поступление заявления с ЕПГУ или из МФЦ: одно дело на один Idempotency-Key; 201 — дело открыто, 200 — повтор той же поставки' })
  @ApiHeader({ name: 'Authorization', required: true, description: 'ApiKey <ключ канала>' })
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: `Ключ поставки, до 200 символов: повтор с тем же ключом и телом возвращает тот же ответ` })
  @ApiBody({ schema: jsonSchema(channelDeliverySchema) })
  @ApiResponse({ status: 201, description: '{ caseId, channelReference, state, receivedOn, transferTerm?, warnings }' })
  @ApiResponse({ status: 200, description: 'Повторная поставка: сохраненный ответ первой' })
  @ApiResponse({ status: 401, description: 'Нет ключа, ключ неизвестен или отозван' })
  @ApiResponse({ status: 403, description: 'Канал или орган вне области действия ключа' })
  @ApiResponse({ status: 409, description: 'IDEMPOTENCY_KEY_REUSED: ключ поставки уже использован для другого тела; ALREADY_EXISTS: номер заявления канала уже поступал' })
  @ApiResponse({ status: 422, description: 'Правило канала: способ подачи не предусмотрен услугой, МФЦ передает отказ в приеме' })
  async deliver(
    @Body(new ZodPipe(channelDeliverySchema)) body: ChannelDelivery,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @ChannelKey() key: ChannelKeyInfo,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const result = await this.intake.deliver({ key, idempotencyKey, delivery: body });
    void reply.status(result.replayed ? 200 : 201);
    return result.response;
  }

  @Get('outbox')
  @Roles('admin', 'auditor')
  @ApiOperation({ summary: 'Исходящие статусы для каналов приема (очередь доставки)' })
  outbox(@Query(new ZodPipe(channelOutboxQuerySchema)) query: ChannelOutboxQuery, @CurrentUser() user: CurrentUserInfo) {
    return this.intake.outbox(query, user);
  }
}
