import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { channelKeyCreateSchema, type ChannelKeyCreate } from '@casework/domain';
import { CurrentUser, Roles, type CurrentUserInfo } from '../auth/current-user';
import { jsonSchema } from '../common/openapi';
import { UuidPipe } from '../common/uuid.pipe';
import { ZodPipe } from '../common/zod.pipe';
import { ChannelKeysService } from './channel-keys.service';

@ApiTags('intake-channels')
@Controller('admin/channel-keys')
@Roles('admin')
export class ChannelKeysController {
  constructor(private readonly keys: ChannelKeysService) {}

  @Post()
  @ApiOperation({ summary: 'Выпустить ключ канала приема; секрет возвращается один раз' })
  @ApiBody({ schema: jsonSchema(channelKeyCreateSchema) })
  @ApiResponse({ status: 201, description: '{ id, channel, name, authorityIds, createdAt, revokedAt, active, secret }' })
  create(@Body(new ZodPipe(channelKeyCreateSchema)) body: ChannelKeyCreate, @CurrentUser() user: CurrentUserInfo) {
    return this.keys.create(body, user);
  }

  @Get()
  @ApiOperation({ summary: 'Ключи каналов приема (без секретов)' })
  list(@CurrentUser() user: CurrentUserInfo) {
    return this.keys.list(user);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @ApiOperation({ summary: 'Отозвать ключ канала: запросы с ним получают 401' })
  revoke(@Param('id', new UuidPipe()) id: string, @CurrentUser() user: CurrentUserInfo) {
    return this.keys.revoke(id, user);
  }
}
