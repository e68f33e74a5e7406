import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { ErrorCode } from '@footprint/core';
import Fastify, {
  type FastifyBaseLogger, type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest, type RawServerDefault,
} from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppContext } from './context.js';
import { registerCollectionRoutes } from './features/collection/index.js';
import {
  registerEmailRoutes, registerFeedbackRoutes, registerKioskRoutes, registerKioskTabletRoutes, registerPublicEmailRoutes, registerPublicFeedbackRoutes,
  registerWidgetRoutes,
} from './features/feedback/index.js';
import { registerJourneyRoutes } from './features/journeys/index.js';
import { personaForLive, registerPersonaRoutes } from './features/journeys/personas/index.js';
import { registerWorkspaceRoutes } from './features/workspace/index.js';
import { registerJourneyLiveRoutes } from './features/journeys/live/routes.js';
import { registerSupportCaseRoutes, registerSupportLoopRoutes } from './features/support/index.js';
import { registerSupportKpiRoutes } from './features/support/kpis/index.js';
import { AppError } from './platform/errors.js';
import { ERROR_MESSAGES, pickLanguage } from './platform/messages.js';
import { registerPlatformRoutes } from './platform/routes.js';

export type App = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger, ZodTypeProvider>;

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_WEB_DIST = path.resolve(here, '../../web/dist');

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

export interface BuildOptions {
  logger?: boolean;
}

/** Every error leaves as `{ error: { code, message, details? } }`, its message in the request's language. */
function renderError(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const lang = pickLanguage(req.headers['accept-language']);
  const localise = (code: ErrorCode, fallback: string) => ERROR_MESSAGES[code]?.[lang] ?? fallback;
  if (err instanceof AppError) {
    if (err.headers) void reply.headers(err.headers);
    return reply.code(err.status).send({
      error: { code: err.code, message: localise(err.code, err.message), ...(err.details ? { details: err.details } : {}) },
    });
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const issues = err.validation.map((v) => ({
      path: [String(err.validationContext ?? 'body'), ...v.instancePath.split('/').filter(Boolean)],
      message: v.message ?? 'invalid',
    }));
    return reply.code(400).send({
      error: { code: 'validation_failed', message: localise('validation_failed', 'Invalid request'), details: { issues } },
    });
  }
  const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
  if (status >= 400 && status < 500) {
    const code = STATUS_CODES[status] ?? 'bad_request';
    return reply.code(status).send({ error: { code, message: localise(code, err.message) } });
  }
  req.log.error({ err }, 'unhandled error');
  return reply.code(500).send({ error: { code: 'internal', message: localise('internal', 'Something went wrong') } });
}

export async function buildApp(ctx: AppContext, opts: BuildOptions = {}): Promise<App> {
  const app = Fastify({
    logger: opts.logger ? { level: ctx.config.logLevel } : false,
    bodyLimit: 1024 * 1024,
    trustProxy: process.env.FOOTPRINT_TRUST_PROXY === 'true',
    // Errors the router raises before any route runs (bad %-escapes, over-long ids) take the same shape.
    frameworkErrors: (err, req, reply) => renderError(err, req, reply),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((err: FastifyError, req, reply) => renderError(err, req, reply));
  // The API speaks JSON only: other bodies are a clear 415, not a confusing validation error.
  app.removeContentTypeParser('text/plain');

  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Footprint API',
        version: '1',
        description:
          'Management API of Footprint. Authenticate with the session cookie (dashboard) or `Authorization: Bearer <secret key>`. ' +
          'Errors are `{ "error": { "code", "message", "details"? } }`; branch on `code`.',
      },
      components: {
        securitySchemes: {
          secretKey: { type: 'http', scheme: 'bearer', description: 'A secret API key (fp_s_…)' },
          writeKey: { type: 'http', scheme: 'basic', description: 'Tracking API: the write key (fp_w_…) as the username, no password' },
          session: { type: 'apiKey', in: 'cookie', name: 'fp_session' },
          deviceToken: { type: 'http', scheme: 'bearer', description: 'A kiosk tablet’s device token (fp_k_…), from pairing' },
        },
      },
      security: [{ secretKey: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  registerPlatformRoutes(app, ctx);
  registerWorkspaceRoutes(app, ctx);
  await registerCollectionRoutes(app, ctx);
  registerFeedbackRoutes(app, ctx);
  registerPublicFeedbackRoutes(app, ctx);
  await registerWidgetRoutes(app, ctx);
  await registerEmailRoutes(app, ctx);
  await registerPublicEmailRoutes(app, ctx);
  registerKioskRoutes(app, ctx);
  registerKioskTabletRoutes(app, ctx);
  registerJourneyRoutes(app, ctx);
  registerPersonaRoutes(app, ctx);
  registerJourneyLiveRoutes(app, ctx, personaForLive);
  registerSupportCaseRoutes(app, ctx);
  registerSupportLoopRoutes(app, ctx);
  registerSupportKpiRoutes(app, ctx);

  const webDist = ctx.config.webDist ?? DEFAULT_WEB_DIST;
  const hasWeb = existsSync(path.join(webDist, 'index.html'));
  if (hasWeb) {
    // Wildcard: files are looked up per request, so a rebuilt dashboard is served without a restart.
    await app.register(fastifyStatic, { root: webDist, wildcard: true, index: ['index.html'] });
  }
  app.setNotFoundHandler((req, reply) => {
    const url = req.url.split('?')[0] ?? '';
    const isApi = url.startsWith('/api/') || url.startsWith('/v1/') || url.startsWith('/sdk/') || url === '/healthz' || url === '/readyz';
    if (req.method === 'GET' && !isApi && hasWeb) {
      // The dashboard is a single-page app: every other path is one of its routes.
      return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
    }
    const lang = pickLanguage(req.headers['accept-language']);
    return reply.code(404).send({ error: { code: 'not_found', message: ERROR_MESSAGES.not_found?.[lang] ?? 'Not found' } });
  });
  return app;
}
