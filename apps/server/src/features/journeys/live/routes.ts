import { canReadWorkspace, ZErrorBody, ZJourneyDoc, ZJourneyLive, ZJourneyLiveQuery, ZJourneyParams, type JourneyDoc } from '@footprint/core';
import { and, eq, isNull, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { App } from '../../../app.js';
import type { AppContext } from '../../../context.js';
import type { Db } from '../../../db/database.js';
import { journeys, journeyShares } from '../../../db/schema.js';
import { sha256 } from '../../../platform/crypto.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { authorize, requireWorkspace } from '../../workspace/index.js';
import { journeyLive } from './index.js';

const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody, 422: ZErrorBody };
/** Per address, like the other public pages. */
const throttled = { rateLimit: { max: 60, timeWindow: '1 minute' } };
const ZShareToken = z.object({ token: z.string().min(20).max(64).regex(/^[A-Za-z0-9]+$/) });
const ZPublicLiveQuery = z
  .object({ from: ZJourneyLiveQuery.shape.from, to: ZJourneyLiveQuery.shape.to })
  .refine((q) => q.from <= q.to, { message: '`from` must not be after `to`', path: ['from'] });

/** A persona's customers for the live layer: its name, how many customers it covers, and the SQL selecting their ids. */
export interface PersonaCoverage {
  id: string;
  name: string;
  customers: number;
  filter: SQL;
}
export type PersonaResolver = (db: Db, workspaceId: string, personaId: string) => Promise<PersonaCoverage | null>;

async function mapOf(db: Db, workspaceId: string, id: string): Promise<JourneyDoc> {
  const [j] = await db.select({ doc: journeys.doc }).from(journeys).where(and(eq(journeys.workspaceId, workspaceId), eq(journeys.id, id)));
  if (!j) throw notFound('Journey map not found');
  return ZJourneyDoc.parse(j.doc);
}

/**
 * The live layer of a map: for members (optionally one persona's customers), and for holders of a
 * share link made with the live figures (counts and scores only: no persona, no complaints quoted
 * from customers' own words). `personas` resolves a persona to its customers; without it a
 * personaId is refused with 422 persona_unavailable.
 */
export function registerJourneyLiveRoutes(app: App, ctx: AppContext, personas: PersonaResolver | null = null): void {
  const db = ctx.database.db;
  app.get(
    '/api/v1/journeys/:id/live',
    {
      schema: {
        tags: ['journeys'],
        description:
          'The live layer of a map for a period of workspace days (and one persona’s customers): per touchpoint customers, events, NPS/CSAT/CES with n and change, negative share and target status; per stage the funnel and the measured emotion; the weakest touchpoints with their evidence.',
        params: ZJourneyParams,
        querystring: ZJourneyLiveQuery,
        response: { 200: ZJourneyLive, ...errors },
      },
    },
    async (req) => {
      const a = await requireWorkspace(db, req);
      authorize(canReadWorkspace(a.actor));
      const doc = await mapOf(db, a.workspaceId, req.params.id);
      let persona: PersonaCoverage | null = null;
      if (req.query.personaId) {
        if (!personas) throw new AppError(422, 'persona_unavailable', 'Filtering by persona is not available in this installation');
        persona = await personas(db, a.workspaceId, req.query.personaId);
        if (!persona) throw notFound('Persona not found');
      }
      const live = await journeyLive(db, a.workspaceId, doc, req.query, persona ? { customerFilter: persona.filter } : {});
      return { ...live, persona: persona && { id: persona.id, name: persona.name, customers: persona.customers } };
    },
  );

  app.get(
    '/api/v1/public/journey-shares/:token/live',
    {
      config: throttled,
      schema: {
        tags: ['public'],
        description: 'The live figures of a shared map, when the link was made with them. Unknown, revoked or map-only links: 404.',
        params: ZShareToken,
        querystring: ZPublicLiveQuery,
        response: { 200: ZJourneyLive, 400: ZErrorBody, 404: ZErrorBody, 429: ZErrorBody },
      },
    },
    async (req) => {
      const [share] = await db
        .select({ workspaceId: journeyShares.workspaceId, journeyId: journeyShares.journeyId, withLive: journeyShares.withLive })
        .from(journeyShares)
        .where(and(eq(journeyShares.tokenHash, sha256(req.params.token)), isNull(journeyShares.revokedAt)));
      if (!share?.withLive) throw notFound('This link does not exist, was revoked, or does not show live figures');
      const doc = await mapOf(db, share.workspaceId, share.journeyId);
      const live = await journeyLive(db, share.workspaceId, doc, req.query);
      for (const w of live.weakest) w.evidence.complaints = [];
      return { ...live, persona: null };
    },
  );
}
