import { customerFootprints, DEMO_EMAIL_DOMAIN, DEMO_TOUCHPOINTS, foldForSearch, generateTeam, makePlacer, ZTouchpointRules } from '@footprint/core';
import { eq, inArray } from 'drizzle-orm';
import type { Database, Db } from '../db/database.js';
import { departments, memberships, users } from '../db/schema.js';
import { hashPassword, randomToken } from '../platform/crypto.js';
import { newId } from '../platform/ids.js';
import { ensureTouchpoints, loadRules, storeEvents, toRows } from '../features/collection/index.js';
import { loadDemoFeedback } from '../features/feedback/index.js';
import { loadDemoPersonas } from '../features/journeys/personas/index.js';
import { loadDemoJourneys } from '../features/journeys/index.js';
import { loadDemoSupport } from '../features/support/demo.js';
import { createWorkspace } from '../features/workspace/index.js';

export const DEMO_SEED = 20261123;

export interface DemoOptions {
  customers: number;
  seed?: number;
  /** Load the team only, without customers and their footprints. */
  teamOnly?: boolean;
  onProgress?: (fraction: number, message: string) => Promise<void> | void;
}

/**
 * Loads the demo retail chain into a workspace. Deterministic for a seed; safe to run again
 * (people already there are kept). Each feature adds its own part of the dataset here.
 */
export async function loadDemo(database: Database, workspaceId: string, opts: DemoOptions): Promise<Record<string, number>> {
  const db = database.db;
  const seed = opts.seed ?? DEMO_SEED;
  const progress = opts.onProgress ?? (() => {});
  await progress(0.02, 'team');
  // Each workspace's demo staff are its own people: accounts are never shared between tenants.
  const team = generateTeam(seed, opts.customers, `${workspaceId.slice(-12)}.${DEMO_EMAIL_DOMAIN}`);
  const depts = await db.select().from(departments).where(eq(departments.workspaceId, workspaceId));
  const deptByKey = new Map(depts.filter((d) => d.key).map((d) => [d.key, d.id]));
  // Demo staff get one unusable password: they show the team, they are not accounts to sign in to.
  const passwordHash = await hashPassword(randomToken(40), 12);
  let added = 0;
  const chunk = 200;
  for (let i = 0; i < team.length; i += chunk) {
    const part = team.slice(i, i + chunk);
    await db.transaction(async (tx) => {
      await tx
        .insert(users)
        .values(part.map((m) => ({ id: newId(), email: m.email, name: m.name, nameSearch: foldForSearch(`${m.name} ${m.email}`), passwordHash, locale: 'vi' as const })))
        .onConflictDoNothing();
      const rows = await tx.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, part.map((m) => m.email)));
      const idByEmail = new Map(rows.map((r) => [r.email, r.id]));
      const inserted = await tx
        .insert(memberships)
        .values(
          part.map((m) => ({
            workspaceId,
            userId: idByEmail.get(m.email)!,
            role: m.role,
            departmentId: m.departmentKey ? (deptByKey.get(m.departmentKey) ?? null) : null,
          })),
        )
        .onConflictDoNothing()
        .returning({ u: memberships.userId });
      added += inserted.length;
    });
    await progress(0.02 + 0.08 * Math.min(1, (i + chunk) / team.length), 'team');
  }
  // "Now" moves with the day, not the second: a reload on the same day makes the same messages.
  const today = new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000);
  const events = opts.teamOnly ? 0 : await loadFootprints(database, workspaceId, seed, opts.customers, today, progress);
  const responses = opts.teamOnly ? 0 : await loadDemoFeedback(database, workspaceId, seed, opts.customers, today, (f) => progress(0.85 + 0.13 * f, 'feedback'));
  const personas = opts.teamOnly ? 0 : await loadDemoPersonas(db, workspaceId);
  // After the personas: a demo map names its persona.
  const journeyMaps = opts.teamOnly ? 0 : await loadDemoJourneys(db, workspaceId);
  // After the feedback: the support desk opens its cases from the negative answers.
  const supportCases = opts.teamOnly ? 0 : await loadDemoSupport(database, workspaceId, seed, today);
  const [{ n: customers } = { n: 0 }] = (await database.query<{ n: number }>('select count(*)::int as n from customers where workspace_id = $1', [workspaceId])).rows;
  await progress(1, 'done');
  return { members: added, departments: depts.length, customers, events, responses, personas, journeys: journeyMaps, supportCases };
}

/**
 * The chain's touchpoints, and its customers' footprints through the same path as the tracking API
 * (validation, touchpoint placement, identity, de-duplication by messageId). Their ids are deterministic, so loading again adds nothing.
 */
async function loadFootprints(
  database: Database,
  workspaceId: string,
  seed: number,
  customers: number,
  today: Date,
  progress: (fraction: number, message: string) => Promise<void> | void,
): Promise<number> {
  await ensureTouchpoints(
    database,
    workspaceId,
    DEMO_TOUCHPOINTS.map((t) => ({ ...t, rules: ZTouchpointRules.parse(t.rules) })),
  );
  const place = makePlacer((await loadRules(database.query, workspaceId)).touchpoints);
  const perChunk = 250;
  let stored = 0;
  for (let from = 0; from < customers; from += perChunk) {
    const messages = [];
    for (let i = from; i < Math.min(customers, from + perChunk); i++) messages.push(...customerFootprints(seed, i, today));
    stored += await storeEvents(database, toRows(messages, { workspaceId, keyId: null, receivedAt: today, ip: '127.0.0.1' }, place));
    await progress(0.1 + 0.75 * Math.min(1, (from + perChunk) / customers), 'customers');
  }
  return stored;
}

export const DEMO_OWNER_EMAIL = 'demo@footprint.local';
export const DEMO_WORKSPACE_NAME = 'Chuỗi bán lẻ An Phát (demo)';

/**
 * The demo's own workspace and owner, for `npm run demo` with no workspace named. The owner gets a
 * fresh random password on every run, printed once, so no fixed password ever exists.
 */
export async function ensureDemoWorkspace(db: Db, scryptLogN: number): Promise<{ workspaceId: string; signIn: { email: string; password: string } }> {
  const password = randomToken(16);
  const passwordHash = await hashPassword(password, scryptLogN);
  const [existing] = await db.select().from(users).where(eq(users.email, DEMO_OWNER_EMAIL));
  if (existing) {
    await db.update(users).set({ passwordHash }).where(eq(users.id, existing.id));
    const [m] = await db.select({ w: memberships.workspaceId }).from(memberships).where(eq(memberships.userId, existing.id)).limit(1);
    if (m) return { workspaceId: m.w, signIn: { email: DEMO_OWNER_EMAIL, password } };
  }
  const ownerId = existing?.id ?? newId();
  if (!existing) {
    await db.insert(users).values({ id: ownerId, email: DEMO_OWNER_EMAIL, name: 'Quản lý Demo', nameSearch: foldForSearch(`Quản lý Demo ${DEMO_OWNER_EMAIL}`), passwordHash, locale: 'vi' });
  }
  const w = await createWorkspace(db, { name: DEMO_WORKSPACE_NAME, ownerId });
  return { workspaceId: w.id, signIn: { email: DEMO_OWNER_EMAIL, password } };
}
