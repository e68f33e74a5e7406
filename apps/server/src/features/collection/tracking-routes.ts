import fastifyCors from '@fastify/cors';
import { MAX_BATCH_BYTES, ZSegmentBatch } from '@footprint/core';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App } from '../../app.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../platform/errors.js';
import { liveSample, type Ingestor } from './ingest.js';
import type { WriteKeyCache } from './write-keys.js';

const ZSuccess = z.object({ success: z.literal(true) });
const ZAnyMessage = z.record(z.string(), z.unknown());
const SINGLE = ['identify', 'track', 'page', 'screen', 'group', 'alias'] as const;

/** Segment's clients send the write key as the Basic username; browsers may put it in the body. */
function writeKeyOf(req: FastifyRequest, body: unknown): string | null {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Basic ')) {
    const decoded = Buffer.from(auth.slice(6), 'base64').toString('utf8');
    const user = decoded.split(':')[0];
    if (user) return user;
  }
  if (typeof body === 'object' && body !== null && 'writeKey' in body && typeof body.writeKey === 'string') return body.writeKey;
  return null;
}

/**
 * The Segment HTTP Tracking API (`/v1/*`). A 200 means the events are committed. Any origin may
 * send (CORS), and text/plain bodies are read as JSON so browsers need no preflight.
 */
export async function registerTrackingRoutes(
  app: App,
  ctx: AppContext,
  ingestor: Ingestor,
  keys: WriteKeyCache,
  opts: { maxInFlight?: number } = {},
): Promise<void> {
  // Memory stays bounded under overload: at most this many tracking requests (each up to 500 KB)
  // are read at once; the rest are refused before their bodies are read, with Retry-After.
  const maxInFlight = opts.maxInFlight ?? 256;
  let inFlight = 0;
  await app.register(async (scope) => {
    scope.addHook('onRequest', async (req, reply) => {
      if (req.method !== 'POST') return;
      if (inFlight >= maxInFlight) {
        throw new AppError(503, 'overloaded', 'The server is busy; retry shortly', undefined, { 'retry-after': '1' });
      }
      inFlight++;
      let released = false;
      const release = () => {
        if (!released) {
          released = true;
          inFlight--;
        }
      };
      reply.raw.once('close', release);
      reply.raw.once('finish', release);
    });
    // Retry-After is exposed so browsers let the SDK honour it on 429/503.
    await scope.register(fastifyCors, { origin: '*', methods: ['POST'], allowedHeaders: ['authorization', 'content-type'], exposedHeaders: ['retry-after'], maxAge: 86400 });
    scope.addContentTypeParser('text/plain', { parseAs: 'string', bodyLimit: MAX_BATCH_BYTES }, (_req, body, done) => {
      try {
        done(null, JSON.parse(body as string));
      } catch {
        done(new AppError(400, 'bad_request', 'The body is not valid JSON'), undefined);
      }
    });
    const z2 = scope.withTypeProvider<import('fastify-type-provider-zod').ZodTypeProvider>();

    const authenticate = async (req: FastifyRequest, body: unknown) => {
      const raw = writeKeyOf(req, body);
      if (!raw) throw new AppError(401, 'invalid_write_key', 'Send the write key as the Basic auth username or as writeKey in the body');
      const key = await keys.resolve(raw);
      if (!key) throw new AppError(401, 'invalid_write_key', 'This write key is not valid or was revoked');
      return key;
    };

    z2.post(
      '/v1/batch',
      {
        bodyLimit: MAX_BATCH_BYTES,
        schema: {
          tags: ['tracking'],
          summary: 'Send many messages (Segment batch)',
          security: [{ writeKey: [] }],
          body: ZSegmentBatch,
          response: { 200: ZSuccess },
        },
      },
      async (req) => {
        const key = await authenticate(req, req.body);
        const rows = await ingestor.ingest(req.body.batch, {
          workspaceId: key.workspaceId,
          keyId: key.id,
          receivedAt: new Date(),
          ip: req.ip,
          sentAt: req.body.sentAt,
          context: req.body.context,
        });
        void ctx.live.publish(key.workspaceId, 'events.received', liveSample(rows)).catch(() => {});
        return { success: true as const };
      },
    );

    for (const type of SINGLE) {
      z2.post(
        `/v1/${type}`,
        {
          bodyLimit: MAX_BATCH_BYTES,
          schema: { tags: ['tracking'], summary: `Send one ${type} message`, security: [{ writeKey: [] }], body: ZAnyMessage, response: { 200: ZSuccess } },
        },
        async (req) => {
          const key = await authenticate(req, req.body);
          const { writeKey: _omit, ...message } = req.body;
          const rows = await ingestor.ingest([{ ...message, type }], { workspaceId: key.workspaceId, keyId: key.id, receivedAt: new Date(), ip: req.ip });
          void ctx.live.publish(key.workspaceId, 'events.received', liveSample(rows)).catch(() => {});
          return { success: true as const };
        },
      );
    }
  });
}
