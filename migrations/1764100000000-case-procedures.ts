import type { MigrationInterface, QueryRunner } from 'typeorm';

// Case procedures shared by the regulations (ARCHITECTURE 4): paused and extended clocks, the legal receipt date,
// duplicate applications, notices to the applicant, decisions issued and replaced (a signed decision still never changes
// its content: only the step signed → issued is allowed, by the database).
export class CaseProcedures1764100000000 implements MigrationInterface {
  name = 'CaseProcedures1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE case_term DROP CONSTRAINT "CHK_case_term_status";
      ALTER TABLE case_term ADD CONSTRAINT "CHK_case_term_status" CHECK (status IN ('running', 'paused', 'met', 'breached', 'cancelled'));
      ALTER TABLE case_term
        ADD COLUMN paused_on date,
        ADD COLUMN paused_working_days integer NOT NULL DEFAULT 0 CHECK (paused_working_days >= 0),
        ADD COLUMN extension_working_days integer NOT NULL DEFAULT 0 CHECK (extension_working_days >= 0),
        ADD COLUMN extension_ground text;


      -- the day the application counts as received (an electronic one after hours or on a day off: the next working day)
      ALTER TABLE "case"
        ADD COLUMN received_on date,
        ADD COLUMN received_on_note text,
        ADD COLUMN duplicate_of uuid REFERENCES "case"(id),
        ADD COLUMN duplicate_reason text;
      UPDATE "case" c SET received_on = (c.received_at AT TIME ZONE a.time_zone)::date FROM authority a WHERE a.id = c.authority_id;
      ALTER TABLE "case" ALTER COLUMN received_on SET NOT NULL;
      CREATE INDEX "IDX_case_applicant_service" ON "case" (applicant_id, service_slug);

      CREATE TABLE notice (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES "case"(id),
        authority_id uuid NOT NULL REFERENCES authority(id),
        kind text NOT NULL,
        number text NOT NULL,
        notice_date date NOT NULL,
        -- how it reaches the applicant: in_person, post, registered_mail, epgu, email, mfc
        delivery text NOT NULL,
        status text NOT NULL DEFAULT 'prepared',
        decision_id uuid REFERENCES decision(id),
        data jsonb NOT NULL DEFAULT '{}',
        pdf bytea NOT NULL,
        pdf_sha256 text NOT NULL,
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL,
        sent_by uuid REFERENCES app_user(id),
        sent_at timestamptz,
        CONSTRAINT "UQ_notice_number" UNIQUE (authority_id, number),
        CONSTRAINT "CHK_notice_status" CHECK (status IN ('prepared', 'sent')),
        CONSTRAINT "CHK_notice_sent" CHECK (status <> 'sent' OR sent_at IS NOT NULL)
      );
      CREATE INDEX "IDX_notice_case" ON notice (case_id);
      -- a notice's document never changes once made; only its sending is recorded
      CREATE FUNCTION notice_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'notice % cannot be deleted', OLD.id USING ERRCODE = 'restrict_violation';
        END IF;
        IF (to_jsonb(NEW) - 'status' - 'sent_by' - 'sent_at') IS DISTINCT FROM (to_jsonb(OLD) - 'status' - 'sent_by' - 'sent_at') OR OLD.status = 'sent' THEN
          RAISE EXCEPTION 'notice % is immutable', OLD.id USING ERRCODE = 'restrict_violation';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER notice_immutable BEFORE UPDATE OR DELETE ON notice FOR EACH ROW EXECUTE FUNCTION notice_immutable();

      ALTER TABLE interagency_request DROP CONSTRAINT "CHK_interagency_status";
      ALTER TABLE interagency_request ADD CONSTRAINT "CHK_interagency_status" CHECK (status IN ('sent', 'answered', 'incomplete', 'failed', 'superseded'));
      ALTER TABLE interagency_request ADD COLUMN reask_of uuid REFERENCES interagency_request(id);

      ALTER TABLE decision
        ADD COLUMN issued_at timestamptz,
        ADD COLUMN issued_by uuid REFERENCES app_user(id);
      ALTER TABLE decision DROP CONSTRAINT "CHK_decision_status";
      ALTER TABLE decision ADD CONSTRAINT "CHK_decision_status" CHECK (status IN ('draft', 'initialled', 'signed', 'issued', 'returned'));
      ALTER TABLE decision DROP CONSTRAINT "CHK_decision_signed_complete";
      ALTER TABLE decision ADD CONSTRAINT "CHK_decision_signed_complete" CHECK (status NOT IN ('signed', 'issued') OR (pdf IS NOT NULL AND pdf_sha256 IS NOT NULL AND number IS NOT NULL AND signed_by IS NOT NULL));
      ALTER TABLE decision ADD CONSTRAINT "CHK_decision_issued" CHECK (status <> 'issued' OR issued_at IS NOT NULL);
      CREATE UNIQUE INDEX "UQ_decision_supersedes" ON decision (supersedes_id) WHERE supersedes_id IS NOT NULL AND status IN ('signed', 'issued');

      -- the auditor's filters: by user, authority, record and action, newest first
      CREATE INDEX "IDX_audit_log_actor" ON audit_log (actor_id, id);
      CREATE INDEX "IDX_audit_log_authority" ON audit_log (authority_id, id);
      CREATE INDEX "IDX_audit_log_entity" ON audit_log (entity, entity_id);
      CREATE INDEX "IDX_audit_log_action" ON audit_log (action, id);

      -- A signed decision can no longer change or disappear; the one step left is its issue to the applicant.
      CREATE OR REPLACE FUNCTION decision_signed_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status IN ('signed', 'issued') THEN
          IF TG_OP = 'UPDATE' AND OLD.status = 'signed' AND NEW.status = 'issued'
             AND (to_jsonb(NEW) - 'status' - 'issued_at' - 'issued_by' - 'version') = (to_jsonb(OLD) - 'status' - 'issued_at' - 'issued_by' - 'version') THEN
            RETURN NEW;
          END IF;
          RAISE EXCEPTION 'decision % is signed and cannot be changed', OLD.id USING ERRCODE = 'restrict_violation';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION decision_signed_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'signed' THEN
          RAISE EXCEPTION 'decision % is signed and cannot be changed', OLD.id USING ERRCODE = 'restrict_violation';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$;
      DROP INDEX IF EXISTS "UQ_decision_supersedes";
      DROP INDEX "IDX_audit_log_action";
      DROP INDEX "IDX_audit_log_entity";
      DROP INDEX "IDX_audit_log_authority";
      DROP INDEX "IDX_audit_log_actor";
      ALTER TABLE decision DROP CONSTRAINT "CHK_decision_issued";
      ALTER TABLE decision DROP CONSTRAINT "CHK_decision_signed_complete";
      ALTER TABLE decision DROP CONSTRAINT "CHK_decision_status";
      ALTER TABLE decision DISABLE TRIGGER decision_signed_immutable;
      UPDATE decision SET status = 'signed' WHERE status = 'issued';
      ALTER TABLE decision ENABLE TRIGGER decision_signed_immutable;
      ALTER TABLE decision ADD CONSTRAINT "CHK_decision_status" CHECK (status IN ('draft', 'initialled', 'signed', 'returned'));
      ALTER TABLE decision ADD CONSTRAINT "CHK_decision_signed_complete" CHECK (status <> 'signed' OR (pdf IS NOT NULL AND pdf_sha256 IS NOT NULL AND number IS NOT NULL AND signed_by IS NOT NULL));
      ALTER TABLE decision DROP COLUMN issued_by, DROP COLUMN issued_at;
      ALTER TABLE interagency_request DROP COLUMN reask_of;
      UPDATE interagency_request SET status = 'failed' WHERE status IN ('incomplete', 'superseded');
      ALTER TABLE interagency_request DROP CONSTRAINT "CHK_interagency_status";
      ALTER TABLE interagency_request ADD CONSTRAINT "CHK_interagency_status" CHECK (status IN ('sent', 'answered', 'failed'));
      DROP TABLE notice;
      DROP FUNCTION notice_immutable();
      DROP INDEX "IDX_case_applicant_service";
      ALTER TABLE "case" DROP COLUMN duplicate_reason, DROP COLUMN duplicate_of, DROP COLUMN received_on_note, DROP COLUMN received_on;
      ALTER TABLE case_term DROP COLUMN extension_ground, DROP COLUMN extension_working_days, DROP COLUMN paused_working_days, DROP COLUMN paused_on;
      UPDATE case_term SET status = 'running' WHERE status = 'paused';
      ALTER TABLE case_term DROP CONSTRAINT "CHK_case_term_status";
      ALTER TABLE case_term ADD CONSTRAINT "CHK_case_term_status" CHECK (status IN ('running', 'met', 'breached', 'cancelled'));
    `);
  }
}
