import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { CasesModule } from '../cases/cases.module';
import { PersonsModule } from '../persons/persons.module';
import { ChannelKeyGuard } from './channel-key.guard';
import { ChannelKeysController } from './channel-keys.controller';
import { ChannelKeysService } from './channel-keys.service';
import { ChannelOutboxWriter } from './channel-outbox.writer';
import { ChannelStatusGateway } from './channel-status.gateway';
import { ChannelStatusSimulator } from './channel-status.simulator';
import { IntakeChannelsController } from './intake-channels.controller';
import { IntakeChannelsService } from './intake-channels.service';
import { OutboxRelay } from './outbox-relay';
import { TechnicalUsers } from './technical-users';

// Intake from the Unified Portal and the MFC (issue #3, 3): channel API keys, idempotent deliveries, status outbox and its relay.
@Module({
  imports: [CasesModule, CalendarModule, PersonsModule],
  controllers: [IntakeChannelsController, ChannelKeysController],
  providers: [
    IntakeChannelsService,
    ChannelKeysService,
    ChannelKeyGuard,
    TechnicalUsers,
    ChannelOutboxWriter,
    OutboxRelay,
    ChannelStatusSimulator,
    { provide: ChannelStatusGateway, useExisting: ChannelStatusSimulator },
  ],
  exports: [OutboxRelay],
})
export class IntakeChannelsModule {}
