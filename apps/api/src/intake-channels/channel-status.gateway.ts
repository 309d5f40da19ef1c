import type { ChannelStatusCode } from '@casework/domain';

// One status update for one application, as the portal or the АИС МФЦ receives it. `id` is the outbox row:
// a channel that sees the same id twice (a relay crashed after sending, before recording it) ignores the repeat.
export type ChannelStatusMessage = {
  id: string;
  channel: string;
  channelReference: string;
  caseId: string;
  status: ChannelStatusCode;
  payload: Record<string, unknown>;
};

// The boundary to the ЕПГУ and АИС МФЦ: the built-in simulator implements it now; real adapters replace it without touching the relay.
export abstract class ChannelStatusGateway {
  abstract deliver(message: ChannelStatusMessage): Promise<void>;
}
