import type { EntityMetadata } from 'typeorm';

// A multi-row INSERT of entity objects under the entity's own table and column names, its parameters appended to
// `params` so that several of them make one statement (data-modifying CTEs): a hot path writes a case, its terms,
// its event and its audit row in one round trip. A property left undefined takes the column's DEFAULT.
export const insertSql = (meta: EntityMetadata, rows: readonly object[], params: unknown[]): string => {
  const values = rows as readonly Record<string, unknown>[];
  const columns = meta.columns.filter((c) => values.some((r) => r[c.propertyName] !== undefined));
  const tuples = values.map(
    (row) =>
      `(${columns
        .map((c) => {
          const value = row[c.propertyName];
          if (value === undefined) return 'DEFAULT';
          params.push((c.type === 'jsonb' || c.type === 'json') && value !== null ? JSON.stringify(value) : value);
          return `$${params.length}`;
        })
        .join(', ')})`,
  );
  return `INSERT INTO "${meta.tableName}" (${columns.map((c) => `"${c.databaseName}"`).join(', ')}) VALUES ${tuples.join(', ')}`;
};

// The select list of an entity's columns under their property names: a hot read returns the same objects as the
// repository would, without the query builder.
export const selectColumns = (meta: EntityMetadata, alias: string): string => meta.columns.map((c) => `${alias}."${c.databaseName}" AS "${c.propertyName}"`).join(', ');
