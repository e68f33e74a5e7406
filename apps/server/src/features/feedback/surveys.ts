import {
  escapeLike, foldForSearch, METRICS, SURVEY_TEMPLATES, type Metric, ZSurveyDefinition, type SurveyDefinition, type SurveyQuery, type SurveyStatus, type SurveySummary,
} from '@footprint/core';
import { and, asc, desc, eq, inArray, like, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { surveys, surveyTouchpoints, surveyWidgets, touchpoints, users } from '../../db/schema.js';
import { randomToken } from '../../platform/crypto.js';
import { AppError, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';

const isMetric = (t: string): t is Metric => (METRICS as readonly string[]).includes(t);

type Row = typeof surveys.$inferSelect & { creatorName: string | null };

const sortColumns = { updatedAt: surveys.updatedAt, name: surveys.nameSearch, status: surveys.status } as const;

async function touchpointsOf(db: Db, workspaceId: string, ids: string[]): Promise<Map<string, { id: string; name: string }[]>> {
  const out = new Map<string, { id: string; name: string }[]>();
  if (ids.length === 0) return out;
  const rows = await db
    .select({ surveyId: surveyTouchpoints.surveyId, id: touchpoints.id, name: touchpoints.name })
    .from(surveyTouchpoints)
    .innerJoin(touchpoints, and(eq(touchpoints.workspaceId, surveyTouchpoints.workspaceId), eq(touchpoints.id, surveyTouchpoints.touchpointId)))
    .where(and(eq(surveyTouchpoints.workspaceId, workspaceId), inArray(surveyTouchpoints.surveyId, ids)))
    .orderBy(asc(touchpoints.position), asc(touchpoints.id));
  for (const r of rows) out.set(r.surveyId, [...(out.get(r.surveyId) ?? []), { id: r.id, name: r.name }]);
  return out;
}

function toSummary(r: Row, tps: { id: string; name: string }[]): SurveySummary {
  const definition = r.definition as SurveyDefinition;
  return {
    id: r.id,
    name: r.name,
    status: r.status,
    touchpoints: tps,
    questionCount: definition.questions.length,
    metrics: definition.questions.map((q) => q.type).filter(isMetric),
    createdBy: r.createdBy ? { id: r.createdBy, name: r.creatorName ?? '' } : null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

const select = (db: Db) =>
  db
    .select({ s: surveys, creatorName: users.name, total: sql<number>`count(*) over()`.mapWith(Number) })
    .from(surveys)
    .leftJoin(users, eq(users.id, surveys.createdBy));

export async function listSurveys(db: Db, workspaceId: string, q: SurveyQuery) {
  const where: SQL[] = [eq(surveys.workspaceId, workspaceId)];
  // Every word typed must appear, in any order: "ha noi mat cuoi" finds "Mặt cười … Hà Nội".
  for (const word of foldForSearch(q.q ?? '').split(' ').filter(Boolean).slice(0, 10)) where.push(like(surveys.nameSearch, `%${escapeLike(word)}%`));
  if (q.status) where.push(eq(surveys.status, q.status));
  if (q.touchpointId) {
    where.push(
      inArray(
        surveys.id,
        db
          .select({ id: surveyTouchpoints.surveyId })
          .from(surveyTouchpoints)
          .where(and(eq(surveyTouchpoints.workspaceId, workspaceId), eq(surveyTouchpoints.touchpointId, q.touchpointId))),
      ),
    );
  }
  const dir = q.order === 'asc' ? asc : desc;
  const rows = await select(db)
    .where(and(...where))
    .orderBy(dir(sortColumns[q.sort]), dir(surveys.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const tps = await touchpointsOf(db, workspaceId, rows.map((r) => r.s.id));
  const total = rows[0]?.total ?? (q.page > 1 ? (await select(db).where(and(...where)).limit(1))[0]?.total ?? 0 : 0);
  return { items: rows.map((r) => toSummary({ ...r.s, creatorName: r.creatorName }, tps.get(r.s.id) ?? [])), total, page: q.page, pageSize: q.pageSize };
}

export async function getSurvey(db: Db, workspaceId: string, id: string) {
  const [r] = await select(db).where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.id, id)));
  if (!r) throw notFound('Survey not found');
  const tps = await touchpointsOf(db, workspaceId, [id]);
  return {
    ...toSummary({ ...r.s, creatorName: r.creatorName }, tps.get(id) ?? []),
    definition: r.s.definition as Record<string, unknown>,
    publicId: r.s.publicId,
    version: r.s.version,
  };
}

/** The touchpoints must be the workspace's own: another tenant's id is a 404, as one that exists nowhere. */
async function setTouchpoints(tx: Db, workspaceId: string, surveyId: string, ids: string[]): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length > 0) {
    const found = await tx.select({ id: touchpoints.id }).from(touchpoints).where(and(eq(touchpoints.workspaceId, workspaceId), inArray(touchpoints.id, unique)));
    if (found.length !== unique.length) throw notFound('Touchpoint not found');
  }
  await tx.delete(surveyTouchpoints).where(and(eq(surveyTouchpoints.workspaceId, workspaceId), eq(surveyTouchpoints.surveyId, surveyId)));
  if (unique.length > 0) await tx.insert(surveyTouchpoints).values(unique.map((touchpointId) => ({ workspaceId, surveyId, touchpointId })));
}

export async function createSurvey(
  db: Db,
  workspaceId: string,
  input: { name: string; template?: string | undefined; definition?: SurveyDefinition | undefined; touchpointIds: string[] },
  createdBy: string | null,
): Promise<string> {
  const template = input.template ? SURVEY_TEMPLATES.find((t) => t.key === input.template) : undefined;
  const definition = template ? ZSurveyDefinition.parse(template.definition) : input.definition!;
  const id = newId();
  await db.transaction(async (tx) => {
    await tx.insert(surveys).values({ workspaceId, id, name: input.name, nameSearch: foldForSearch(input.name), definition, publicId: randomToken(22), createdBy });
    await setTouchpoints(tx, workspaceId, id, input.touchpointIds);
  });
  return id;
}

export async function updateSurvey(
  db: Db,
  workspaceId: string,
  id: string,
  patch: {
    name?: string | undefined;
    definition?: SurveyDefinition | undefined;
    status?: SurveyStatus | undefined;
    touchpointIds?: string[] | undefined;
    version?: number | undefined;
  },
): Promise<void> {
  await db.transaction(async (tx) => {
    const mine = and(eq(surveys.workspaceId, workspaceId), eq(surveys.id, id));
    const r = await tx
      .update(surveys)
      .set({
        ...(patch.name !== undefined ? { name: patch.name, nameSearch: foldForSearch(patch.name) } : {}),
        ...(patch.definition !== undefined ? { definition: patch.definition } : {}),
        ...(patch.status !== undefined ? { status: patch.status } : {}),
        version: sql`${surveys.version} + 1`,
        updatedAt: new Date(),
      })
      .where(patch.version === undefined ? mine : and(mine, eq(surveys.version, patch.version)))
      .returning({ id: surveys.id });
    if (r.length === 0) {
      const [current] = await tx.select({ version: surveys.version }).from(surveys).where(mine);
      if (!current) throw notFound('Survey not found');
      throw new AppError(409, 'version_conflict', 'Someone saved this survey after you opened it', { version: current.version });
    }
    if (patch.touchpointIds !== undefined) await setTouchpoints(tx, workspaceId, id, patch.touchpointIds);
  });
}

export async function deleteSurvey(db: Db, workspaceId: string, id: string): Promise<void> {
  const r = await db.delete(surveys).where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.id, id))).returning({ id: surveys.id });
  if (r.length === 0) throw notFound('Survey not found');
}

/**
 * A copy to work on: a draft with the same questions, touchpoints and web widget settings, and a
 * new public id. The copy's widget is off: a draft must not start asking visitors on its own.
 */
export async function duplicateSurvey(db: Db, workspaceId: string, id: string, suffix: string, createdBy: string | null): Promise<string> {
  const s = await getSurvey(db, workspaceId, id);
  const copyId = await createSurvey(
    db,
    workspaceId,
    { name: `${s.name} ${suffix}`.slice(0, 120), definition: ZSurveyDefinition.parse(s.definition), touchpointIds: s.touchpoints.map((t) => t.id) },
    createdBy,
  );
  const [widget] = await db.select().from(surveyWidgets).where(and(eq(surveyWidgets.workspaceId, workspaceId), eq(surveyWidgets.surveyId, id)));
  if (widget) {
    const settings = typeof widget.settings === 'object' && widget.settings !== null ? { ...widget.settings, enabled: false } : widget.settings;
    await db.insert(surveyWidgets).values({ workspaceId, surveyId: copyId, enabled: false, settings });
  }
  return copyId;
}
