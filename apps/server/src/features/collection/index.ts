import type { App } from '../../app.js';
import type { AppContext } from '../../context.js';
import { Ingestor } from './ingest.js';
import { registerReadRoutes } from './read-routes.js';
import { registerTrackingRoutes } from './tracking-routes.js';
import { WriteKeyCache } from './write-keys.js';

export async function registerCollectionRoutes(app: App, ctx: AppContext): Promise<void> {
  const ingestor = new Ingestor(ctx.database);
  await registerTrackingRoutes(app, ctx, ingestor, new WriteKeyCache(ctx.database.db));
  registerReadRoutes(app, ctx);
}

export { Ingestor } from './ingest.js';
export { insertEvents, type EventRow } from './queries/insert-events.js';
