import type { MigrationInterface, QueryRunner } from 'typeorm';

// Background jobs: term alerts (due today, overdue) marked by the pg-boss sweep.
export class BackgroundJobs1764400000000 implements MigrationInterface {
  name = 'BackgroundJobs1764400000000';

  async up(_q: QueryRunner): Promise<void> {
    // filled in by the feature
  }

  async down(_q: QueryRunner): Promise<void> {
    // filled in by the feature
  }
}
