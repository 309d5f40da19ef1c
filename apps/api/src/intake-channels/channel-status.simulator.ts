import { Injectable } from '@nestjs/common';
import { ChannelStatusGateway, type ChannelStatusMessage } from './channel-status.gateway';

// In-process stand-in for the channels: records what it received; a test or a demo can make it fail.
@Injectable()
export class ChannelStatusSimulator extends ChannelStatusGateway {
  readonly delivered: ChannelStatusMessage[] = [];
  private failure: string | null = null;

  // null: deliveries succeed again
  failWith(reason: string | null): void {
    this.failure = reason;
  }

  async deliver(message: ChannelStatusMessage): Promise<void> {
    if (this.failure !== null) throw new Error(this.failure);
    this.delivered.push(message);
  }
}
