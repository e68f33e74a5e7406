import { ZStoredRules, type RuledTouchpoint } from '@footprint/core';
import type { RawQuery } from '../../../../db/database.js';

/** What placement needs: each touchpoint's rules, in placement order, and the revision they are at. */
export async function loadRules(q: RawQuery, workspaceId: string): Promise<{ revision: number; touchpoints: RuledTouchpoint[] }> {
  const r = await q<{ id: string | null; rules: unknown; revision: number }>(
    `select t.id, t.rules, w.touchpoint_revision as revision
     from workspaces w left join touchpoints t on t.workspace_id = w.id
     where w.id = $1
     order by t.position, t.id`,
    [workspaceId],
  );
  return {
    revision: r.rows[0]?.revision ?? 0,
    touchpoints: r.rows.filter((x): x is typeof x & { id: string } => x.id !== null).map((x) => ({ id: x.id, rules: ZStoredRules.parse(x.rules) })),
  };
}

export async function currentRevision(q: RawQuery, workspaceId: string): Promise<number> {
  const r = await q<{ revision: number }>('select touchpoint_revision as revision from workspaces where id = $1', [workspaceId]);
  return r.rows[0]?.revision ?? 0;
}
