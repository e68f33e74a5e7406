import {
  escapeLike, foldForSearch, ZPersonaProfile, ZPersonaRule, type Persona, type PersonaProfile, type PersonaQuery, type PersonaRule, type PersonaSummary,
} from '@footprint/core';
import { and, asc, desc, eq, like, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { personas, users, workspaces } from '../../../db/schema.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { newId } from '../../../platform/ids.js';
import { countCovered } from './coverage.js';
import { checkPhoto } from './photo.js';

type Row = typeof personas.$inferSelect;

const sortColumns = { updatedAt: personas.updatedAt, name: personas.nameSearch, createdAt: personas.createdAt } as const;

const isUniqueViolation = (e: unknown): boolean =>
  (e as { code?: string }).code === '23505' || (e as { cause?: { code?: string } }).cause?.code === '23505';
const nameTaken = () => new AppError(409, 'persona_name_taken', 'A persona with this name already exists');

/** Stored JSON read back through the contract (never cast): an unreadable rule is no rule. */
const profileOf = (r: Row): PersonaProfile => ZPersonaProfile.safeParse(r.profile).data ?? ZPersonaProfile.parse({});
const ruleOf = (r: Row): PersonaRule | null => (r.rule === null ? null : (ZPersonaRule.safeParse(r.rule).data ?? null));

async function timeZoneOf(db: Db, workspaceId: string): Promise<string> {
  const [w] = await db.select({ timeZone: workspaces.timeZone }).from(workspaces).where(eq(workspaces.id, workspaceId));
  if (!w) throw notFound('Workspace not found');
  return w.timeZone;
}

function toSummary(r: Row, creatorName: string | null, customers: number | null): PersonaSummary {
  const profile = profileOf(r);
  return {
    id: r.id,
    name: r.name,
    photo: r.photo,
    avatar: r.avatar,
    occupation: profile.occupation,
    province: profile.province,
    quote: profile.quote,
    hasRule: ruleOf(r) !== null,
    customers,
    createdBy: r.createdBy ? { id: r.createdBy, name: creatorName ?? '' } : null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

const select = (db: Db) =>
  db
    .select({ p: personas, creatorName: users.name, total: sql<number>`count(*) over()`.mapWith(Number) })
    .from(personas)
    .leftJoin(users, eq(users.id, personas.createdBy));

export async function listPersonas(db: Db, workspaceId: string, q: PersonaQuery) {
  const where: SQL[] = [eq(personas.workspaceId, workspaceId)];
  // Every word typed must appear, without diacritics: "lan ha noi" finds "Chị Lan — … Hà Nội".
  for (const word of foldForSearch(q.q ?? '').split(' ').filter(Boolean).slice(0, 10)) where.push(like(personas.nameSearch, `%${escapeLike(word)}%`));
  const dir = q.order === 'asc' ? asc : desc;
  const rows = await select(db)
    .where(and(...where))
    .orderBy(dir(sortColumns[q.sort]), dir(personas.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const total = rows[0]?.total ?? (q.page > 1 ? ((await select(db).where(and(...where)).limit(1))[0]?.total ?? 0) : 0);
  const timeZone = rows.some((r) => r.p.rule !== null) ? await timeZoneOf(db, workspaceId) : undefined;
  const now = new Date();
  const items: PersonaSummary[] = [];
  for (const r of rows) {
    const rule = ruleOf(r.p);
    items.push(toSummary(r.p, r.creatorName, rule ? await countCovered(db, workspaceId, rule, now, timeZone!) : null));
  }
  return { items, total, page: q.page, pageSize: q.pageSize };
}

export async function getPersona(db: Db, workspaceId: string, id: string): Promise<Persona> {
  const [r] = await select(db).where(and(eq(personas.workspaceId, workspaceId), eq(personas.id, id)));
  if (!r) throw notFound('Persona not found');
  const rule = ruleOf(r.p);
  const customers = rule ? await countCovered(db, workspaceId, rule, new Date(), await timeZoneOf(db, workspaceId)) : null;
  return { ...toSummary(r.p, r.creatorName, customers), profile: profileOf(r.p), rule, version: r.p.version };
}

/** A persona's rule, for the coverage and the live layer; a persona of another workspace is not found. */
export async function personaRule(db: Db, workspaceId: string, id: string): Promise<{ name: string; rule: PersonaRule | null }> {
  const [r] = await db.select().from(personas).where(and(eq(personas.workspaceId, workspaceId), eq(personas.id, id)));
  if (!r) throw notFound('Persona not found');
  return { name: r.name, rule: ruleOf(r) };
}

export interface PersonaInput {
  name: string;
  photo: string | null;
  avatar: string;
  profile: PersonaProfile;
  rule: PersonaRule | null;
}

export async function createPersona(db: Db, workspaceId: string, input: PersonaInput, createdBy: string | null): Promise<string> {
  checkPhoto(input.photo);
  const id = newId();
  try {
    await db.insert(personas).values({
      workspaceId,
      id,
      name: input.name,
      nameSearch: foldForSearch(input.name),
      photo: input.photo,
      avatar: input.avatar,
      profile: input.profile,
      rule: input.rule,
      createdBy,
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw nameTaken();
    throw e;
  }
  return id;
}

export async function updatePersona(db: Db, workspaceId: string, id: string, patch: Partial<PersonaInput> & { version?: number | undefined }): Promise<void> {
  checkPhoto(patch.photo);
  const mine = and(eq(personas.workspaceId, workspaceId), eq(personas.id, id));
  let r: { id: string }[];
  try {
    r = await db
      .update(personas)
      .set({
        ...(patch.name !== undefined ? { name: patch.name, nameSearch: foldForSearch(patch.name) } : {}),
        ...(patch.photo !== undefined ? { photo: patch.photo } : {}),
        ...(patch.avatar !== undefined ? { avatar: patch.avatar } : {}),
        ...(patch.profile !== undefined ? { profile: patch.profile } : {}),
        ...(patch.rule !== undefined ? { rule: patch.rule } : {}),
        version: sql`${personas.version} + 1`,
        updatedAt: new Date(),
      })
      .where(patch.version === undefined ? mine : and(mine, eq(personas.version, patch.version)))
      .returning({ id: personas.id });
  } catch (e) {
    if (isUniqueViolation(e)) throw nameTaken();
    throw e;
  }
  if (r.length === 0) {
    const [current] = await db.select({ version: personas.version }).from(personas).where(mine);
    if (!current) throw notFound('Persona not found');
    throw new AppError(409, 'version_conflict', 'Someone saved this persona after you opened it', { version: current.version });
  }
}

export async function deletePersona(db: Db, workspaceId: string, id: string): Promise<void> {
  const r = await db.delete(personas).where(and(eq(personas.workspaceId, workspaceId), eq(personas.id, id))).returning({ id: personas.id });
  if (r.length === 0) throw notFound('Persona not found');
}

/** A copy to work on, named "<name> (bản sao)" — or "(bản sao 2)", "(bản sao 3)"… when that is taken. */
export async function duplicatePersona(db: Db, workspaceId: string, id: string, suffix: string, createdBy: string | null): Promise<string> {
  const p = await getPersona(db, workspaceId, id);
  for (let n = 1; ; n++) {
    const name = `${p.name} (${n === 1 ? suffix : `${suffix} ${n}`})`.slice(0, 120);
    try {
      return await createPersona(db, workspaceId, { name, photo: p.photo, avatar: p.avatar, profile: p.profile, rule: p.rule }, createdBy);
    } catch (e) {
      if (!(e instanceof AppError && e.code === 'persona_name_taken') || n >= 50) throw e;
    }
  }
}

export { timeZoneOf };
