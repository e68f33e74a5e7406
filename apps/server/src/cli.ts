import { parseArgs } from 'node:util';
import { ZEmail, ZKeyScope, ZKeyType, ZPassword, ZRole, ZTimeZone, zText } from '@footprint/core';
import { z } from 'zod';
import { loadConfig, type Config } from './config.js';
import type { Database } from './db/database.js';
import { ensureDemoWorkspace, loadDemo } from './demo/load.js';
import { addMember, createKey, createUser, createWorkspace, findUserByEmail, getWorkspace } from './features/workspace/index.js';
import { verifyPassword } from './platform/crypto.js';
import { AppError } from './platform/errors.js';
import { createServer, openStorage } from './server.js';

const HELP = `footprint — Customer Experience Management

Usage: footprint <command> [options]   (add --json for machine-readable output)

  serve                                   Run the server (dashboard + API) on PORT (default 3000)
  migrate                                 Apply database migrations
  workspace create --name N --owner-email E --owner-password P [--owner-name N]
                   [--time-zone Asia/Ho_Chi_Minh] [--locale vi|en]
  user create --email E --password P [--name N] [--workspace ID --role ROLE]
  key create --workspace ID --type write|secret [--scope full|read] [--name N]
  demo load [--workspace ID] [--customers N]
                                          Fill a workspace with the demo retail chain
                                          (without --workspace: a demo workspace and owner)

Storage: DATABASE_URL=postgres://… for PostgreSQL, else an embedded database in
FOOTPRINT_DATA_DIR (default ./data). A fresh directory is migrated first.`;

class UsageError extends Error {}

function parse<T extends z.ZodTypeAny>(schema: T, value: unknown, flag: string): z.infer<T> {
  const r = schema.safeParse(value);
  if (!r.success) throw new UsageError(`--${flag}: ${r.error.issues[0]?.message ?? 'invalid'}`);
  return r.data as z.infer<T>;
}

function required(values: Record<string, unknown>, flag: string): string {
  const v = values[flag];
  if (typeof v !== 'string' || v === '') throw new UsageError(`--${flag} is required`);
  return v;
}

async function withStorage<T>(config: Config, purpose: string, fn: (db: Database) => Promise<T>): Promise<T> {
  const { database, release } = await openStorage(config, purpose);
  try {
    return await fn(database);
  } finally {
    await release();
  }
}

function progressPrinter(json: boolean) {
  let lastDecile = -1;
  return (fraction: number, message: string) => {
    const pct = Math.round(fraction * 100);
    if (process.stderr.isTTY) {
      const width = 30;
      const filled = Math.round(fraction * width);
      process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(pct).padStart(3)}% ${message}   `);
      if (fraction >= 1) process.stderr.write('\n');
    } else if (!json && Math.floor(pct / 10) !== lastDecile) {
      lastDecile = Math.floor(pct / 10);
      process.stderr.write(`${pct}% ${message}\n`);
    }
  };
}

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      name: { type: 'string' },
      'owner-email': { type: 'string' },
      'owner-password': { type: 'string' },
      'owner-name': { type: 'string' },
      'time-zone': { type: 'string' },
      locale: { type: 'string' },
      email: { type: 'string' },
      password: { type: 'string' },
      workspace: { type: 'string' },
      role: { type: 'string' },
      type: { type: 'string' },
      scope: { type: 'string' },
      customers: { type: 'string' },
      seed: { type: 'string' },
    },
  });
  const json = values.json ?? false;
  const out = (human: string, data: unknown) => console.log(json ? JSON.stringify(data) : human);
  const config = loadConfig();
  const [cmd, sub] = positionals;

  if (values.help || !cmd) {
    console.log(HELP);
    return cmd || values.help ? 0 : 1;
  }

  switch (`${cmd}${sub ? ` ${sub}` : ''}`) {
    case 'serve': {
      const { database, release } = await openStorage(config, `server on port ${config.port}`);
      const server = await createServer(config, database, { logger: true });
      await server.app.listen({ port: config.port, host: config.host });
      console.log(`Footprint is running at ${config.publicUrl} (${database.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL'})`);
      const stop = async () => {
        await server.close();
        await release();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
      return -1; // keep running
    }
    case 'migrate': {
      await withStorage(config, 'migrate', async () => {});
      out('Migrations applied.', { ok: true });
      return 0;
    }
    case 'workspace create': {
      const name = parse(zText(120), required(values, 'name'), 'name');
      const email = parse(ZEmail, required(values, 'owner-email'), 'owner-email');
      const password = parse(ZPassword, required(values, 'owner-password'), 'owner-password');
      const timeZone = parse(ZTimeZone.default('Asia/Ho_Chi_Minh'), values['time-zone'], 'time-zone');
      const locale = parse(z.enum(['vi', 'en']).default('vi'), values.locale, 'locale');
      const ownerName = parse(zText(120), values['owner-name'] ?? email.split('@')[0]!, 'owner-name');
      const result = await withStorage(config, 'cli', async ({ db }) => {
        // An existing account may own another workspace, but only with its own password.
        const existing = await findUserByEmail(db, email);
        if (existing && !(await verifyPassword(password, existing.passwordHash))) {
          throw new AppError(409, 'email_taken', `${email} already has an account with a different password`);
        }
        const owner = existing ?? (await createUser(db, { email, password, name: ownerName, locale }, config.scryptLogN));
        const w = await createWorkspace(db, { name, timeZone, locale, ownerId: owner.id });
        return { workspaceId: w.id, ownerId: owner.id };
      });
      out(`Workspace ${result.workspaceId} created; owner ${result.ownerId}.`, result);
      return 0;
    }
    case 'user create': {
      const email = parse(ZEmail, required(values, 'email'), 'email');
      const password = parse(ZPassword, required(values, 'password'), 'password');
      const role = values.workspace ? parse(ZRole, values.role ?? 'viewer', 'role') : null;
      const name = parse(zText(120), values.name ?? email.split('@')[0]!, 'name');
      const result = await withStorage(config, 'cli', async ({ db }) => {
        if (values.workspace) await getWorkspace(db, parse(z.uuid(), values.workspace, 'workspace'));
        const user = await createUser(db, { email, password, name }, config.scryptLogN);
        if (values.workspace && role) await addMember(db, values.workspace, user.id, role, null);
        return { userId: user.id };
      });
      out(`User ${result.userId} created.`, result);
      return 0;
    }
    case 'key create': {
      const workspaceId = parse(z.uuid(), required(values, 'workspace'), 'workspace');
      const type = parse(ZKeyType, required(values, 'type'), 'type');
      const scope = type === 'secret' ? parse(ZKeyScope.default('full'), values.scope, 'scope') : undefined;
      if (type === 'write' && values.scope) throw new UsageError('--scope applies to secret keys only');
      const keyName = parse(zText(80), values.name ?? `${type} key (CLI)`, 'name');
      const result = await withStorage(config, 'cli', async ({ db }) => {
        await getWorkspace(db, workspaceId);
        const k = await createKey(db, workspaceId, { name: keyName, type, scope, createdBy: null });
        return { key: k.key, id: k.id, type: k.type, scope: k.scope };
      });
      out(`${result.key}\n(shown once: store it now)`, result);
      return 0;
    }
    case 'demo load': {
      const customers = parse(z.coerce.number().int().min(10).max(1_000_000).default(500), values.customers, 'customers');
      const seed = values.seed === undefined ? undefined : parse(z.coerce.number().int(), values.seed, 'seed');
      const result = await withStorage(config, 'cli demo load', async (database) => {
        const db = database.db;
        let workspaceId: string;
        let signIn: { email: string; password: string } | null = null;
        if (values.workspace) {
          workspaceId = parse(z.uuid(), values.workspace, 'workspace');
          await getWorkspace(db, workspaceId);
        } else {
          ({ workspaceId, signIn } = await ensureDemoWorkspace(db, config.scryptLogN));
        }
        const counts = await loadDemo(database, workspaceId, { customers, ...(seed !== undefined ? { seed } : {}), onProgress: progressPrinter(json) });
        return { workspaceId, ...counts, ...(signIn ? { signIn } : {}) };
      });
      const { signIn, workspaceId, ...counts } = result;
      out(
        `Demo loaded into workspace ${workspaceId}: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}.` +
          (signIn ? `\nSign in at ${config.publicUrl} as ${signIn.email} with password ${signIn.password}` : ''),
        result,
      );
      return 0;
    }
    default:
      throw new UsageError(`Unknown command "${positionals.join(' ')}". Run footprint --help.`);
  }
}

const isEntry = process.argv[1] && /footprint(\.js)?$|cli\.ts$/.test(process.argv[1]);
if (isEntry) {
  const json = process.argv.includes('--json');
  main(process.argv.slice(2)).then(
    (code) => {
      if (code >= 0) process.exit(code);
    },
    (err: unknown) => {
      const code = err instanceof AppError ? err.code : err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? 'usage' : 'internal';
      const message = err instanceof Error ? err.message : String(err);
      if (json) console.error(JSON.stringify({ error: { code, message } }));
      else console.error(`footprint: ${message}`);
      process.exit(code === 'internal' ? 1 : 2);
    },
  );
}
