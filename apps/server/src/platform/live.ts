import type { Database } from '../db/database.js';

export const LIVE_CHANNEL = 'fp_live';

export interface LiveEvent {
  workspaceId: string;
  type: string;
  data: Record<string, unknown>;
}
type Subscriber = (e: LiveEvent) => void;

/**
 * Live updates through PostgreSQL NOTIFY: an event published by any server process reaches the
 * dashboards connected to every process. One LISTEN per process, fanned out in memory by workspace.
 */
export class LiveHub {
  private subs = new Map<string, Set<Subscriber>>();
  private unlisten: (() => Promise<void>) | null = null;

  constructor(private readonly database: Database) {}

  async start(): Promise<void> {
    this.unlisten = await this.database.listen(LIVE_CHANNEL, (payload) => {
      let e: LiveEvent;
      try {
        e = JSON.parse(payload) as LiveEvent;
      } catch {
        return;
      }
      for (const fn of this.subs.get(e.workspaceId) ?? []) fn(e);
    });
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
    this.subs.clear();
  }

  subscribe(workspaceId: string, fn: Subscriber): () => void {
    let set = this.subs.get(workspaceId);
    if (!set) this.subs.set(workspaceId, (set = new Set()));
    set.add(fn);
    return () => {
      set.delete(fn);
      if (set.size === 0) this.subs.delete(workspaceId);
    };
  }

  async publish(workspaceId: string, type: string, data: Record<string, unknown> = {}): Promise<void> {
    // NOTIFY payloads are capped at 8000 bytes: events carry ids and small facts, clients refetch.
    await this.database.notify(LIVE_CHANNEL, JSON.stringify({ workspaceId, type, data }));
  }
}
