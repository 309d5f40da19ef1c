import type { MigrationInterface, QueryRunner } from 'typeorm';

// Pre-trial complaints (досудебные жалобы) with their own terms.
export class Complaints1764200000000 implements MigrationInterface {
  name = 'Complaints1764200000000';

  async up(_q: QueryRunner): Promise<void> {
    // filled in by the feature
  }

  async down(_q: QueryRunner): Promise<void> {
    // filled in by the feature
  }
}
