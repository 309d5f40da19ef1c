import type { MigrationInterface, QueryRunner } from 'typeorm';

// Query shapes that meet the budgets of ARCHITECTURE 10 on a region-sized database (npm run bench: 1 000 000 cases,
// 500 000 persons).
// - The work queue is ordered by each case's nearest running term. Computed per case at read time it costs a probe of
//   case_term for every case of the authority (15 s for 700 000 cases); kept on the case, the queue reads its page from
//   one index. The database keeps next_due_date itself (statement triggers on case_term), so every writer of terms
//   (the engine, the terms sweep, corrections) keeps it right without knowing about it.
// - The person search by the first letters of a surname reads 50 rows in index order instead of every namesake.
export class BenchIndexes1764700000000 implements MigrationInterface {
  name = 'BenchIndexes1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "case" ADD COLUMN next_due_date date;
      UPDATE "case" c SET next_due_date = t.due
        FROM (SELECT case_id, min(due_date) AS due FROM case_term WHERE status = 'running' GROUP BY case_id) t
       WHERE t.case_id = c.id;

      CREATE FUNCTION case_next_due_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE "case" c SET next_due_date = n.due
          FROM (SELECT x.case_id, (SELECT min(t.due_date) FROM case_term t WHERE t.case_id = x.case_id AND t.status = 'running') AS due
                  FROM (SELECT DISTINCT case_id FROM changed) x) n
         WHERE c.id = n.case_id AND c.next_due_date IS DISTINCT FROM n.due;
        RETURN NULL;
      END $$;
      -- a transition table serves one event per trigger: three of them
      CREATE TRIGGER case_term_next_due_insert AFTER INSERT ON case_term REFERENCING NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION case_next_due_refresh();
      CREATE TRIGGER case_term_next_due_update AFTER UPDATE ON case_term REFERENCING NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION case_next_due_refresh();
      CREATE TRIGGER case_term_next_due_delete AFTER DELETE ON case_term REFERENCING OLD TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION case_next_due_refresh();

      -- the queue: ORDER BY next_due_date NULLS LAST, received_at DESC within an authority, with or without a state
      CREATE INDEX "IDX_case_queue_due" ON "case" (authority_id, next_due_date, received_at DESC);
      CREATE INDEX "IDX_case_queue_state_due" ON "case" (authority_id, state, next_due_date, received_at DESC);
      -- the nearest running term of the 25 cases of a page
      CREATE INDEX "IDX_case_term_running_case" ON case_term (case_id, due_date, term_id) WHERE status = 'running';
      -- the person search: lower(last_name) LIKE 'иван%' AND merged_into_id IS NULL ORDER BY lower(last_name), first_name LIMIT 50
      CREATE INDEX "IDX_person_name_first" ON person (lower(last_name), first_name) WHERE merged_into_id IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX "IDX_person_name_first";
      DROP INDEX "IDX_case_term_running_case";
      DROP INDEX "IDX_case_queue_state_due";
      DROP INDEX "IDX_case_queue_due";
      DROP TRIGGER case_term_next_due_delete ON case_term;
      DROP TRIGGER case_term_next_due_update ON case_term;
      DROP TRIGGER case_term_next_due_insert ON case_term;
      DROP FUNCTION case_next_due_refresh();
      ALTER TABLE "case" DROP COLUMN next_due_date;
    `);
  }
}
