import type { MigrationInterface, QueryRunner } from 'typeorm';

// Intake channels (ЕПГУ, МФЦ): API keys, idempotency keys, the status outbox.
export class IntakeChannels1764300000000 implements MigrationInterface {
  name = 'IntakeChannels1764300000000';

  async up(_q: QueryRunner): Promise<void> {
    // filled in by the feature
  }

  async down(_q: QueryRunner): Promise<void> {
    // filled in by the feature
  }
}
