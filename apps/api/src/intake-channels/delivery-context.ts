import { AsyncLocalStorage } from 'node:async_hooks';
import type { ChannelDeliveryResponse, DeliveryWarning, IntakeChannel, LocalDate, TransferTermOutcome } from '@casework/domain';

// A channel delivery in progress. CasesService.intake opens its own transaction; the outbox listener, called inside it,
// reads this to record the idempotency key, the channel's reference and the first status in that same transaction.
export type DeliveryInProgress = {
  channel: IntakeChannel;
  channelReference: string;
  keyId: string;
  idempotencyKey: string;
  requestHash: string;
  actorId: string;
  submittedAt: Date;
  deliveredAt: Date;
  // the local date of the delivery, unless the engine sets its own legal receipt date on the case
  receivedOn: LocalDate;
  mfcWorkerName: string | null;
  transferTerm: TransferTermOutcome | null;
  warnings: DeliveryWarning[];
  // set by the listener once recorded
  response?: ChannelDeliveryResponse;
};

export const deliveryContext = new AsyncLocalStorage<DeliveryInProgress>();

// Another delivery with the same Idempotency-Key committed first: this transaction rolls back and its response is replayed.
export class IdempotencyKeyTaken extends Error {
  constructor() {
    super('idempotency key taken by a concurrent delivery');
  }
}
