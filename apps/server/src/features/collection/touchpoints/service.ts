import { foldForSearch, type TouchpointPreview, type TouchpointRules, type Channel, compileRules } from '@footprint/core';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database, Db } from '../../../db/database.js';
import { touchpoints, workspaces } from '../../../db/schema.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { newId } from '../../../platform/ids.js';
import { enqueueJob } from '../../../platform/jobs.js';
import { PLACE_DELAY_MS, type TouchpointPlacements } from './placements.js';
import { PLACE_JOB } from './queries/placement-status.js';
import { recentEvents } from './queries/recent-events.js';

export interface TouchpointFields {
  name: string;
  description: string | null;
  channel: Channel;
  rules: TouchpointRules;
}

const isNameTaken = (e: unknown) =>
  (e as { code?: string }).code === '23505' || (e as { cause?: { code?: string } }).cause?.code === '23505';
const nameTaken = () => new AppError(409, 'touchpoint_name_taken', 'A touchpoint with this name already exists');

/** The position after the last touchpoint, with the workspace locked so concurrent additions stay distinct. */
async function nextPosition(tx: Db, workspaceId: string): Promise<number> {
  await tx.execute(sql`select 1 from workspaces where id = ${workspaceId} for update`);
  const [last] = await tx
    .select({ max: sql<number | null>`max(${touchpoints.position})` })
    .from(touchpoints)
    .where(eq(touchpoints.workspaceId, workspaceId));
  return (last?.max ?? -1) + 1;
}

/**
 * Every change to the touchpoints bumps the workspace's revision and queues a job that re-places
 * past events, in the same transaction: no change without its re-placement.
 */
async function changed(database: Database, tx: Db, workspaceId: string): Promise<void> {
  const [w] = await tx
    .update(workspaces)
    .set({ touchpointRevision: sql`${workspaces.touchpointRevision} + 1` })
    .where(eq(workspaces.id, workspaceId))
    .returning({ revision: workspaces.touchpointRevision });
  await enqueueJob(database, PLACE_JOB, { revision: w?.revision ?? 0 }, { workspaceId, visible: true, runAt: new Date(Date.now() + PLACE_DELAY_MS) }, tx);
}

export class TouchpointService {
  constructor(
    private readonly database: Database,
    private readonly placements: TouchpointPlacements,
  ) {}

  private async mutate<T>(workspaceId: string, fn: (tx: Db) => Promise<T>): Promise<T> {
    try {
      const out = await this.database.db.transaction(async (tx) => {
        const r = await fn(tx);
        await changed(this.database, tx, workspaceId);
        return r;
      });
      return out;
    } catch (e) {
      if (isNameTaken(e)) throw nameTaken();
      throw e;
    } finally {
      this.placements.invalidate(workspaceId);
    }
  }

  async create(workspaceId: string, input: TouchpointFields): Promise<string> {
    const id = newId();
    await this.mutate(workspaceId, async (tx) => {
      const position = await nextPosition(tx, workspaceId);
      await tx.insert(touchpoints).values({
        workspaceId,
        id,
        name: input.name,
        nameSearch: foldForSearch(input.name),
        description: input.description,
        channel: input.channel,
        rules: input.rules,
        position,
      });
    });
    return id;
  }

  async update(workspaceId: string, id: string, patch: Partial<TouchpointFields>): Promise<void> {
    await this.mutate(workspaceId, async (tx) => {
      const r = await tx
        .update(touchpoints)
        .set({
          ...(patch.name !== undefined ? { name: patch.name, nameSearch: foldForSearch(patch.name) } : {}),
          ...(patch.description !== undefined ? { description: patch.description } : {}),
          ...(patch.channel !== undefined ? { channel: patch.channel } : {}),
          ...(patch.rules !== undefined ? { rules: patch.rules } : {}),
          updatedAt: new Date(),
        })
        .where(and(eq(touchpoints.workspaceId, workspaceId), eq(touchpoints.id, id)))
        .returning({ id: touchpoints.id });
      if (r.length === 0) throw notFound('Touchpoint not found');
    });
  }

  /** Removes it; its events go to whichever other touchpoint takes them, or to none. */
  async remove(workspaceId: string, id: string): Promise<void> {
    await this.mutate(workspaceId, async (tx) => {
      const r = await tx
        .delete(touchpoints)
        .where(and(eq(touchpoints.workspaceId, workspaceId), eq(touchpoints.id, id)))
        .returning({ id: touchpoints.id });
      if (r.length === 0) throw notFound('Touchpoint not found');
    });
  }

  /**
   * Puts the touchpoints named in `ids` first, in that order; the others keep their order after
   * them. So `[x]` moves x to the top, and the full list sets the whole order.
   */
  async reorder(workspaceId: string, ids: string[]): Promise<void> {
    await this.mutate(workspaceId, async (tx) => {
      await tx.execute(sql`select 1 from workspaces where id = ${workspaceId} for update`);
      const existing = await tx
        .select({ id: touchpoints.id })
        .from(touchpoints)
        .where(eq(touchpoints.workspaceId, workspaceId))
        .orderBy(asc(touchpoints.position), asc(touchpoints.id));
      const known = new Set(existing.map((t) => t.id));
      if (ids.some((id) => !known.has(id))) throw notFound('Touchpoint not found');
      const listed = new Set(ids);
      const order = [...ids, ...existing.map((t) => t.id).filter((id) => !listed.has(id))];
      for (const [position, id] of order.entries()) {
        await tx
          .update(touchpoints)
          .set({ position })
          .where(and(eq(touchpoints.workspaceId, workspaceId), eq(touchpoints.id, id)));
      }
    });
  }

  /** How rules would do on the latest events, before they are saved. */
  async preview(workspaceId: string, rules: TouchpointRules): Promise<TouchpointPreview> {
    const events = await recentEvents(this.database.query, workspaceId, PREVIEW_EVENTS);
    const test = compileRules(rules);
    const hits = events.filter(test);
    return {
      matched: hits.length,
      examined: events.length,
      samples: hits.slice(0, 5).map((e) => {
        const page = e.context.page as { url?: unknown } | undefined;
        return { type: e.type, event: e.event, url: typeof page?.url === 'string' ? page.url : null, timestamp: e.timestamp };
      }),
    };
  }
}

export const PREVIEW_EVENTS = 2_000;

/**
 * Adds the touchpoints not there yet (by name), after the existing ones; re-places past events when
 * any was added. Returns how many were added. (The demo uses it.)
 */
export async function ensureTouchpoints(database: Database, workspaceId: string, list: readonly TouchpointFields[]): Promise<number> {
  return database.db.transaction(async (tx) => {
    const start = await nextPosition(tx, workspaceId);
    const added = await tx
      .insert(touchpoints)
      .values(list.map((t, i) => ({ workspaceId, id: newId(), name: t.name, nameSearch: foldForSearch(t.name), description: t.description, channel: t.channel, rules: t.rules, position: start + i })))
      .onConflictDoNothing()
      .returning({ id: touchpoints.id });
    if (added.length > 0) await changed(database, tx, workspaceId);
    return added.length;
  });
}
