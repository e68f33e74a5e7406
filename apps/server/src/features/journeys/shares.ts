import type { JourneyDoc, JourneyShare, PublicJourney } from '@footprint/core';
import { CHANNELS, ZJourneyDoc } from '@footprint/core';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { journeys, journeyShares, personas, users, workspaces } from '../../db/schema.js';
import { randomToken, sha256 } from '../../platform/crypto.js';
import { notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { findDepartments, findTouchpoints } from './queries/find-references.js';
import { docReferences } from './references.js';

/** Long and random, so a plain SHA-256 is a safe lookup hash (only the hash is stored, like API keys). */
const TOKEN_LENGTH = 32;
const TOKEN_START = 6;

/** The read-only page a share link opens. */
export const shareUrl = (publicUrl: string, token: string) => `${publicUrl}/m/${token}`;

const select = (db: Db) =>
  db.select({ s: journeyShares, creatorName: users.name }).from(journeyShares).leftJoin(users, eq(users.id, journeyShares.createdBy));

type Row = Awaited<ReturnType<ReturnType<typeof select>['execute']>>[number];

const toShare = (r: Row, url: string | null): JourneyShare => ({
  id: r.s.id,
  url,
  tokenStart: r.s.tokenStart,
  withLive: r.s.withLive,
  createdBy: r.s.createdBy ? { id: r.s.createdBy, name: r.creatorName ?? '' } : null,
  createdAt: r.s.createdAt.toISOString(),
});

/** A new read-only link; its URL (with the token) is returned this once and never again. */
export async function createShare(db: Db, publicUrl: string, workspaceId: string, journeyId: string, withLive: boolean, by: string | null): Promise<JourneyShare> {
  const [j] = await db.select({ id: journeys.id }).from(journeys).where(and(eq(journeys.workspaceId, workspaceId), eq(journeys.id, journeyId)));
  if (!j) throw notFound('Journey map not found');
  const token = randomToken(TOKEN_LENGTH);
  const id = newId();
  await db.insert(journeyShares).values({ workspaceId, id, journeyId, tokenHash: sha256(token), tokenStart: token.slice(0, TOKEN_START), withLive, createdBy: by });
  const [r] = await select(db).where(and(eq(journeyShares.workspaceId, workspaceId), eq(journeyShares.id, id)));
  return toShare(r!, shareUrl(publicUrl, token));
}

/** The map's links that still work, newest first (no token: only its start). */
export async function listShares(db: Db, workspaceId: string, journeyId: string): Promise<JourneyShare[]> {
  const [j] = await db.select({ id: journeys.id }).from(journeys).where(and(eq(journeys.workspaceId, workspaceId), eq(journeys.id, journeyId)));
  if (!j) throw notFound('Journey map not found');
  const rows = await select(db)
    .where(and(eq(journeyShares.workspaceId, workspaceId), eq(journeyShares.journeyId, journeyId), isNull(journeyShares.revokedAt)))
    .orderBy(desc(journeyShares.createdAt), desc(journeyShares.id));
  return rows.map((r) => toShare(r, null));
}

/** Revokes a link: it answers 404 from then on. A link already revoked is not found. */
export async function revokeShare(db: Db, workspaceId: string, journeyId: string, shareId: string): Promise<void> {
  const r = await db
    .update(journeyShares)
    .set({ revokedAt: new Date() })
    .where(and(eq(journeyShares.workspaceId, workspaceId), eq(journeyShares.journeyId, journeyId), eq(journeyShares.id, shareId), isNull(journeyShares.revokedAt)))
    .returning({ id: journeyShares.id });
  if (r.length === 0) throw notFound('Share link not found');
}

const isChannel = (c: string): c is (typeof CHANNELS)[number] => (CHANNELS as readonly string[]).includes(c);

/** What a link holder sees: the map read-only, every name resolved in the map's own workspace. Unknown or revoked: 404. */
export async function publicJourney(db: Db, token: string): Promise<PublicJourney & { workspaceId: string; journeyId: string }> {
  const [r] = await db
    .select({ share: journeyShares, j: journeys, workspaceName: workspaces.name, personaName: personas.name })
    .from(journeyShares)
    .innerJoin(journeys, and(eq(journeys.workspaceId, journeyShares.workspaceId), eq(journeys.id, journeyShares.journeyId)))
    .innerJoin(workspaces, eq(workspaces.id, journeyShares.workspaceId))
    .leftJoin(personas, and(eq(personas.workspaceId, journeys.workspaceId), eq(personas.id, journeys.personaId)))
    .where(and(eq(journeyShares.tokenHash, sha256(token)), isNull(journeyShares.revokedAt)));
  if (!r) throw notFound('This link does not exist or was revoked');
  const doc = ZJourneyDoc.parse(r.j.doc) as JourneyDoc;
  const refs = docReferences(doc);
  const ids = (kind: 'touchpoint' | 'department') => [...new Set(refs.filter((x) => x.kind === kind).map((x) => x.id))];
  const workspaceId = r.share.workspaceId;
  const [tps, depts] = await Promise.all([findTouchpoints(db, workspaceId, ids('touchpoint')), findDepartments(db, workspaceId, ids('department'))]);
  return {
    workspaceId,
    journeyId: r.j.id,
    name: r.j.name,
    description: r.j.description,
    kind: r.j.kind,
    workspaceName: r.workspaceName,
    persona: r.personaName !== null ? { name: r.personaName } : null,
    doc,
    touchpoints: Object.fromEntries(tps.map((t) => [t.id, { name: t.name, channel: isChannel(t.channel) ? t.channel : 'other' }])),
    departments: Object.fromEntries(depts.map((d) => [d.id, { nameVi: d.nameVi, nameEn: d.nameEn }])),
    withLive: r.share.withLive,
    updatedAt: r.j.updatedAt.toISOString(),
  };
}
