import {
  escapeLike, foldForSearch, journeyTemplate, ZJourneyDoc, type Journey, type JourneyDoc, type JourneyKind, type JourneyQuery, type JourneySummary,
  type JourneyTemplateKey,
} from '@footprint/core';
import { and, asc, desc, eq, like, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { journeys } from '../../db/schema.js';
import { AppError, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { recordVersion } from './queries/record-version.js';
import { selectJourneys, type JourneyRow } from './queries/select-journeys.js';
import { checkCurrentState, checkDocReferences, checkPersona } from './references.js';

const sortColumns = { updatedAt: journeys.updatedAt, name: journeys.nameSearch, kind: journeys.kind } as const;

/** Touchpoint items on visible and hidden lanes alike: what the map holds. */
function touchpointCount(doc: JourneyDoc): number {
  const tpLanes = new Set(doc.lanes.filter((l) => l.kind === 'touchpoints').map((l) => l.id));
  let n = 0;
  for (const s of doc.stages) for (const [laneId, cell] of Object.entries(s.cells)) if (tpLanes.has(laneId)) n += cell.touchpoints.length;
  return n;
}

function toSummary(r: JourneyRow): JourneySummary {
  const doc = r.j.doc as JourneyDoc;
  return {
    id: r.j.id,
    name: r.j.name,
    description: r.j.description,
    kind: r.j.kind,
    stageCount: doc.stages.length,
    touchpointCount: touchpointCount(doc),
    persona: r.j.personaId && r.personaName !== null ? { id: r.j.personaId, name: r.personaName } : null,
    currentState: r.j.currentStateId && r.currentStateName !== null ? { id: r.j.currentStateId, name: r.currentStateName } : null,
    updatedBy: r.j.updatedBy ? { id: r.j.updatedBy, name: r.updaterName ?? '' } : null,
    createdAt: r.j.createdAt.toISOString(),
    updatedAt: r.j.updatedAt.toISOString(),
  };
}

export async function listJourneys(db: Db, workspaceId: string, q: JourneyQuery) {
  const where: SQL[] = [eq(journeys.workspaceId, workspaceId)];
  // Every word typed must appear, in any order, diacritics and case aside: "hanh trinh mua" finds "Hành trình mua hàng".
  for (const word of foldForSearch(q.q ?? '').split(' ').filter(Boolean).slice(0, 10)) where.push(like(journeys.nameSearch, `%${escapeLike(word)}%`));
  if (q.kind) where.push(eq(journeys.kind, q.kind));
  if (q.personaId) where.push(eq(journeys.personaId, q.personaId));
  const dir = q.order === 'asc' ? asc : desc;
  const rows = await selectJourneys(db)
    .where(and(...where))
    .orderBy(dir(sortColumns[q.sort]), dir(journeys.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const total = rows[0]?.total ?? (q.page > 1 ? ((await selectJourneys(db).where(and(...where)).limit(1))[0]?.total ?? 0) : 0);
  return { items: rows.map(toSummary), total, page: q.page, pageSize: q.pageSize };
}

export async function getJourney(db: Db, workspaceId: string, id: string): Promise<Journey> {
  const [r] = await selectJourneys(db).where(and(eq(journeys.workspaceId, workspaceId), eq(journeys.id, id)));
  if (!r) throw notFound('Journey map not found');
  const futures = await db
    .select({ id: journeys.id, name: journeys.name })
    .from(journeys)
    .where(and(eq(journeys.workspaceId, workspaceId), eq(journeys.currentStateId, id)))
    .orderBy(asc(journeys.nameSearch), asc(journeys.id));
  return { ...toSummary(r), doc: ZJourneyDoc.parse(r.j.doc), version: r.j.version, futureStates: futures };
}

export interface JourneyInput {
  name: string;
  description: string;
  kind: JourneyKind;
  template?: JourneyTemplateKey | undefined;
  doc?: JourneyDoc | undefined;
  currentStateId: string | null;
  personaId: string | null;
}

/**
 * A new map: from a document, from a model's stages, or (a future state with no template or
 * document) from a copy of its current-state map. Every reference is checked first.
 */
export async function createJourney(db: Db, workspaceId: string, input: JourneyInput, by: string | null, opts: { checked?: boolean } = {}): Promise<string> {
  await checkPersona(db, workspaceId, input.personaId);
  const currentDoc = input.currentStateId ? await checkCurrentState(db, workspaceId, input.currentStateId, null) : null;
  const doc = input.doc ?? (input.template ? journeyTemplate(input.template, input.kind) : ZJourneyDoc.parse(currentDoc));
  // A copied current state was checked when it was saved; a document sent now is checked whole.
  // A copy of a saved map (`checked`) was checked when that map was saved.
  await checkDocReferences(db, workspaceId, doc, opts.checked ? doc : input.doc ? null : currentDoc);
  const id = newId();
  const at = new Date();
  await db.transaction(async (tx) => {
    await tx.insert(journeys).values({
      workspaceId, id, name: input.name, nameSearch: foldForSearch(input.name), description: input.description, kind: input.kind, doc,
      personaId: input.personaId, currentStateId: input.currentStateId, createdBy: by, updatedBy: by, createdAt: at, updatedAt: at,
    });
    await recordVersion(tx, { workspaceId, journeyId: id, version: 1, name: input.name, doc, savedBy: by, at, merge: false });
  });
  return id;
}

export interface JourneyPatchInput {
  name?: string | undefined;
  description?: string | undefined;
  kind?: JourneyKind | undefined;
  personaId?: string | null | undefined;
  currentStateId?: string | null | undefined;
  doc?: JourneyDoc | undefined;
  version: number;
}

async function conflict(db: Db, workspaceId: string, id: string): Promise<never> {
  const [r] = await selectJourneys(db).where(and(eq(journeys.workspaceId, workspaceId), eq(journeys.id, id)));
  if (!r) throw notFound('Journey map not found');
  throw new AppError(409, 'version_conflict', 'Someone saved this map after you opened it', {
    version: r.j.version,
    updatedBy: r.j.updatedBy ? { id: r.j.updatedBy, name: r.updaterName ?? '' } : null,
    updatedAt: r.j.updatedAt.toISOString(),
  });
}

/**
 * Saves an edit made on `version`: refused with 409 version_conflict (the current version and who
 * saved it) when the map has moved on, so nothing anyone saved is overwritten. Every save bumps the
 * version and goes into the history (see recordVersion for how autosaves share a row).
 */
export async function updateJourney(db: Db, workspaceId: string, id: string, patch: JourneyPatchInput, by: string | null, opts: { restore?: boolean } = {}): Promise<void> {
  const mine = and(eq(journeys.workspaceId, workspaceId), eq(journeys.id, id));
  const [before] = await db.select({ kind: journeys.kind, doc: journeys.doc, currentStateId: journeys.currentStateId, version: journeys.version }).from(journeys).where(mine);
  if (!before) throw notFound('Journey map not found');
  if (before.version !== patch.version) await conflict(db, workspaceId, id);
  const kind = patch.kind ?? before.kind;
  // Only a future-state map links to a current state: changing the kind away drops the link.
  let currentStateId = patch.currentStateId !== undefined ? patch.currentStateId : before.currentStateId;
  if (kind !== 'future') {
    if (patch.currentStateId) throw new AppError(400, 'bad_request', 'Only a future-state map links to a current-state map', { field: 'currentStateId' });
    currentStateId = null;
  }
  if (patch.currentStateId) await checkCurrentState(db, workspaceId, patch.currentStateId, id);
  if (patch.personaId) await checkPersona(db, workspaceId, patch.personaId);
  // A restored version was checked when it was first saved.
  if (patch.doc && !opts.restore) await checkDocReferences(db, workspaceId, patch.doc, before.doc as JourneyDoc);
  if (kind === 'future' && patch.kind === 'future' && before.kind !== 'future') {
    // A map turned into a future state must not be anyone's current state (links never chain).
    const [ref] = await db.select({ id: journeys.id }).from(journeys).where(and(eq(journeys.workspaceId, workspaceId), eq(journeys.currentStateId, id))).limit(1);
    if (ref) throw new AppError(400, 'bad_request', 'Future-state maps improve on this map: it stays a current-state map', { field: 'kind' });
  }
  const at = new Date();
  await db.transaction(async (tx) => {
    const [saved] = await tx
      .update(journeys)
      .set({
        ...(patch.name !== undefined ? { name: patch.name, nameSearch: foldForSearch(patch.name) } : {}),
        ...(patch.description !== undefined ? { description: patch.description } : {}),
        ...(patch.doc !== undefined ? { doc: patch.doc } : {}),
        ...(patch.personaId !== undefined ? { personaId: patch.personaId } : {}),
        kind,
        currentStateId,
        version: sql`${journeys.version} + 1`,
        updatedBy: by,
        updatedAt: at,
      })
      .where(and(mine, eq(journeys.version, patch.version)))
      .returning({ version: journeys.version, name: journeys.name, doc: journeys.doc });
    if (!saved) return conflict(tx, workspaceId, id);
    await recordVersion(tx, { workspaceId, journeyId: id, version: saved.version, name: saved.name, doc: saved.doc, savedBy: by, at, merge: !opts.restore });
  });
}

/** Removes a map with its history and links; future states made from it keep their copy and lose the link. */
export async function deleteJourney(db: Db, workspaceId: string, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const r = await tx.delete(journeys).where(and(eq(journeys.workspaceId, workspaceId), eq(journeys.id, id))).returning({ id: journeys.id });
    if (r.length === 0) throw notFound('Journey map not found');
    await tx.update(journeys).set({ currentStateId: null }).where(and(eq(journeys.workspaceId, workspaceId), eq(journeys.currentStateId, id)));
  });
}

/** A copy to work on: the same document, kind, persona and current state, with a fresh history. */
export async function duplicateJourney(db: Db, workspaceId: string, id: string, suffix: string, by: string | null): Promise<string> {
  const j = await getJourney(db, workspaceId, id);
  return createJourney(
    db,
    workspaceId,
    { name: `${j.name} ${suffix}`.slice(0, 120), description: j.description, kind: j.kind, doc: j.doc, currentStateId: j.currentState?.id ?? null, personaId: j.persona?.id ?? null },
    by,
    { checked: true },
  );
}
