import type { JourneyCell, JourneyDoc, JourneyOpportunity, JourneyPain, JourneyStage, JourneyTouchpoint, LaneKind } from '@footprint/core';

export type ItemChange = 'kept' | 'changed' | 'added' | 'removed';
export interface ItemRow<T> {
  item: T;
  change: ItemChange;
  /** The counterpart on the other map (kept or changed). */
  other: T | null;
}
/** One lane kind of one stage pair: the current map's items and the future map's, each marked. */
export interface ItemDiff<T> {
  current: ItemRow<T>[];
  future: ItemRow<T>[];
}
export type StageStatus = 'same' | 'changed' | 'new' | 'removed';
export interface StagePair {
  key: string;
  current: JourneyStage | null;
  future: JourneyStage | null;
  status: StageStatus;
  /** The current stage's name when the future one calls it otherwise. */
  renamed: boolean;
  touchpoints: ItemDiff<JourneyTouchpoint>;
  pains: ItemDiff<JourneyPain>;
  opportunities: ItemDiff<JourneyOpportunity>;
  /** Added, removed and changed items of the pair. */
  changes: number;
}

const norm = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('vi');

/** The items a stage holds in every lane of a kind, in lane order. */
function itemsOf<T>(doc: JourneyDoc, stage: JourneyStage | null, kind: LaneKind, pick: (cell: JourneyCell) => T[]): T[] {
  if (!stage) return [];
  const out: T[] = [];
  for (const lane of doc.lanes) {
    const cell = stage.cells[lane.id];
    if (lane.kind === kind && cell) out.push(...pick(cell));
  }
  return out;
}

/**
 * Pairs the items of two cells: by id first (a future map made from a current one copies ids),
 * then by what they are (a touchpoint's linked touchpoint or name, a pain's or opportunity's text).
 */
export function diffItems<T extends { id: string }>(current: T[], future: T[], identity: (t: T) => string, differs: (a: T, b: T) => boolean): ItemDiff<T> {
  const pairOf = new Map<T, T>();
  const taken = new Set<T>();
  for (const c of current) {
    const f = future.find((x) => x.id === c.id && !taken.has(x));
    if (f) {
      pairOf.set(c, f);
      taken.add(f);
    }
  }
  for (const c of current) {
    if (pairOf.has(c)) continue;
    const f = future.find((x) => !taken.has(x) && identity(x) === identity(c));
    if (f) {
      pairOf.set(c, f);
      taken.add(f);
    }
  }
  const back = new Map([...pairOf].map(([c, f]) => [f, c]));
  const mark = (a: T, b: T | undefined, alone: ItemChange): ItemRow<T> => ({ item: a, other: b ?? null, change: b === undefined ? alone : differs(a, b) ? 'changed' : 'kept' });
  return { current: current.map((c) => mark(c, pairOf.get(c), 'removed')), future: future.map((f) => mark(f, back.get(f), 'added')) };
}

const tpIdentity = (t: JourneyTouchpoint) => (t.touchpointId ? `tp:${t.touchpointId}` : `name:${norm(t.name)}`);
const sameTarget = (a: JourneyTouchpoint['target'], b: JourneyTouchpoint['target']) => (a === null ? b === null : b !== null && a.metric === b.metric && a.min === b.min);
const tpDiffers = (a: JourneyTouchpoint, b: JourneyTouchpoint) => !sameTarget(a.target, b.target) || tpIdentity(a) !== tpIdentity(b) || a.channel !== b.channel || a.mode !== b.mode;
const painDiffers = (a: JourneyPain, b: JourneyPain) => norm(a.text) !== norm(b.text) || a.severity !== b.severity;
const oppDiffers = (a: JourneyOpportunity, b: JourneyOpportunity) => norm(a.text) !== norm(b.text) || a.status !== b.status || norm(a.owner) !== norm(b.owner);

function pairStages(current: JourneyStage[], future: JourneyStage[]): [JourneyStage | null, JourneyStage | null][] {
  const byId = new Map(current.map((s) => [s.id, s]));
  const matched = new Map<JourneyStage, JourneyStage>(); // future → current
  const used = new Set<JourneyStage>();
  for (const f of future) {
    const c = byId.get(f.id);
    if (c) {
      matched.set(f, c);
      used.add(c);
    }
  }
  // Then by position: the n-th stage of each map, when neither was paired by id.
  future.forEach((f, i) => {
    const c = current[i];
    if (!matched.has(f) && c && !used.has(c)) {
      matched.set(f, c);
      used.add(c);
    }
  });
  const pairs: [JourneyStage | null, JourneyStage | null][] = future.map((f) => [matched.get(f) ?? null, f]);
  // Removed stages go after the pair holding the current stage just before them.
  current.forEach((c, i) => {
    if (used.has(c)) return;
    const before = current.slice(0, i).reverse().find((p) => pairs.some(([x]) => x === p));
    const at = before ? pairs.findIndex(([x]) => x === before) + 1 : 0;
    pairs.splice(at, 0, [c, null]);
  });
  return pairs;
}

/** The two maps side by side, stage by stage, with what changed in touchpoints, pains and opportunities. */
export function compareMaps(current: JourneyDoc, future: JourneyDoc): StagePair[] {
  return pairStages(current.stages, future.stages).map(([c, f]) => {
    const touchpoints = diffItems(itemsOf(current, c, 'touchpoints', (x) => x.touchpoints), itemsOf(future, f, 'touchpoints', (x) => x.touchpoints), tpIdentity, tpDiffers);
    const pains = diffItems(itemsOf(current, c, 'pains', (x) => x.pains), itemsOf(future, f, 'pains', (x) => x.pains), (p) => norm(p.text), painDiffers);
    const opportunities = diffItems(itemsOf(current, c, 'opportunities', (x) => x.opportunities), itemsOf(future, f, 'opportunities', (x) => x.opportunities), (o) => norm(o.text), oppDiffers);
    const count = (d: ItemDiff<{ id: string }>) => d.current.filter((r) => r.change === 'removed').length + d.future.filter((r) => r.change !== 'kept').length;
    const changes = count(touchpoints) + count(pains) + count(opportunities);
    const renamed = !!c && !!f && (norm(c.name.vi) !== norm(f.name.vi) || norm(c.name.en) !== norm(f.name.en));
    const status: StageStatus = !c ? 'new' : !f ? 'removed' : changes > 0 || renamed ? 'changed' : 'same';
    return { key: `${c?.id ?? '-'}:${f?.id ?? '-'}`, current: c, future: f, status, renamed, touchpoints, pains, opportunities, changes };
  });
}
