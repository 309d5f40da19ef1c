import type { MigrationInterface, QueryRunner } from 'typeorm';

// Payments (ARCHITECTURE 5): effective-dated calculation parameters, payment assignments made by signed grant decisions,
// their amount periods, history and adjustments (доплата, переплата with its recovery), monthly registers and their lines.
// Months are stored as the first day of the month.
export class Payments1764500000000 implements MigrationInterface {
  name = 'Payments1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE service_parameter_set (
        id bigserial PRIMARY KEY,
        service_slug text NOT NULL,
        valid_from date NOT NULL,
        valid_to date,
        act text NOT NULL,
        "values" jsonb NOT NULL,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_service_parameter_set" UNIQUE (service_slug, valid_from),
        CONSTRAINT "CHK_service_parameter_set_range" CHECK (valid_to IS NULL OR valid_to >= valid_from)
      );

      CREATE TABLE payment_assignment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        authority_id uuid NOT NULL REFERENCES authority(id),
        person_id uuid NOT NULL REFERENCES person(id),
        case_id uuid NOT NULL REFERENCES "case"(id),
        decision_id uuid NOT NULL REFERENCES decision(id),
        service_slug text NOT NULL,
        status text NOT NULL DEFAULT 'pending',
        amount_kopecks bigint,
        first_month date NOT NULL,
        last_month date,
        suspended_from date,
        -- earlier months still to be put into a register (an assignment activated after its first month's register)
        arrears_from date,
        method text NOT NULL,
        bank_name text,
        bik text,
        account text,
        post_office text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_payment_assignment_decision" UNIQUE (decision_id),
        CONSTRAINT "CHK_payment_assignment_status" CHECK (status IN ('pending', 'active', 'suspended', 'terminated')),
        CONSTRAINT "CHK_payment_assignment_amount" CHECK (amount_kopecks IS NULL OR amount_kopecks >= 0),
        CONSTRAINT "CHK_payment_assignment_active_amount" CHECK (status = 'pending' OR amount_kopecks IS NOT NULL),
        CONSTRAINT "CHK_payment_assignment_method" CHECK (method IN ('bank', 'post')),
        CONSTRAINT "CHK_payment_assignment_bank" CHECK (method <> 'bank' OR (bik ~ '^[0-9]{9}$' AND account ~ '^[0-9]{20}$')),
        CONSTRAINT "CHK_payment_assignment_post" CHECK (method <> 'post' OR post_office IS NOT NULL),
        CONSTRAINT "CHK_payment_assignment_months" CHECK (last_month IS NULL OR last_month >= first_month - interval '1 month')
      );
      -- a register walks the payable assignments of one authority and method in id order
      CREATE INDEX "IDX_payment_assignment_register" ON payment_assignment (authority_id, method, id) WHERE status <> 'pending';
      CREATE INDEX "IDX_payment_assignment_person" ON payment_assignment (person_id);
      CREATE INDEX "IDX_payment_assignment_case" ON payment_assignment (case_id);
      CREATE INDEX "IDX_payment_assignment_arrears" ON payment_assignment (authority_id, method) WHERE arrears_from IS NOT NULL;

      CREATE TABLE payment_amount_period (
        assignment_id uuid NOT NULL REFERENCES payment_assignment(id),
        from_month date NOT NULL,
        amount_kopecks bigint NOT NULL,
        CONSTRAINT "PK_payment_amount_period" PRIMARY KEY (assignment_id, from_month),
        CONSTRAINT "CHK_payment_amount_period_amount" CHECK (amount_kopecks >= 0)
      );

      -- months not paid: a suspension until its resumption; restored when the missed months were paid after all
      CREATE TABLE payment_suspension (
        id bigserial PRIMARY KEY,
        assignment_id uuid NOT NULL REFERENCES payment_assignment(id),
        from_month date NOT NULL,
        until_month date,
        restored boolean NOT NULL DEFAULT false,
        CONSTRAINT "CHK_payment_suspension_range" CHECK (until_month IS NULL OR until_month >= from_month)
      );
      CREATE INDEX "IDX_payment_suspension_assignment" ON payment_suspension (assignment_id);

      CREATE TABLE payment_assignment_event (
        id bigserial PRIMARY KEY,
        assignment_id uuid NOT NULL REFERENCES payment_assignment(id),
        kind text NOT NULL,
        effective_month date,
        reason text,
        basis text,
        data jsonb NOT NULL DEFAULT '{}',
        actor_id uuid REFERENCES app_user(id),
        at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_payment_assignment_event_kind" CHECK (kind IN ('created', 'activated', 'details_changed', 'suspended', 'resumed', 'terminated', 'recalculated', 'refund'))
      );
      CREATE INDEX "IDX_payment_assignment_event" ON payment_assignment_event (assignment_id, at);

      CREATE TABLE payment_register (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        authority_id uuid NOT NULL REFERENCES authority(id),
        period date NOT NULL,
        method text NOT NULL,
        number text NOT NULL,
        status text NOT NULL DEFAULT 'generating',
        expected_lines integer NOT NULL DEFAULT 0,
        line_count integer NOT NULL DEFAULT 0,
        total_kopecks bigint NOT NULL DEFAULT 0,
        -- progress of the generation: the last assignment committed in the main pass
        cursor uuid,
        stage text,
        generated_by uuid REFERENCES app_user(id),
        started_at timestamptz NOT NULL DEFAULT now(),
        formed_at timestamptz,
        approved_by uuid REFERENCES app_user(id),
        approved_at timestamptz,
        exported_at timestamptz,
        reconciled_at timestamptz,
        error text,
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT "UQ_payment_register" UNIQUE (authority_id, period, method),
        CONSTRAINT "UQ_payment_register_number" UNIQUE (authority_id, number),
        CONSTRAINT "CHK_payment_register_method" CHECK (method IN ('bank', 'post')),
        CONSTRAINT "CHK_payment_register_status" CHECK (status IN ('generating', 'formed', 'approved', 'exported', 'reconciled'))
      );

      CREATE TABLE payment_register_line (
        id bigserial PRIMARY KEY,
        register_id uuid NOT NULL REFERENCES payment_register(id),
        line_no integer NOT NULL,
        assignment_id uuid NOT NULL REFERENCES payment_assignment(id),
        period date NOT NULL,
        reissue_of bigint REFERENCES payment_register_line(id),
        amount_kopecks bigint NOT NULL,
        additional_kopecks bigint NOT NULL DEFAULT 0,
        deduction_kopecks bigint NOT NULL DEFAULT 0,
        total_kopecks bigint NOT NULL,
        method text NOT NULL,
        bik text,
        account text,
        post_office text,
        status text NOT NULL DEFAULT 'included',
        result_on date,
        return_reason text,
        CONSTRAINT "CHK_payment_register_line_status" CHECK (status IN ('included', 'paid', 'returned')),
        CONSTRAINT "CHK_payment_register_line_total" CHECK (total_kopecks = amount_kopecks + additional_kopecks - deduction_kopecks AND total_kopecks >= 0),
        CONSTRAINT "CHK_payment_register_line_return" CHECK (status <> 'returned' OR return_reason IS NOT NULL)
      );
      -- the idempotency key: one line per assignment and month, whatever re-runs or crashes; a returned line is re-issued once
      CREATE UNIQUE INDEX "UQ_payment_line_assignment_period" ON payment_register_line (assignment_id, period) WHERE reissue_of IS NULL;
      CREATE UNIQUE INDEX "UQ_payment_line_reissue" ON payment_register_line (reissue_of) WHERE reissue_of IS NOT NULL;
      CREATE UNIQUE INDEX "UQ_payment_line_no" ON payment_register_line (register_id, line_no);
      CREATE INDEX "IDX_payment_line_returned" ON payment_register_line (register_id) WHERE status = 'returned';

      CREATE TABLE payment_adjustment (
        id bigserial PRIMARY KEY,
        assignment_id uuid NOT NULL REFERENCES payment_assignment(id),
        kind text NOT NULL,
        amount_kopecks bigint NOT NULL,
        balance_kopecks bigint NOT NULL,
        recovery_method text,
        deduction_percent integer,
        status text NOT NULL DEFAULT 'open',
        reason text NOT NULL,
        event_id bigint REFERENCES payment_assignment_event(id),
        settled_line_id bigint REFERENCES payment_register_line(id),
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_payment_adjustment_kind" CHECK (kind IN ('additional', 'overpayment')),
        CONSTRAINT "CHK_payment_adjustment_amount" CHECK (amount_kopecks > 0 AND balance_kopecks >= 0 AND balance_kopecks <= amount_kopecks),
        CONSTRAINT "CHK_payment_adjustment_status" CHECK (status IN ('open', 'settled')),
        CONSTRAINT "CHK_payment_adjustment_recovery" CHECK (kind <> 'overpayment' OR recovery_method IN ('deduction', 'voluntary')),
        CONSTRAINT "CHK_payment_adjustment_percent" CHECK (deduction_percent IS NULL OR deduction_percent BETWEEN 1 AND 100)
      );
      CREATE INDEX "IDX_payment_adjustment_assignment" ON payment_adjustment (assignment_id);
      CREATE INDEX "IDX_payment_adjustment_open" ON payment_adjustment (assignment_id) WHERE status = 'open';

      CREATE TABLE payment_recovery (
        id bigserial PRIMARY KEY,
        adjustment_id bigint NOT NULL REFERENCES payment_adjustment(id),
        kind text NOT NULL,
        amount_kopecks bigint NOT NULL,
        line_id bigint REFERENCES payment_register_line(id),
        paid_on date,
        document text,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_payment_recovery_kind" CHECK (kind IN ('deduction', 'refund')),
        CONSTRAINT "CHK_payment_recovery_amount" CHECK (amount_kopecks > 0),
        CONSTRAINT "CHK_payment_recovery_source" CHECK ((kind = 'deduction' AND line_id IS NOT NULL) OR (kind = 'refund' AND paid_on IS NOT NULL AND document IS NOT NULL))
      );
      -- a deduction is taken once per line, whatever re-runs
      CREATE UNIQUE INDEX "UQ_payment_recovery_line" ON payment_recovery (adjustment_id, line_id) WHERE line_id IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE IF EXISTS payment_recovery;
      DROP TABLE IF EXISTS payment_adjustment;
      DROP TABLE IF EXISTS payment_register_line;
      DROP TABLE IF EXISTS payment_register;
      DROP TABLE IF EXISTS payment_assignment_event;
      DROP TABLE IF EXISTS payment_suspension;
      DROP TABLE IF EXISTS payment_amount_period;
      DROP TABLE IF EXISTS payment_assignment;
      DROP TABLE IF EXISTS service_parameter_set;
    `);
  }
}
