import type { MigrationInterface, QueryRunner } from 'typeorm';

// Intake channels (ЕПГУ, МФЦ): API keys, idempotency keys, the cases each channel delivered, the status outbox.
export class IntakeChannels1764300000000 implements MigrationInterface {
  name = 'IntakeChannels1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- the secret is shown once at creation; only its SHA-256 is kept
      CREATE TABLE channel_api_key (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        channel text NOT NULL,
        -- NULL: every authority
        authority_ids uuid[],
        name text NOT NULL,
        key_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES app_user(id),
        revoked_at timestamptz,
        revoked_by uuid REFERENCES app_user(id),
        CONSTRAINT "UQ_channel_api_key_hash" UNIQUE (key_hash),
        CONSTRAINT "CHK_channel_api_key_channel" CHECK (channel IN ('EPGU', 'MFC', 'MFC_EXTRATERRITORIAL', 'MFC_COMPLEX')),
        CONSTRAINT "CHK_channel_api_key_scope" CHECK (authority_ids IS NULL OR cardinality(authority_ids) > 0)
      );

      -- one delivery per (channel, Idempotency-Key): a repeat gets the stored response
      CREATE TABLE intake_idempotency (
        channel text NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        case_id uuid NOT NULL REFERENCES "case"(id),
        key_id uuid REFERENCES channel_api_key(id),
        response jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_intake_idempotency" PRIMARY KEY (channel, key),
        CONSTRAINT "CHK_intake_idempotency_key" CHECK (char_length(key) BETWEEN 1 AND 200)
      );

      -- a case that came through a channel, and the channel's own number of the application
      CREATE TABLE channel_case (
        case_id uuid PRIMARY KEY REFERENCES "case"(id),
        channel text NOT NULL,
        channel_reference text NOT NULL,
        key_id uuid NOT NULL REFERENCES channel_api_key(id),
        submitted_at timestamptz NOT NULL,
        delivered_at timestamptz NOT NULL,
        mfc_worker_name text,
        -- T12–T14 for MFC deliveries: { termId, met, dueDate, explanation, … }
        transfer_term jsonb,
        warnings jsonb NOT NULL DEFAULT '[]',
        CONSTRAINT "UQ_channel_case_reference" UNIQUE (channel, channel_reference)
      );

      -- status updates back to the channel, written in the engine's transaction, delivered by the relay
      CREATE TABLE channel_outbox (
        id bigserial PRIMARY KEY,
        channel text NOT NULL,
        channel_reference text NOT NULL,
        case_id uuid NOT NULL REFERENCES "case"(id),
        event text NOT NULL,
        status_code text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        last_error text,
        CONSTRAINT "CHK_channel_outbox_attempts" CHECK (attempts >= 0)
      );
      CREATE INDEX "IDX_channel_outbox_pending" ON channel_outbox (next_attempt_at, id) WHERE delivered_at IS NULL;
      CREATE INDEX "IDX_channel_outbox_case" ON channel_outbox (case_id, id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE IF EXISTS channel_outbox;
      DROP TABLE IF EXISTS channel_case;
      DROP TABLE IF EXISTS intake_idempotency;
      DROP TABLE IF EXISTS channel_api_key;
    `);
  }
}
