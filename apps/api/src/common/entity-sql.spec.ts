import type { EntityMetadata } from 'typeorm';
import { insertSql, selectColumns } from './entity-sql';

const meta = {
  tableName: 'case_term',
  columns: [
    { propertyName: 'caseId', databaseName: 'case_id', type: 'uuid' },
    { propertyName: 'termId', databaseName: 'term_id', type: 'text' },
    { propertyName: 'data', databaseName: 'data', type: 'jsonb' },
    { propertyName: 'pausedWorkingDays', databaseName: 'paused_working_days', type: 'integer' },
  ],
} as unknown as EntityMetadata;

describe('entity SQL', () => {
  it('should number the parameters after those already taken and write DEFAULT for a property left undefined', () => {
    const params: unknown[] = ['taken'];
    const sql = insertSql(meta, [{ caseId: 'c1', termId: 'T20', data: { a: 1 }, pausedWorkingDays: 2 }, { caseId: 'c1', termId: 'T10', data: null }], params);
    expect(sql).toBe('INSERT INTO "case_term" ("case_id", "term_id", "data", "paused_working_days") VALUES ($2, $3, $4, $5), ($6, $7, $8, DEFAULT)');
    expect(params).toEqual(['taken', 'c1', 'T20', '{"a":1}', 2, 'c1', 'T10', null]);
  });

  it('should leave out a column no row sets', () => {
    const params: unknown[] = [];
    expect(insertSql(meta, [{ caseId: 'c1', termId: 'T20' }], params)).toBe('INSERT INTO "case_term" ("case_id", "term_id") VALUES ($1, $2)');
  });

  it('should select every column under its property name', () => {
    expect(selectColumns(meta, 't')).toBe('t."case_id" AS "caseId", t."term_id" AS "termId", t."data" AS "data", t."paused_working_days" AS "pausedWorkingDays"');
  });
});
