import { makePlacer, type Placer } from '@footprint/core';
import type { RawQuery } from '../../../db/database.js';
import { loadRules } from './queries/load-rules.js';

/** How long a process trusts the rules it read; re-placement waits a little longer (PLACE_DELAY_MS). */
export const RULES_TTL_MS = 2_000;
export const PLACE_DELAY_MS = RULES_TTL_MS + 1_000;

/**
 * Every event is placed as it is ingested, so each process keeps its workspaces' rules compiled for
 * a moment. A change made through this process is seen at once; one made through another process
 * within RULES_TTL_MS, and the re-placement job that every change starts PLACE_DELAY_MS later
 * sweeps up anything placed by the old rules in between.
 */
export class TouchpointPlacements {
  private entries = new Map<string, { placer: Promise<Placer>; until: number }>();

  constructor(private readonly query: RawQuery) {}

  placerFor(workspaceId: string): Promise<Placer> {
    const now = Date.now();
    const hit = this.entries.get(workspaceId);
    if (hit && hit.until > now) return hit.placer;
    const placer = loadRules(this.query, workspaceId).then((r) => makePlacer(r.touchpoints));
    // A failed read is not remembered: the next request tries again.
    placer.catch(() => this.entries.delete(workspaceId));
    if (this.entries.size > 10_000) this.entries.clear();
    this.entries.set(workspaceId, { placer, until: now + RULES_TTL_MS });
    return placer;
  }

  invalidate(workspaceId: string): void {
    this.entries.delete(workspaceId);
  }
}
