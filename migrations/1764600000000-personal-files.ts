import type { MigrationInterface, QueryRunner } from 'typeorm';

// Personal files: near-duplicate search, merges kept in the history, family links with dates, data as of a past date.
export class PersonalFiles1764600000000 implements MigrationInterface {
  name = 'PersonalFiles1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- a merged file stays (its history and what was decided on it), pointing at the file that took its place
      ALTER TABLE person
        ADD COLUMN merged_into_id uuid NULL REFERENCES person(id),
        ADD CONSTRAINT "CHK_person_not_merged_into_self" CHECK (merged_into_id IS NULL OR merged_into_id <> id);
      -- the near-duplicate search reads every file with the same birth date
      CREATE INDEX "IDX_person_birth_date" ON person (birth_date);
      CREATE INDEX "IDX_person_merged_into" ON person (merged_into_id) WHERE merged_into_id IS NOT NULL;

      CREATE TABLE person_merge (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        survivor_id uuid NOT NULL REFERENCES person(id),
        merged_id uuid NOT NULL REFERENCES person(id),
        merged_by uuid NOT NULL REFERENCES app_user(id),
        merged_at timestamptz NOT NULL,
        reason text NOT NULL,
        -- the merged file as it was just before the merge, with the family links dropped as duplicates or self-links
        snapshot jsonb NOT NULL,
        -- how many cases, links, payment assignments and complaints moved
        moved jsonb NOT NULL,
        -- the cases that moved: a decision taken on one of them still shows the data of the file it was taken on
        moved_case_ids uuid[] NOT NULL DEFAULT '{}',
        CONSTRAINT "UQ_person_merge_merged" UNIQUE (merged_id),
        CONSTRAINT "CHK_person_merge_distinct" CHECK (survivor_id <> merged_id),
        CONSTRAINT "CHK_person_merge_reason" CHECK (length(btrim(reason)) > 0)
      );
      CREATE INDEX "IDX_person_merge_survivor" ON person_merge (survivor_id);
      -- a merge and the history of a person's data are kept as written
      CREATE TRIGGER person_merge_append_only BEFORE UPDATE OR DELETE ON person_merge FOR EACH ROW EXECUTE FUNCTION forbid_change();
      CREATE TRIGGER person_change_append_only BEFORE UPDATE OR DELETE ON person_change FOR EACH ROW EXECUTE FUNCTION forbid_change();

      -- relation: how the relative stands to the person (spouse, child, ward, other co-registered person)
      CREATE TABLE family_link (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person(id),
        relative_id uuid NOT NULL REFERENCES person(id),
        relation text NOT NULL,
        valid_from date NOT NULL,
        valid_to date,
        basis text NOT NULL,
        end_basis text,
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        ended_by uuid REFERENCES app_user(id),
        ended_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT "CHK_family_link_relation" CHECK (relation IN ('spouse', 'child', 'ward', 'other')),
        CONSTRAINT "CHK_family_link_not_self" CHECK (person_id <> relative_id),
        CONSTRAINT "CHK_family_link_dates" CHECK (valid_to IS NULL OR valid_to >= valid_from),
        CONSTRAINT "CHK_family_link_basis" CHECK (length(btrim(basis)) > 0),
        CONSTRAINT "CHK_family_link_ended" CHECK (valid_to IS NULL OR end_basis IS NULL OR length(btrim(end_basis)) > 0)
      );
      CREATE INDEX "IDX_family_link_person" ON family_link (person_id);
      CREATE INDEX "IDX_family_link_relative" ON family_link (relative_id);
      -- one open link of a kind between two people, whichever side recorded it
      CREATE UNIQUE INDEX "UQ_family_link_open" ON family_link (least(person_id, relative_id), greatest(person_id, relative_id), relation) WHERE valid_to IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE family_link;
      DROP TRIGGER person_change_append_only ON person_change;
      DROP TABLE person_merge;
      DROP INDEX "IDX_person_merged_into";
      DROP INDEX "IDX_person_birth_date";
      ALTER TABLE person DROP CONSTRAINT "CHK_person_not_merged_into_self", DROP COLUMN merged_into_id;
    `);
  }
}
