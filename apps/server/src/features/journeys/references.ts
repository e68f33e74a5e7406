import type { JourneyDoc } from '@footprint/core';
import type { Db } from '../../db/database.js';
import { AppError } from '../../platform/errors.js';
import { findDepartments, findJourneyKind, findPersona, findTouchpoints } from './queries/find-references.js';

interface Ref {
  kind: 'touchpoint' | 'department';
  id: string;
  path: string;
}

/** Every workspace id a map's touchpoint items name, with where it sits (for the error). */
export function docReferences(doc: JourneyDoc): Ref[] {
  const refs: Ref[] = [];
  doc.stages.forEach((s, i) => {
    for (const [laneId, cell] of Object.entries(s.cells))
      cell.touchpoints.forEach((tp, k) => {
        const at = `doc.stages.${i}.cells.${laneId}.touchpoints.${k}`;
        if (tp.touchpointId) refs.push({ kind: 'touchpoint', id: tp.touchpointId, path: `${at}.touchpointId` });
        if (tp.departmentId) refs.push({ kind: 'department', id: tp.departmentId, path: `${at}.departmentId` });
      });
  });
  return refs;
}

/**
 * The touchpoints and departments a map names must be the workspace's own: another tenant's id is
 * refused exactly like one that exists nowhere (404 journey_reference_unknown, with the path but
 * never the id). Ids the map already held when it was last saved are not checked again, so a map
 * whose touchpoint was deleted since can still be saved (its item shows its own name).
 */
export async function checkDocReferences(db: Db, workspaceId: string, doc: JourneyDoc, known: JourneyDoc | null = null): Promise<void> {
  const had = new Set(known ? docReferences(known).map((r) => `${r.kind}:${r.id}`) : []);
  const fresh = docReferences(doc).filter((r) => !had.has(`${r.kind}:${r.id}`));
  if (fresh.length === 0) return;
  const ids = (kind: Ref['kind']) => [...new Set(fresh.filter((r) => r.kind === kind).map((r) => r.id))];
  const [tps, depts] = await Promise.all([findTouchpoints(db, workspaceId, ids('touchpoint')), findDepartments(db, workspaceId, ids('department'))]);
  const found = new Set([...tps.map((t) => `touchpoint:${t.id}`), ...depts.map((d) => `department:${d.id}`)]);
  const missing = fresh.find((r) => !found.has(`${r.kind}:${r.id}`));
  if (missing) {
    throw new AppError(404, 'journey_reference_unknown', `No such ${missing.kind} in this workspace`, { kind: missing.kind, path: missing.path });
  }
}

/** A persona the map is drawn for must be the workspace's own. */
export async function checkPersona(db: Db, workspaceId: string, personaId: string | null | undefined): Promise<void> {
  if (personaId && !(await findPersona(db, workspaceId, personaId))) throw new AppError(404, 'not_found', 'Persona not found', { field: 'personaId' });
}

/**
 * A future-state map's current-state map: one of the workspace's maps, not itself and not another
 * future-state map (so links never loop). Returns its document, which a new future state starts from.
 */
export async function checkCurrentState(db: Db, workspaceId: string, currentStateId: string, self: string | null): Promise<JourneyDoc> {
  const j = await findJourneyKind(db, workspaceId, currentStateId);
  if (!j) throw new AppError(404, 'not_found', 'Current-state map not found', { field: 'currentStateId' });
  if (j.id === self || j.kind === 'future') {
    throw new AppError(400, 'bad_request', 'A future-state map improves on a current-state map: not on itself or on another future state', { field: 'currentStateId' });
  }
  return j.doc as JourneyDoc;
}

