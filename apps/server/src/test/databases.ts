import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../db/database.js';

/** PostgreSQL for tests: CI sets TEST_DATABASE_URL; `npm test` finds the local server on its own. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;

export interface TestDatabase {
  database: Database;
  url: string | undefined;
  drop(): Promise<void>;
}

export interface Engine {
  name: 'pglite' | 'postgres';
  create(): Promise<TestDatabase>;
}

/** A new, empty database on the PostgreSQL server (one per test file, dropped after). */
export async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set');
  const name = `fp_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

const pglite: Engine = {
  name: 'pglite',
  async create() {
    const database = await openDatabase({});
    await database.migrate();
    return { database, url: undefined, drop: () => database.close() };
  },
};

const postgres: Engine = {
  name: 'postgres',
  async create() {
    const { url, drop } = await createPostgresDatabase();
    const database = await openDatabase({ url, poolSize: 5 });
    await database.migrate();
    return {
      database,
      url,
      drop: async () => {
        await database.close();
        await drop();
      },
    };
  },
};

/**
 * The engines a storage test runs on: always PGlite, and PostgreSQL whenever one is configured.
 * scripts/test.mjs refuses to run the suite without one, so CI and `npm test` cover both.
 */
export const ENGINES: Engine[] = TEST_DATABASE_URL ? [pglite, postgres] : [pglite];
