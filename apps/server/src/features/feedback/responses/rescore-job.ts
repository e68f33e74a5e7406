import { RESPONSE_SCORE_VERSION, ZSurveyDefinition, type Answers, type SurveyDefinition } from '@footprint/core';
import type { Database } from '../../../db/database.js';
import { scoreColumns } from './score-columns.js';

export const RESCORE_JOB = 'responses.rescore';
const BATCH = 500;

interface Row {
  workspace_id: string;
  id: string;
  survey_id: string;
  answers: Answers;
}

/**
 * Scores responses saved before their score was kept (or under older rules): the migration that
 * adds a score column queues this job. Each batch is one statement, so the job can stop anywhere
 * and the next run carries on; a survey whose definition cannot be read leaves its responses unscored.
 */
export async function rescoreResponses(database: Database, progress: (fraction: number) => Promise<void>): Promise<{ rescored: number }> {
  const q = database.query;
  const [count] = (await q<{ n: number }>('select count(*)::int as n from responses where score_version < $1', [RESPONSE_SCORE_VERSION])).rows;
  const total = count?.n ?? 0;
  const definitions = new Map<string, SurveyDefinition | null>();
  let done = 0;
  for (;;) {
    const rows = (
      await q<Row>('select workspace_id, id, survey_id, answers from responses where score_version < $1 order by workspace_id, id limit $2', [RESPONSE_SCORE_VERSION, BATCH])
    ).rows;
    if (rows.length === 0) break;
    for (const r of rows) {
      const key = `${r.workspace_id}/${r.survey_id}`;
      if (definitions.has(key)) continue;
      const [s] = (await q<{ definition: unknown }>('select definition from surveys where workspace_id = $1 and id = $2', [r.workspace_id, r.survey_id])).rows;
      const parsed = ZSurveyDefinition.safeParse(s?.definition);
      definitions.set(key, parsed.success ? parsed.data : null);
    }
    const values = rows.map((r) => {
      const d = definitions.get(`${r.workspace_id}/${r.survey_id}`);
      const c = d ? scoreColumns(d, r.answers) : { scoreMetric: null, scoreValue: null, scoreNorm: null, scoreGroup: null, npsGroup: null };
      return { w: r.workspace_id, id: r.id, m: c.scoreMetric, v: c.scoreValue, n: c.scoreNorm, g: c.scoreGroup, ng: c.npsGroup };
    });
    await q(
      `update responses r set score_metric = v.m, score_value = v.v, score_norm = v.n, score_group = v.g, nps_group = v.ng, score_version = $2
       from json_to_recordset($1::json) as v(w uuid, id uuid, m text, v float8, n float8, g text, ng text)
       where r.workspace_id = v.w and r.id = v.id`,
      [JSON.stringify(values), RESPONSE_SCORE_VERSION],
    );
    done += rows.length;
    await progress(total > 0 ? Math.min(1, done / total) : 1);
  }
  return { rescored: done };
}
