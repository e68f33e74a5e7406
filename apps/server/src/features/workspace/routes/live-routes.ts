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
    const unsubscribe = ctx.live.subscribe(a.workspaceId, (e) => {
      res.write(`data: ${JSON.stringify({ type: e.type, data: e.data })}\n\n`);
    });
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    const close = () => {
      clearInterval(heartbeat);
      unsubscribe();
    };
    req.raw.on('close', close);
    res.on('error', close);
  });
}
