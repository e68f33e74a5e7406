import {
  addAggregate, addDays, contributions, PERSONA_COVERAGE_DEFAULT_DAYS, scoreSet, todayIn, ZSurveyDefinition,
  type MetricAggregates, type PersonaCoverage, type PersonaRule,
} from '@footprint/core';
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../../db/database.js';
import { personaCustomerFilter } from './rule-sql.js';

/** How many of the workspace's customers a rule covers now. */
export async function countCovered(db: Db, workspaceId: string, rule: PersonaRule, now: Date, timeZone: string): Promise<number> {
  const [r] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from (${personaCustomerFilter(workspaceId, rule, now, timeZone)}) covered`);
  return r?.n ?? 0;
}

/** The period asked for, or the last 90 days to today in the workspace's calendar. */
export function coveragePeriod(q: { from?: string | undefined; to?: string | undefined }, timeZone: string, now: Date): { from: string; to: string } {
  const to = q.to ?? (q.from && q.from > todayIn(timeZone, now) ? q.from : todayIn(timeZone, now));
  const from = q.from ?? addDays(to, -(PERSONA_COVERAGE_DEFAULT_DAYS - 1));
  return { from, to };
}

/**
 * The customers a rule covers (of all the workspace's customers) and how they scored the business in
 * the period: their completed responses, joined to customers through their user ids
 * (customer_identities, so a merged customer's every user id counts), scored with core's formulas.
 * Answers are counted per survey, question and value in the database; the question's type comes
 * from its survey's definition.
 */
export async function readCoverage(
  db: Db,
  workspaceId: string,
  rule: PersonaRule,
  period: { from: string; to: string },
  timeZone: string,
  now: Date = new Date(),
): Promise<PersonaCoverage> {
  const covered = personaCustomerFilter(workspaceId, rule, now, timeZone);
  const [counts] = await queryRows<{ customers: number; total: number }>(
    db,
    sql`select (select count(*)::int from (${covered}) x) as customers, (select count(*)::int from customers where workspace_id = ${workspaceId}::uuid) as total`,
  );
  const theirs = sql`from responses r
    join customer_identities ci on ci.workspace_id = r.workspace_id and ci.kind = 'user' and ci.value = r.user_id
    where r.workspace_id = ${workspaceId}::uuid and r.completed_at is not null
      and r.completed_at >= (${period.from}::date::timestamp at time zone ${timeZone})
      and r.completed_at < ((${period.to}::date + 1)::timestamp at time zone ${timeZone})
      and ci.customer_id in (${covered})`;
  const [{ n: responses } = { n: 0 }] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n ${theirs}`);
  const answers = responses
    ? await queryRows<{ surveyId: string; questionId: string; value: number; n: number }>(
        db,
        sql`select r.survey_id as "surveyId", a.key as "questionId", (a.value #>> '{}')::float8 as value, count(*)::int as n
          from (select r.survey_id, r.answers ${theirs}) r cross join lateral jsonb_each(r.answers) a
          where jsonb_typeof(a.value) = 'number' group by 1, 2, 3`,
      )
    : [];
  const surveyIds = [...new Set(answers.map((a) => a.surveyId))];
  const definitions = new Map<string, ReturnType<typeof ZSurveyDefinition.parse>>();
  if (surveyIds.length > 0) {
    const rows = await queryRows<{ id: string; definition: unknown }>(
      db,
      sql`select id, definition from surveys where workspace_id = ${workspaceId}::uuid and id in (${sql.join(surveyIds.map((id) => sql`${id}::uuid`), sql`, `)})`,
    );
    for (const r of rows) {
      const d = ZSurveyDefinition.safeParse(r.definition);
      if (d.success) definitions.set(r.id, d.data);
    }
  }
  const totals: MetricAggregates = {};
  for (const a of answers) {
    const definition = definitions.get(a.surveyId);
    if (!definition) continue;
    let parts: ReturnType<typeof contributions>;
    try {
      parts = contributions(definition, { [a.questionId]: a.value });
    } catch {
      continue; // A value outside the question's scale (an old definition): not a score.
    }
    for (const part of parts) for (let i = 0; i < a.n; i++) addAggregate(totals, part.value);
  }
  const scores = scoreSet(totals);
  return {
    ...period,
    customers: counts?.customers ?? 0,
    total: counts?.total ?? 0,
    share: counts && counts.total > 0 ? counts.customers / counts.total : null,
    nps: scores.nps?.kind === 'nps' ? scores.nps : null,
    csat: scores.csat?.kind === 'csat' ? scores.csat : null,
    ces: scores.ces?.kind === 'ces' ? scores.ces : null,
    responses,
  };
}
