import type { JourneyDoc, JourneyLive, JourneyStage, JourneyTouchpoint } from '@footprint/core';

/** Every touchpoint item on the map's touchpoint lanes, with its stage, keyed by item id. */
export function touchpointItems(doc: JourneyDoc): Map<string, { item: JourneyTouchpoint; stageId: string }> {
  const lanes = new Set(doc.lanes.filter((l) => l.kind === 'touchpoints').map((l) => l.id));
  const out = new Map<string, { item: JourneyTouchpoint; stageId: string }>();
  for (const s of doc.stages)
    for (const [laneId, cell] of Object.entries(s.cells)) if (lanes.has(laneId)) for (const item of cell.touchpoints) out.set(item.id, { item, stageId: s.id });
  return out;
}

/** A stage's name in the reader's language (English falls back to the Vietnamese one). */
export const stageName = (stage: Pick<JourneyStage, 'name'>, language: string): string => (language === 'en' && stage.name.en ? stage.name.en : stage.name.vi);

/**
 * What a touchpoint item is called: its linked touchpoint's current name, else the name written on
 * the map. `names` holds workspace touchpoints (or a share's resolved names).
 */
export function itemName(item: Pick<JourneyTouchpoint, 'touchpointId' | 'name'> | undefined, names: ReadonlyMap<string, string> | undefined, fallback: { deleted: string; unnamed: string }): string {
  if (!item) return fallback.deleted;
  if (item.touchpointId) return names?.get(item.touchpointId) ?? (item.name || fallback.deleted);
  return item.name || fallback.unnamed;
}

/** True when nothing at all was measured at the map's touchpoints in the period. */
export function isLiveEmpty(live: JourneyLive): boolean {
  return live.touchpoints.every((t) => t.customers === 0 && t.events === 0 && t.responses === 0) && live.stages.every((s) => s.customers === 0 && s.responses === 0);
}
