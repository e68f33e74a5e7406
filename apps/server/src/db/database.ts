import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema.js';

export type Schema = typeof schema;
/** The one query interface both engines share: every query in the app is written against this. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../drizzle');

/**
 * Runs raw SQL and returns its rows. Both drivers answer `{ rows }`; drizzle's shared type cannot
 * say so, hence the one cast here rather than at every call.
 */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const r = (await db.execute(query)) as unknown as { rows: T[] };
  return r.rows;
}

export type Listener = (payload: string) => void;
export type RawQuery = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<{ rows: T[]; affected: number }>;

/** Storage: PGlite (embedded) or PostgreSQL, behind one interface with one contract test suite. */
export interface Database {
  readonly kind: 'pglite' | 'postgres';
  readonly db: Db;
  /** Applies checked-in migrations; safe when several processes start at once. */
  migrate(): Promise<void>;
  /** True when the database answers and every migration is applied. */
  ready(): Promise<boolean>;
  /**
   * Plain SQL with positional parameters, outside Drizzle: for statements Drizzle cannot build
   * well, such as array-parameter bulk inserts. One statement is one transaction.
   */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: T[]; affected: number }>;
  /** Several plain-SQL statements in one transaction; committed when `fn` resolves. */
  transactionRaw<T>(fn: (query: RawQuery) => Promise<T>): Promise<T>;
  listen(channel: string, fn: Listener): Promise<() => Promise<void>>;
  notify(channel: string, payload: string): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseConfig {
  /** postgres://… selects PostgreSQL. */
  url?: string | undefined;
  /** PGlite data directory; undefined with no url means an in-memory PGlite (tests). */
  dataDir?: string | undefined;
  poolSize?: number;
}

async function migrationsApplied(db: Db): Promise<boolean> {
  const { readMigrationFiles } = await import('drizzle-orm/migrator');
  const expected = readMigrationFiles({ migrationsFolder: MIGRATIONS_DIR }).length;
  try {
    const [r] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    return Number(r?.n ?? 0) >= expected;
  } catch {
    return false;
  }
}

export async function openDatabase(cfg: DatabaseConfig): Promise<Database> {
  if (cfg.url) return openPostgres(cfg.url, cfg.poolSize ?? 10);
  return openPglite(cfg.dataDir);
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // pg_trgm: the trigram index behind Vietnamese text search (the migrations create the extension).
  const extensions = { pg_trgm };
  const client = dataDir ? await PGlite.create(dataDir, { extensions }) : await PGlite.create({ extensions });
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    migrate: () => migratePglite(drizzlePglite({ client, schema }), { migrationsFolder: MIGRATIONS_DIR }),
    ready: async () => !client.closed && (await migrationsApplied(db)),
    async query<T>(text: string, params: unknown[] = []) {
      const r = await client.query<T>(text, params);
      return { rows: r.rows, affected: r.affectedRows ?? 0 };
    },
    transactionRaw: (fn) =>
      client.transaction((tx) =>
        fn(async <T>(text: string, params: unknown[] = []) => {
          const r = await tx.query<T>(text, params);
          return { rows: r.rows, affected: r.affectedRows ?? 0 };
        }),
      ),
    async listen(channel, fn) {
      const unsubscribe = await client.listen(channel, fn);
      return unsubscribe;
    },
    async notify(channel, payload) {
      await client.query('select pg_notify($1, $2)', [channel, payload]);
    },
    close: async () => {
      if (!client.closed) await client.close();
    },
  };
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client that errors (server restart) must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  const listeners = new Map<string, Set<Listener>>();
  let listenClient: pg.Client | null = null;
  let closed = false;

  async function connectListener(): Promise<pg.Client> {
    if (listenClient) return listenClient;
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (m) => {
      for (const fn of listeners.get(m.channel) ?? []) fn(m.payload ?? '');
    });
    c.on('error', () => {
      listenClient = null;
      if (!closed) setTimeout(() => void resubscribe(), 500);
    });
    await c.connect();
    listenClient = c;
    return c;
  }
  async function resubscribe() {
    try {
      const c = await connectListener();
      for (const ch of listeners.keys()) await c.query(`LISTEN ${pg.escapeIdentifier(ch)}`);
    } catch {
      if (!closed) setTimeout(() => void resubscribe(), 1000);
    }
  }

  return {
    kind: 'postgres',
    db,
    async migrate() {
      // Session-level advisory lock: the second process waits, then finds every migration applied.
      const c = await pool.connect();
      try {
        await c.query('select pg_advisory_lock(7710221)');
        await migratePg(drizzlePg({ client: pool, schema }), { migrationsFolder: MIGRATIONS_DIR });
      } finally {
        await c.query('select pg_advisory_unlock(7710221)').catch(() => {});
        c.release();
      }
    },
    ready: async () => {
      try {
        return await migrationsApplied(db);
      } catch {
        return false;
      }
    },
    async query<T>(text: string, params: unknown[] = []) {
      const r = await pool.query(text, params);
      return { rows: r.rows as T[], affected: r.rowCount ?? 0 };
    },
    async transactionRaw(fn) {
      const c = await pool.connect();
      try {
        await c.query('begin');
        const result = await fn(async <T>(text: string, params: unknown[] = []) => {
          const r = await c.query(text, params);
          return { rows: r.rows as T[], affected: r.rowCount ?? 0 };
        });
        await c.query('commit');
        return result;
      } catch (e) {
        await c.query('rollback').catch(() => {});
        throw e;
      } finally {
        c.release();
      }
    },
    async listen(channel, fn) {
      let set = listeners.get(channel);
      if (!set) {
        set = new Set();
        listeners.set(channel, set);
        const c = await connectListener();
        await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      }
      set.add(fn);
      return async () => {
        set.delete(fn);
        if (set.size === 0 && listeners.get(channel) === set) {
          listeners.delete(channel);
          await listenClient?.query(`UNLISTEN ${pg.escapeIdentifier(channel)}`).catch(() => {});
        }
      };
    },
    async notify(channel, payload) {
      await pool.query('select pg_notify($1, $2)', [channel, payload]);
    },
    async close() {
      closed = true;
      await listenClient?.end().catch(() => {});
      await pool.end();
    },
  };
}
