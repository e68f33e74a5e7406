import type { App } from '../../../app.js';
import type { AppContext } from '../../../context.js';
import { requireWorkspace } from '../auth.js';

const HEARTBEAT_MS = 25_000;

/**
 * Server-sent events for the dashboard. Any server process may publish (LISTEN/NOTIFY), so a
 * change made through one process reaches browsers connected to another.
 */
export function registerLiveRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/live', { schema: { tags: ['live'], description: 'Server-sent events: `{type, data}` per message.' } }, async (req, reply) => {
    const a = await requireWorkspace(ctx.database.db, req);
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write(`retry: 3000\n: connected\n\n`);
    let closed = false;
    // Access can end while the stream is open (member removed, key revoked): check again when
    // membership or keys change and on every heartbeat, and end the stream when it has.
    const stillAllowed = async () => {
      req.principal = undefined;
      try {
        return (await requireWorkspace(ctx.database.db, req)).workspaceId === a.workspaceId;
      } catch {
        return false;
      }
    };
    const recheck = async () => {
      if (!closed && !(await stillAllowed())) res.end();
    };
    const unsubscribe = ctx.live.subscribe(a.workspaceId, (e) => {
      if (closed) return;
      res.write(`data: ${JSON.stringify({ type: e.type, data: e.data })}\n\n`);
      if (e.type === 'members.changed' || e.type === 'keys.changed') void recheck();
    });
    const heartbeat = setInterval(() => {
      res.write(': keep-alive\n\n');
      void recheck();
    }, HEARTBEAT_MS);
    const close = () => {
      closed = true;
      clearInterval(heartbeat);
      unsubscribe();
    };
    res.on('close', close);
    req.raw.on('close', close);
    res.on('error', close);
  });
}
