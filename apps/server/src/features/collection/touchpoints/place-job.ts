import { makePlacer } from '@footprint/core';
import type { Database } from '../../../db/database.js';
import type { JobHandler } from '../../../platform/jobs.js';
import { currentRevision, loadRules } from './queries/load-rules.js';
import { replaceEventTouchpoints } from '../queries/touchpoint-visits.js';
import { countEvents, eventsAfter } from './queries/place-events.js';

const PAGE = 2_000;

/**
 * Re-places every past event of a workspace by its current rules, in id (time) order, a page at a
 * time, each page its own short transaction so ingestion never waits long on it. A newer change
 * queues a newer job; this one then stops, as its work would be redone anyway.
 */
export function placeJob(database: Database): JobHandler {
  return async ({ job, progress }) => {
    if (!job.workspaceId) throw new Error('touchpoints.place needs a workspace');
    const workspaceId = job.workspaceId;
    const { revision } = job.payload as { revision: number };
    const q = database.query;
    const rules = await loadRules(q, workspaceId);
    if (rules.revision !== revision) return { superseded: true };
    const place = makePlacer(rules.touchpoints);
    const total = await countEvents(q, workspaceId);
    let seen = 0;
    let moved = 0;
    let after: string | null = null;
    for (;;) {
      const page = await eventsAfter(q, workspaceId, after, PAGE);
      if (page.length === 0) break;
      const ids: string[] = [];
      const targets: (string | null)[] = [];
      for (const e of page) {
        const t = place(e);
        if (t !== e.touchpoint_id) {
          ids.push(e.id);
          targets.push(t);
        }
      }
      // The move and the touchpoint visits it changes, in one short transaction.
      if (ids.length > 0) moved += await database.transactionRaw((tx) => replaceEventTouchpoints(tx, workspaceId, ids, targets));
      seen += page.length;
      after = page[page.length - 1]!.id;
      if ((await currentRevision(q, workspaceId)) !== revision) return { superseded: true, seen, moved };
      await progress(total > 0 ? Math.min(0.99, seen / total) : 0.99, `${seen}/${Math.max(total, seen)}`);
    }
    return { seen, moved };
  };
}
