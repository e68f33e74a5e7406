import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { App } from '../../app.js';
import type { AppContext } from '../../context.js';
import { registerImportRoutes } from './import/routes.js';
import { Ingestor } from './ingest.js';
import { registerReadRoutes } from './read-routes.js';
import { registerTrackingRoutes } from './tracking-routes.js';
import { registerTouchpointRoutes, TouchpointPlacements, TouchpointService } from './touchpoints/index.js';
import { WriteKeyCache } from './write-keys.js';

/** Where the browser SDK's bundles are built (`node packages/sdk/build.mjs`; npm start builds them). */
export const SDK_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../packages/sdk/dist');

export interface CollectionOptions {
  /** Tracking requests read at once (default 256); more are refused with 503 + Retry-After. */
  maxInFlight?: number;
}

export async function registerCollectionRoutes(app: App, ctx: AppContext, opts: CollectionOptions = {}): Promise<void> {
  if (existsSync(SDK_DIST)) {
    // Any site may load the SDK; the URL carries no version, so caches revalidate (ETag) every 5 minutes.
    await app.register(fastifyStatic, {
      root: SDK_DIST,
      prefix: '/sdk/',
      decorateReply: false,
      wildcard: true,
      setHeaders: (res) => {
        res.header('access-control-allow-origin', '*');
        res.header('cache-control', 'public, max-age=300');
      },
    });
  }
  const placements = new TouchpointPlacements(ctx.database.query);
  const ingestor = new Ingestor(ctx.database, placements);
  await registerTrackingRoutes(app, ctx, ingestor, new WriteKeyCache(ctx.database.db), { maxInFlight: opts.maxInFlight ?? ctx.config.maxIngestInFlight });
  registerReadRoutes(app, ctx);
  registerTouchpointRoutes(app, ctx, new TouchpointService(ctx.database, placements));
  await registerImportRoutes(app, ctx);
}

export { Ingestor, storeEvents, toRows, writeEvents } from './ingest.js';
export { ensureTouchpoints, loadRules, PLACE_JOB, placeJob, TouchpointPlacements } from './touchpoints/index.js';
export { insertEvents, insertEventsCount, type EventRow } from './queries/insert-events.js';
export { IMPORT_JOB, runImport } from './import/run-import.js';
export { findCustomerIdentities } from './queries/get-customer.js';
export { WriteKeyCache } from './write-keys.js';
export { readFile } from './import/read-file.js';
export { FILE_TYPES } from './import/routes.js';
