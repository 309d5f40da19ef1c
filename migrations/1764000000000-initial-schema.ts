import type { MigrationInterface, QueryRunner } from 'typeorm';

// The foundation schema: authorities, accounts, sessions, the production calendar, persons,
// cases with their timeline and terms, interagency requests, decisions and the audit log.
// What must never change (case events, signed decisions, the audit log) is guarded by triggers.
export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE authority (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        name text NOT NULL,
        short_name text NOT NULL,
        region text NOT NULL,
        time_zone text NOT NULL,
        calendar_code text NOT NULL DEFAULT 'ru',
        office_closes_at time NOT NULL DEFAULT '18:00',
        head_name text,
        deputy_head_name text,
        address text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_authority_code" UNIQUE (code)
      );

      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        login text NOT NULL,
        full_name text NOT NULL,
        position text,
        password_hash text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        failed_logins integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_app_user_login" UNIQUE (login)
      );

      CREATE TABLE user_role (
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        authority_id uuid NOT NULL REFERENCES authority(id) ON DELETE CASCADE,
        role text NOT NULL,
        CONSTRAINT "PK_user_role" PRIMARY KEY (user_id, authority_id, role),
        CONSTRAINT "CHK_user_role_role" CHECK (role IN ('clerk', 'head', 'auditor', 'admin'))
      );
      CREATE INDEX "IDX_user_role_authority" ON user_role (authority_id);

      CREATE TABLE session (
        id text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        ip text,
        user_agent text
      );
      CREATE INDEX "IDX_session_user" ON session (user_id);

      CREATE TABLE calendar_year (
        calendar_code text NOT NULL DEFAULT 'ru',
        year integer NOT NULL,
        source text NOT NULL,
        loaded_at timestamptz NOT NULL DEFAULT now(),
        loaded_by uuid REFERENCES app_user(id),
        CONSTRAINT "PK_calendar_year" PRIMARY KEY (calendar_code, year)
      );

      CREATE TABLE calendar_day (
        calendar_code text NOT NULL DEFAULT 'ru',
        day date NOT NULL,
        kind text NOT NULL,
        holiday_title text,
        moved_from date,
        CONSTRAINT "PK_calendar_day" PRIMARY KEY (calendar_code, day),
        CONSTRAINT "CHK_calendar_day_kind" CHECK (kind IN ('holiday', 'day_off', 'short', 'working'))
      );

      CREATE TABLE person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        snils text,
        last_name text NOT NULL,
        first_name text NOT NULL,
        middle_name text,
        birth_date date NOT NULL,
        sex text NOT NULL,
        citizenship text NOT NULL DEFAULT 'RU',
        identity_document jsonb,
        registration_address text,
        actual_address text,
        phone text,
        email text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_person_snils" UNIQUE (snils),
        CONSTRAINT "CHK_person_sex" CHECK (sex IN ('male', 'female'))
      );
      CREATE INDEX "IDX_person_name_birth" ON person (lower(last_name), birth_date);

      CREATE TABLE person_change (
        id bigserial PRIMARY KEY,
        person_id uuid NOT NULL REFERENCES person(id),
        changed_at timestamptz NOT NULL DEFAULT now(),
        changed_by uuid REFERENCES app_user(id),
        changes jsonb NOT NULL,
        basis text
      );
      CREATE INDEX "IDX_person_change_person" ON person_change (person_id, changed_at);

      CREATE TABLE journal_counter (
        authority_id uuid NOT NULL REFERENCES authority(id),
        journal text NOT NULL,
        year integer NOT NULL,
        last_number integer NOT NULL DEFAULT 0,
        CONSTRAINT "PK_journal_counter" PRIMARY KEY (authority_id, journal, year)
      );

      CREATE TABLE "case" (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number text,
        authority_id uuid NOT NULL REFERENCES authority(id),
        service_slug text NOT NULL,
        variant text NOT NULL,
        applicant_id uuid NOT NULL REFERENCES person(id),
        representative jsonb,
        channel text NOT NULL,
        state text NOT NULL,
        payload jsonb NOT NULL,
        received_at timestamptz NOT NULL,
        submitted_on date NOT NULL,
        accepted_on date,
        registered_at timestamptz,
        decided_on date,
        assignee_id uuid REFERENCES app_user(id),
        created_by uuid NOT NULL REFERENCES app_user(id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_case_number" UNIQUE (authority_id, number)
      );
      CREATE INDEX "IDX_case_queue" ON "case" (authority_id, state, received_at DESC);
      CREATE INDEX "IDX_case_applicant" ON "case" (applicant_id);

      CREATE TABLE case_event (
        id bigserial PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES "case"(id),
        seq integer NOT NULL,
        event text NOT NULL,
        from_state text,
        to_state text NOT NULL,
        actor_id uuid REFERENCES app_user(id),
        actor_role text,
        at timestamptz NOT NULL DEFAULT now(),
        legal_date date NOT NULL,
        data jsonb NOT NULL DEFAULT '{}',
        terms jsonb NOT NULL DEFAULT '[]',
        CONSTRAINT "UQ_case_event_seq" UNIQUE (case_id, seq)
      );

      CREATE TABLE case_term (
        case_id uuid NOT NULL REFERENCES "case"(id),
        term_id text NOT NULL,
        title text NOT NULL,
        status text NOT NULL,
        started_on date NOT NULL,
        started_at timestamptz NOT NULL,
        due_date date NOT NULL,
        due_at timestamptz,
        completed_on date,
        completed_at timestamptz,
        explanation text NOT NULL,
        clause text NOT NULL,
        CONSTRAINT "PK_case_term" PRIMARY KEY (case_id, term_id),
        CONSTRAINT "CHK_case_term_status" CHECK (status IN ('running', 'met', 'breached', 'cancelled'))
      );
      CREATE INDEX "IDX_case_term_due" ON case_term (status, due_date);

      CREATE TABLE case_document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES "case"(id),
        code text NOT NULL,
        title text NOT NULL,
        provided_by text NOT NULL,
        status text NOT NULL,
        file_name text,
        mime_type text,
        content bytea,
        sha256 text,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX "IDX_case_document_case" ON case_document (case_id);

      CREATE TABLE interagency_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES "case"(id),
        kind text NOT NULL,
        agency text NOT NULL,
        number text NOT NULL,
        external_id text,
        status text NOT NULL,
        sent_at timestamptz NOT NULL,
        sent_on date NOT NULL,
        due_date date NOT NULL,
        answered_at timestamptz,
        answered_on date,
        answer jsonb,
        CONSTRAINT "CHK_interagency_status" CHECK (status IN ('sent', 'answered', 'failed'))
      );
      CREATE INDEX "IDX_interagency_case" ON interagency_request (case_id);

      CREATE TABLE decision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES "case"(id),
        authority_id uuid NOT NULL REFERENCES authority(id),
        kind text NOT NULL,
        status text NOT NULL,
        number text,
        decision_date date,
        grounds jsonb NOT NULL DEFAULT '[]',
        evaluation jsonb,
        payment_start_month text,
        amount_kopecks bigint,
        comment text,
        drafted_by uuid NOT NULL REFERENCES app_user(id),
        drafted_at timestamptz NOT NULL DEFAULT now(),
        initialled_by uuid REFERENCES app_user(id),
        initialled_at timestamptz,
        signed_by uuid REFERENCES app_user(id),
        signed_at timestamptz,
        pdf bytea,
        pdf_sha256 text,
        supersedes_id uuid REFERENCES decision(id),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT "UQ_decision_number" UNIQUE (authority_id, number),
        CONSTRAINT "CHK_decision_status" CHECK (status IN ('draft', 'initialled', 'signed', 'returned')),
        CONSTRAINT "CHK_decision_signed_complete" CHECK (status <> 'signed' OR (pdf IS NOT NULL AND pdf_sha256 IS NOT NULL AND number IS NOT NULL AND signed_by IS NOT NULL))
      );
      CREATE INDEX "IDX_decision_case" ON decision (case_id);
      CREATE INDEX "IDX_decision_status" ON decision (authority_id, status);

      CREATE TABLE audit_log (
        id bigint PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        authority_id uuid,
        action text NOT NULL,
        entity text NOT NULL,
        entity_id text,
        details jsonb NOT NULL DEFAULT '{}',
        prev_hash text NOT NULL,
        hash text NOT NULL
      );
      CREATE SEQUENCE audit_log_id_seq OWNED BY audit_log.id;

      -- Append-only: case events and the audit log are never updated or deleted.
      CREATE FUNCTION forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
      END $$;
      CREATE TRIGGER case_event_append_only BEFORE UPDATE OR DELETE ON case_event
        FOR EACH ROW EXECUTE FUNCTION forbid_change();
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION forbid_change();
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION forbid_change();

      -- A signed decision can no longer change or disappear.
      CREATE FUNCTION decision_signed_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'signed' THEN
          RAISE EXCEPTION 'decision % is signed and cannot be changed', OLD.id USING ERRCODE = 'restrict_violation';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER decision_signed_immutable BEFORE UPDATE OR DELETE ON decision
        FOR EACH ROW EXECUTE FUNCTION decision_signed_immutable();

      -- The audit log is a hash chain: each row stores the hash of the previous one. Writers are
      -- serialised by a transaction-level advisory lock and the id is taken under it, so ids follow commit order.
      CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        previous text;
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('audit_log_chain'));
        NEW.id := nextval('audit_log_id_seq');
        SELECT hash INTO previous FROM audit_log ORDER BY id DESC LIMIT 1;
        NEW.prev_hash := coalesce(previous, repeat('0', 64));
        NEW.hash := audit_log_hash(NEW.prev_hash, NEW.id, NEW.at, NEW.actor_id, NEW.authority_id, NEW.action, NEW.entity, NEW.entity_id, NEW.details);
        RETURN NEW;
      END $$;
      CREATE FUNCTION audit_log_hash(prev text, id bigint, at timestamptz, actor uuid, authority uuid, action text, entity text, entity_id text, details jsonb)
        RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT encode(sha256(convert_to(concat_ws('|', prev, id::text,
          to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), coalesce(actor::text, ''), coalesce(authority::text, ''),
          action, entity, coalesce(entity_id, ''), details::text), 'UTF8')), 'hex')
      $$;
      CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_chain();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE IF EXISTS audit_log;
      DROP FUNCTION IF EXISTS audit_log_chain();
      DROP FUNCTION IF EXISTS audit_log_hash(text, bigint, timestamptz, uuid, uuid, text, text, text, jsonb);
      DROP TABLE IF EXISTS decision;
      DROP FUNCTION IF EXISTS decision_signed_immutable();
      DROP TABLE IF EXISTS interagency_request;
      DROP TABLE IF EXISTS case_document;
      DROP TABLE IF EXISTS case_term;
      DROP TABLE IF EXISTS case_event;
      DROP FUNCTION IF EXISTS forbid_change();
      DROP TABLE IF EXISTS "case";
      DROP TABLE IF EXISTS journal_counter;
      DROP TABLE IF EXISTS person_change;
      DROP TABLE IF EXISTS person;
      DROP TABLE IF EXISTS calendar_day;
      DROP TABLE IF EXISTS calendar_year;
      DROP TABLE IF EXISTS session;
      DROP TABLE IF EXISTS user_role;
      DROP TABLE IF EXISTS app_user;
      DROP TABLE IF EXISTS authority;
    `);
  }
}
