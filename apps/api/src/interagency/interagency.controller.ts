import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentUser, Roles, type CurrentUserInfo } from '../auth/current-user';
import { AuditService } from '../audit/audit.service';
import { jsonSchema } from '../common/openapi';
import { ZodPipe } from '../common/zod.pipe';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { InteragencySimulator, SIMULATOR_BEHAVIOURS } from './interagency.simulator';

const behaviourSchema = z.object({
  kind: z.string({ error: 'Укажите вид сведений' }).trim().min(1, 'Укажите вид сведений').max(50),
  behaviour: z.enum(SIMULATOR_BEHAVIOURS, { error: `Поведение: ${SIMULATOR_BEHAVIOURS.join(', ')}` }),
});

// The built-in СМЭВ simulator can be told to answer late, never, incompletely or with an error, per data kind,
// so the procedures for such answers can be shown and tested on one machine.
@ApiTags('admin')
@Controller('admin/interagency-simulator')
@Roles('admin')
export class InteragencySimulatorController {
  constructor(
    private readonly simulator: InteragencySimulator,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Поведение симулятора СМЭВ по видам сведений' })
  behaviours() {
    return { behaviours: this.simulator.behaviours(), available: SIMULATOR_BEHAVIOURS };
  }

  @Put()
  @ApiOperation({ summary: 'Задать поведение симулятора СМЭВ для вида сведений' })
  @ApiBody({ schema: jsonSchema(behaviourSchema) })
  async set(@Body(new ZodPipe(behaviourSchema)) body: z.infer<typeof behaviourSchema>, @CurrentUser() user: CurrentUserInfo) {
    this.simulator.setBehaviour(body.kind, body.behaviour);
    await this.audit.write(this.db.manager, { actorId: user.id, action: 'interagency.simulator', entity: 'interagency_simulator', entityId: body.kind, details: { behaviour: body.behaviour } });
    return this.behaviours();
  }
}
