import { foldForSearch, ZErrorBody, ZJourneyExportQuery, ZJourneyParams, type JourneyLive } from '@footprint/core';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { App } from '../../app.js';
import type { AppContext } from '../../context.js';
import type { Db } from '../../db/database.js';
import { workspaces } from '../../db/schema.js';
import { getJourney } from './journeys.js';
import { journeyLive } from './live/index.js';
import { personaForLive } from './personas/index.js';
import { journeyPdf, type JourneyPrint } from './pdf.js';
import { findDepartments, findTouchpoints } from './queries/find-references.js';
import { docReferences } from './references.js';
import type { JourneyAccess } from './routes.js';

/** A map with every name it prints resolved in its own workspace. */
export async function journeyPrint(db: Db, workspaceId: string, id: string): Promise<JourneyPrint> {
  const j = await getJourney(db, workspaceId, id);
  const [w] = await db.select({ name: workspaces.name, timeZone: workspaces.timeZone }).from(workspaces).where(eq(workspaces.id, workspaceId));
  const refs = docReferences(j.doc);
  const ids = (kind: 'touchpoint' | 'department') => [...new Set(refs.filter((r) => r.kind === kind).map((r) => r.id))];
  const [tps, depts] = await Promise.all([findTouchpoints(db, workspaceId, ids('touchpoint')), findDepartments(db, workspaceId, ids('department'))]);
  return {
    name: j.name,
    description: j.description,
    kind: j.kind,
    personaName: j.persona?.name ?? null,
    updatedAt: j.updatedAt,
    workspaceName: w?.name ?? '',
    timeZone: w?.timeZone ?? 'Asia/Ho_Chi_Minh',
    doc: j.doc,
    touchpoints: new Map(tps.map((t) => [t.id, { name: t.name, channel: t.channel }])),
    departments: new Map(depts.map((d) => [d.id, { nameVi: d.nameVi, nameEn: d.nameEn }])),
  };
}

export function registerJourneyExportRoute(app: App, ctx: AppContext, access: JourneyAccess): void {
  const db = ctx.database.db;
  app.get(
    '/api/v1/journeys/:id/export.pdf',
    {
      schema: {
        tags: ['journeys'],
        description: 'The map as a printable PDF (A3 landscape; more pages when it has many stages or lanes), in Vietnamese or English; with `from`/`to` (and `personaId`), the live figures of that period on each touchpoint and the measured emotion curve. A file, not JSON.',
        params: ZJourneyParams,
        querystring: ZJourneyExportQuery,
        response: { 200: z.unknown().describe('The map (application/pdf)'), 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody },
      },
    },
    async (req, reply) => {
      const a = await access(req, false);
      const print = await journeyPrint(db, a.workspaceId, req.params.id);
      const { from, to, personaId } = req.query;
      let live: JourneyLive | null = null;
      if (from && to) {
        const persona = personaId ? await personaForLive(db, a.workspaceId, personaId) : null;
        live = { ...(await journeyLive(db, a.workspaceId, print.doc, { from, to }, persona ? { customerFilter: persona.filter } : {})), persona: persona && { id: persona.id, name: persona.name, customers: persona.customers } };
      }
      const pdf = await journeyPdf(print, req.query.lang, live);
      const slug = foldForSearch(print.name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'hanh-trinh';
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${slug}.pdf"`).header('cache-control', 'private, no-store').send(pdf);
    },
  );
}
