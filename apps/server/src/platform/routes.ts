import { z } from 'zod';
import type { App } from '../app.js';
import type { AppContext } from '../context.js';

export function registerPlatformRoutes(app: App, ctx: AppContext): void {
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_req, reply) => {
    const ready = await ctx.database.ready().catch(() => false);
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'starting' });
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  // A route that does nothing: the benchmark's baseline for what Fastify itself costs.
  app.get('/api/v1/ping', { schema: { tags: ['platform'], response: { 200: z.object({ ok: z.literal(true) }) } } }, async () => ({
    ok: true as const,
  }));
}
