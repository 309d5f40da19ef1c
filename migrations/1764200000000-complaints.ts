import type { MigrationInterface, QueryRunner } from 'typeorm';

// Pre-trial complaints (досудебные жалобы) with their own terms.
// Once decided, the complaint's outcome and reply PDF can no longer change and the row cannot be deleted.
export class Complaints1764200000000 implements MigrationInterface {
  name = 'Complaints1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE complaint (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        authority_id uuid NOT NULL REFERENCES authority(id),
        case_id uuid REFERENCES "case"(id),
        service_slug text,
        number text NOT NULL,
        complainant_person_id uuid REFERENCES person(id),
        complainant_name text NOT NULL,
        complainant_address text,
        channel text NOT NULL,
        subject text NOT NULL,
        text text NOT NULL,
        against jsonb NOT NULL,
        received_at timestamptz NOT NULL,
        registered_at timestamptz NOT NULL,
        registered_on date NOT NULL,
        review_due date NOT NULL,
        review_explanation text NOT NULL,
        reply_due date,
        reply_explanation text,
        status text NOT NULL DEFAULT 'registered',
        outcome jsonb,
        reply_pdf bytea,
        reply_sha256 text,
        decided_by uuid REFERENCES app_user(id),
        decided_at timestamptz,
        decided_on date,
        replied_at timestamptz,
        replied_on date,
        replied_by uuid REFERENCES app_user(id),
        reply_method text,
        version integer NOT NULL DEFAULT 1,
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_complaint_number" UNIQUE (authority_id, number),
        CONSTRAINT "CHK_complaint_status" CHECK (status IN ('registered', 'upheld', 'rejected', 'withdrawn')),
        CONSTRAINT "CHK_complaint_subject" CHECK (subject IN ('decision', 'refusal_to_accept', 'refusal_to_correct', 'correction_deadline_breach', 'action_or_inaction', 'deadline_breach', 'demand_of_documents', 'fee', 'other')),
        CONSTRAINT "CHK_complaint_decided_complete" CHECK (
          status NOT IN ('upheld', 'rejected')
          OR (outcome IS NOT NULL AND reply_pdf IS NOT NULL AND reply_sha256 IS NOT NULL AND decided_by IS NOT NULL AND decided_at IS NOT NULL AND decided_on IS NOT NULL AND reply_due IS NOT NULL)
        ),
        CONSTRAINT "CHK_complaint_reply_after_decision" CHECK (replied_at IS NULL OR status IN ('upheld', 'rejected'))
      );
      CREATE INDEX "IDX_complaint_queue" ON complaint (authority_id, status, review_due);
      CREATE INDEX "IDX_complaint_case" ON complaint (case_id);

      -- A decided complaint keeps its decision and reply exactly as sent; only the sending of the reply is recorded later.
      CREATE FUNCTION complaint_decided_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.reply_sha256 IS NOT NULL THEN
          IF TG_OP = 'DELETE' THEN
            RAISE EXCEPTION 'complaint % is decided and cannot be deleted', OLD.id USING ERRCODE = 'restrict_violation';
          END IF;
          IF (NEW.status, NEW.outcome, NEW.reply_pdf, NEW.reply_sha256, NEW.decided_by, NEW.decided_at, NEW.decided_on, NEW.number, NEW.subject, NEW.text, NEW.complainant_name, NEW.registered_on, NEW.review_due, NEW.reply_due)
             IS DISTINCT FROM (OLD.status, OLD.outcome, OLD.reply_pdf, OLD.reply_sha256, OLD.decided_by, OLD.decided_at, OLD.decided_on, OLD.number, OLD.subject, OLD.text, OLD.complainant_name, OLD.registered_on, OLD.review_due, OLD.reply_due) THEN
            RAISE EXCEPTION 'complaint % is decided and cannot be changed', OLD.id USING ERRCODE = 'restrict_violation';
          END IF;
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER complaint_decided_immutable BEFORE UPDATE OR DELETE ON complaint
        FOR EACH ROW EXECUTE FUNCTION complaint_decided_immutable();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE IF EXISTS complaint;
      DROP FUNCTION IF EXISTS complaint_decided_immutable();
      DELETE FROM journal_counter WHERE journal = 'complaint';
    `);
  }
}
