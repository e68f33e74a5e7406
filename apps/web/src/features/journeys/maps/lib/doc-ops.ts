import {
  journeyKeys, newJourneyKey, NOTE_LANES, type JourneyCell, type JourneyDoc, type JourneyLane, type JourneyNote, type JourneyOpportunity, type JourneyPain,
  type JourneyStage, type JourneyTouchpoint, type LaneKind,
} from '@footprint/core';

/**
 * Pure edits of a map document: each returns a new document and leaves the old one untouched, so
 * the editor's undo history can keep every state it has seen.
 */

export type ItemField = 'notes' | 'touchpoints' | 'pains' | 'opportunities';
export interface ItemOf {
  notes: JourneyNote;
  touchpoints: JourneyTouchpoint;
  pains: JourneyPain;
  opportunities: JourneyOpportunity;
}
export type AnyItem = ItemOf[ItemField];

/** Which list of a cell a lane of this kind holds; the emotion lane holds none. */
export function itemField(kind: LaneKind): ItemField | null {
  if (NOTE_LANES.includes(kind)) return 'notes';
  if (kind === 'touchpoints' || kind === 'pains' || kind === 'opportunities') return kind;
  return null;
}

export const emptyCell = (): JourneyCell => ({ notes: [], touchpoints: [], pains: [], opportunities: [], emotion: null });
export const cellOf = (stage: JourneyStage, laneId: string): JourneyCell => stage.cells[laneId] ?? emptyCell();
export const newKey = (doc: JourneyDoc) => newJourneyKey(journeyKeys(doc));

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  if (from < 0 || from >= out.length || to < 0 || to >= out.length || from === to) return out;
  const [x] = out.splice(from, 1);
  out.splice(to, 0, x!);
  return out;
}

export const moveStage = (doc: JourneyDoc, from: number, to: number): JourneyDoc => ({ ...doc, stages: move(doc.stages, from, to) });
export const moveLane = (doc: JourneyDoc, from: number, to: number): JourneyDoc => ({ ...doc, lanes: move(doc.lanes, from, to) });

export function addStage(doc: JourneyDoc, name: { vi: string; en: string }): JourneyDoc {
  return { ...doc, stages: [...doc.stages, { id: newKey(doc), name, description: '', cells: {} }] };
}
export const removeStage = (doc: JourneyDoc, stageId: string): JourneyDoc =>
  doc.stages.length <= 1 ? doc : { ...doc, stages: doc.stages.filter((s) => s.id !== stageId) };

export const updateStage = (doc: JourneyDoc, stageId: string, fn: (s: JourneyStage) => JourneyStage): JourneyDoc => ({
  ...doc,
  stages: doc.stages.map((s) => (s.id === stageId ? fn(s) : s)),
});
export const renameStage = (doc: JourneyDoc, stageId: string, lang: 'vi' | 'en', text: string): JourneyDoc =>
  updateStage(doc, stageId, (s) => ({ ...s, name: { ...s.name, [lang]: text } }));

export const updateLane = (doc: JourneyDoc, laneId: string, patch: Partial<Omit<JourneyLane, 'id'>>): JourneyDoc => ({
  ...doc,
  lanes: doc.lanes.map((l) => (l.id === laneId ? { ...l, ...patch } : l)),
});
export function addTextLane(doc: JourneyDoc, title: string): JourneyDoc {
  return { ...doc, lanes: [...doc.lanes, { id: newKey(doc), kind: 'text', title, hidden: false }] };
}
/** A lane goes with everything in it; the last lane stays. */
export function removeLane(doc: JourneyDoc, laneId: string): JourneyDoc {
  if (doc.lanes.length <= 1) return doc;
  return {
    lanes: doc.lanes.filter((l) => l.id !== laneId),
    stages: doc.stages.map((s) => {
      const { [laneId]: _gone, ...cells } = s.cells;
      return { ...s, cells };
    }),
  };
}

export const updateCell = (doc: JourneyDoc, stageId: string, laneId: string, fn: (c: JourneyCell) => JourneyCell): JourneyDoc =>
  updateStage(doc, stageId, (s) => ({ ...s, cells: { ...s.cells, [laneId]: fn(cellOf(s, laneId)) } }));

export function addItem<F extends ItemField>(doc: JourneyDoc, stageId: string, laneId: string, field: F, item: ItemOf[F]): JourneyDoc {
  return updateCell(doc, stageId, laneId, (c) => ({ ...c, [field]: [...c[field], item] }));
}
export function updateItem<F extends ItemField>(doc: JourneyDoc, stageId: string, laneId: string, field: F, itemId: string, patch: Partial<ItemOf[F]>): JourneyDoc {
  return updateCell(doc, stageId, laneId, (c) => ({ ...c, [field]: (c[field] as ItemOf[F][]).map((x) => (x.id === itemId ? { ...x, ...patch } : x)) }));
}
export function removeItem(doc: JourneyDoc, stageId: string, laneId: string, field: ItemField, itemId: string): JourneyDoc {
  return updateCell(doc, stageId, laneId, (c) => ({ ...c, [field]: (c[field] as AnyItem[]).filter((x) => x.id !== itemId) }));
}

export interface ItemPlace {
  stageId: string;
  laneId: string;
}

/**
 * Moves an item to `index` of another (or the same) cell. Items only move between lanes that hold
 * the same kind of item, so a touchpoint never lands among notes.
 */
export function moveItem(doc: JourneyDoc, field: ItemField, itemId: string, from: ItemPlace, to: ItemPlace, index: number): JourneyDoc {
  const fromStage = doc.stages.find((s) => s.id === from.stageId);
  const toLane = doc.lanes.find((l) => l.id === to.laneId);
  if (!fromStage || !toLane || itemField(toLane.kind) !== field) return doc;
  const list = cellOf(fromStage, from.laneId)[field] as AnyItem[];
  const item = list.find((x) => x.id === itemId);
  if (!item) return doc;
  const without = updateCell(doc, from.stageId, from.laneId, (c) => ({ ...c, [field]: (c[field] as AnyItem[]).filter((x) => x.id !== itemId) }));
  return updateCell(without, to.stageId, to.laneId, (c) => {
    const target = [...(c[field] as AnyItem[])];
    target.splice(Math.max(0, Math.min(index, target.length)), 0, item);
    return { ...c, [field]: target };
  });
}

export const setEmotion = (doc: JourneyDoc, stageId: string, laneId: string, value: number | null): JourneyDoc =>
  updateCell(doc, stageId, laneId, (c) => ({ ...c, emotion: value === null ? null : { value, note: c.emotion?.note ?? '' } }));
