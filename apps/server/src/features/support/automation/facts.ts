import { scoreOfAnswer, ZAnswer, ZSurveyDefinition, type CaseFacts, type ScoreMetric } from '@footprint/core';
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows, type Db } from '../../../db/database.js';

const ZAnswers = z.record(z.string(), ZAnswer);

export interface ResponseForRules {
  id: string;
  surveyId: string;
  surveyName: string;
  touchpointId: string | null;
  channel: string;
  completedAt: Date;
  customerId: string | null;
  customerName: string | null;
  /** The respondent's user id, when the site had identified them (their customer may not have arrived yet). */
  userId: string | null;
  facts: CaseFacts;
  /** The open answers joined (the case's description). */
  comment: string;
  /** The first score (what the case subject shows). */
  score: { metric: string; value: number } | null;
}

interface Row {
  id: string;
  survey_id: string;
  survey_name: string;
  definition: unknown;
  answers: unknown;
  touchpoint_id: string | null;
  channel: string;
  completed_at: Date | string;
  customer_id: string | null;
  customer_name: string | null;
  user_id: string | null;
  traits: unknown;
}

/**
 * Completed responses flattened into what case rules look at: the first answer of each score metric
 * (NPS, CSAT, CES), where it was given, every open-text answer, and the traits of the customer the
 * respondent is stitched to (by user id, else anonymous id).
 */
export async function responsesForRules(db: Db, workspaceId: string, where: SQL, limit: number): Promise<ResponseForRules[]> {
  const rows = await queryRows<Row>(
    db,
    sql`select r.id, r.survey_id, s.name as survey_name, s.definition, r.answers, r.touchpoint_id, r.channel, r.completed_at, r.user_id,
          cu.id as customer_id, cu.name as customer_name, cu.traits
        from responses r
        join surveys s on s.workspace_id = r.workspace_id and s.id = r.survey_id
        left join customer_identities ci on ci.workspace_id = r.workspace_id and (
          (r.user_id is not null and ci.kind = 'user' and ci.value = r.user_id)
          or (r.user_id is null and ci.kind = 'anonymous' and ci.value = r.anonymous_id))
        left join customers cu on cu.workspace_id = r.workspace_id and cu.id = ci.customer_id
        where r.workspace_id = ${workspaceId} and r.completed_at is not null and ${where}
        order by r.completed_at desc, r.id desc
        limit ${limit}`,
  );
  const out: ResponseForRules[] = [];
  for (const r of rows) {
    const def = ZSurveyDefinition.safeParse(r.definition);
    const ans = ZAnswers.safeParse(r.answers);
    if (!def.success || !ans.success) continue;
    const scores: Partial<Record<ScoreMetric, number>> = {};
    let first: ResponseForRules['score'] = null;
    const texts: string[] = [];
    for (const q of def.data.questions) {
      const a = ans.data[q.id];
      if (q.type === 'text' && a && typeof a === 'object' && !Array.isArray(a) && 'text' in a && a.text.trim()) texts.push(a.text.trim());
      const s = scoreOfAnswer(q, a);
      if (!s) continue;
      first ??= { metric: s.metric, value: s.value };
      if ((s.metric === 'nps' || s.metric === 'csat' || s.metric === 'ces') && scores[s.metric] === undefined) scores[s.metric] = s.value;
    }
    const comment = texts.join('\n');
    out.push({
      id: r.id,
      surveyId: r.survey_id,
      surveyName: r.survey_name,
      touchpointId: r.touchpoint_id,
      channel: r.channel,
      completedAt: new Date(r.completed_at),
      customerId: r.customer_id,
      customerName: r.customer_name,
      userId: r.user_id,
      comment,
      score: first,
      facts: {
        scores,
        touchpointId: r.touchpoint_id,
        surveyId: r.survey_id,
        channel: r.channel,
        comment,
        traits: r.traits && typeof r.traits === 'object' && !Array.isArray(r.traits) ? (r.traits as Record<string, unknown>) : {},
      },
    });
  }
  return out;
}
