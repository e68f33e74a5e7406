import {
  assembleLive, complaintsOf, funnelSteps, localized, previousRange, stageTouchpoints, ZAnswer, ZSurveyDefinition,
  type ComplaintSource, type JourneyDoc, type JourneyLive, type StageFigures, type TouchpointFigures,
} from '@footprint/core';
import { eq, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../../db/database.js';
import { workspaces } from '../../../db/schema.js';
import { notFound } from '../../../platform/errors.js';
import { negativeResponses } from './queries/negative-responses.js';
import { negativeShare } from './queries/negative-share.js';
import { personaAnswers } from './queries/persona-answers.js';
import { rollupAnswers } from './queries/rollup-answers.js';
import { visitFigures } from './queries/visit-figures.js';

const ZAnswers = z.record(z.string(), ZAnswer);

/** A negative response's chosen option labels (in Vietnamese, the survey's main language) and open answers. */
export function complaintSourceOf(definition: unknown, answers: unknown): ComplaintSource | null {
  const d = ZSurveyDefinition.safeParse(definition);
  const a = ZAnswers.safeParse(answers);
  if (!d.success || !a.success) return null;
  const out: ComplaintSource = { choices: [], texts: [] };
  for (const q of d.data.questions) {
    const ans = a.data[q.id];
    if (ans === undefined) continue;
    if (q.type === 'single' || q.type === 'multiple') {
      for (const id of typeof ans === 'string' ? [ans] : Array.isArray(ans) ? ans : []) {
        const o = q.options.find((x) => x.id === id);
        if (o) out.choices.push(localized(o.label, 'vi'));
      }
    } else if (q.type === 'text' && typeof ans === 'object' && !Array.isArray(ans) && 'text' in ans) out.texts.push(ans.text);
  }
  return out;
}

export interface JourneyLiveOptions {
  /** SQL selecting the ids of the customers to count (a persona's): every figure then counts only them. */
  customerFilter?: SQL;
}

/**
 * The live layer of a map for a period of workspace days: touchpoint_visits for customers, events
 * and the funnel, score_rollups (or, for a persona, its customers' responses) for scores and
 * emotion, responses' score groups for the negative share and complaints. Figures are computed in
 * SQL; core's assembleLive turns them into the contract (shared with core's liveReference).
 */
export async function journeyLive(db: Db, workspaceId: string, doc: JourneyDoc, query: { from: string; to: string }, opts: JourneyLiveOptions = {}): Promise<Omit<JourneyLive, 'persona'>> {
  const [ws] = await db.select({ timeZone: workspaces.timeZone }).from(workspaces).where(eq(workspaces.id, workspaceId));
  if (!ws) throw notFound('Workspace not found');
  const range = { from: query.from, to: query.to };
  const before = previousRange(range);
  // The SQL numbers the funnel's steps (stages with linked touchpoints) 0, 1, 2…: "next" is the next step.
  const { steps, count } = funnelSteps(doc);
  const stageOf = stageTouchpoints(doc).flatMap((s, i) => s.touchpointIds.map((touchpointId) => ({ stage: steps[i]!, touchpointId })));
  const tpIds = [...new Set(stageOf.map((s) => s.touchpointId))];
  const filter = opts.customerFilter;

  const [visits, answers, negatives] = await Promise.all([
    visitFigures(db, workspaceId, range, stageOf, filter),
    filter ? personaAnswers(db, workspaceId, ws.timeZone, tpIds, range, before, filter) : rollupAnswers(db, workspaceId, tpIds, range, before),
    negativeShare(db, workspaceId, ws.timeZone, tpIds, range, filter),
  ]);

  const figures = new Map<string, TouchpointFigures>();
  for (const id of tpIds) {
    const v = visits.touchpoints.get(id);
    const n = negatives.get(id);
    figures.set(id, {
      customers: v?.customers ?? 0,
      events: v?.events ?? 0,
      now: answers.now.get(id) ?? {},
      before: answers.before.get(id) ?? {},
      responses: n?.responses ?? 0,
      negatives: n?.negatives ?? 0,
    });
  }
  const stages: StageFigures[] = doc.stages.map((_, i) => {
    const step = steps[i] ?? null;
    if (step === null) return { customers: 0, toNext: null, medianHoursToNext: null };
    const s = visits.stages.get(step);
    const last = step === count - 1;
    return { customers: s?.customers ?? 0, toNext: last ? null : (s?.toNext ?? 0), medianHoursToNext: last ? null : (s?.medianHours ?? null) };
  });

  const { live, complaintTouchpoints } = assembleLive(doc, range, figures, stages);
  const wanted = complaintTouchpoints.filter((id) => (figures.get(id)?.negatives ?? 0) > 0);
  if (wanted.length > 0) {
    const rows = await negativeResponses(db, workspaceId, ws.timeZone, wanted, range, filter);
    const sources = new Map<string, ComplaintSource[]>();
    for (const r of rows) {
      const s = complaintSourceOf(r.definition, r.answers);
      if (!s) continue;
      let list = sources.get(r.touchpointId);
      if (!list) sources.set(r.touchpointId, (list = []));
      list.push(s);
    }
    for (const w of live.weakest) w.evidence.complaints = complaintsOf(sources.get(w.touchpointId) ?? []);
  }
  return live;
}
