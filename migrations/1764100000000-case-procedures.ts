import type { MigrationInterface, QueryRunner } from 'typeorm';

// Case procedures: term pauses and extensions, notices, payment details changes, duplicates.
export class CaseProcedures1764100000000 implements MigrationInterface {
  name = 'CaseProcedures1764100000000';

  async up(_q: QueryRunner): Promise<void> {
    // filled in by the feature
  }

  async down(_q: QueryRunner): Promise<void> {
    // filled in by the feature
  }
}
