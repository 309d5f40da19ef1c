import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

export const runMigrations = async (databaseUrl: string, log: (message: string) => void = () => undefined): Promise<void> => {
  const ds = await new DataSource(dataSourceOptions(databaseUrl)).initialize();
  try {
    const applied = await ds.runMigrations({ transaction: 'each' });
    for (const m of applied) log(`Migration applied: ${m.name}`);
  } finally {
    await ds.destroy();
  }
};

export const revertLastMigration = async (databaseUrl: string): Promise<void> => {
  const ds = await new DataSource(dataSourceOptions(databaseUrl)).initialize();
  try {
    await ds.undoLastMigration({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
};
