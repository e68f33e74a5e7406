import {
  responseScore, snippetOf, viewAnswers, ZSurveyDefinition,
  type Answers, type ResponseDetailWithCase, type ResponseFilters, type ResponseQuery, type ResponseSummary, type SurveyDefinition, type SurveyLanguage,
} from '@footprint/core';
import type { RawQuery } from '../../../db/database.js';
import { notFound } from '../../../platform/errors.js';
import { responseWhere } from './filters.js';
import { caseOfResponse } from './queries/case-of-response.js';
import { getResponseRow } from './queries/get-response.js';
import { countResponses, listResponseRows } from './queries/list-responses.js';
import type { ResponseRow } from './queries/response-row.js';

const iso = (d: Date | string) => new Date(d).toISOString();

/** Parses each survey's definition once per request; a definition that cannot be read shows no answers rather than failing the list. */
export function definitionCache(): (row: Pick<ResponseRow, 'survey_id' | 'definition'>) => SurveyDefinition | null {
  const cache = new Map<string, SurveyDefinition | null>();
  return (row) => {
    if (!cache.has(row.survey_id)) {
      const parsed = ZSurveyDefinition.safeParse(row.definition);
      cache.set(row.survey_id, parsed.success ? parsed.data : null);
    }
    return cache.get(row.survey_id) ?? null;
  };
}

export function toSummary(r: ResponseRow, d: SurveyDefinition | null): ResponseSummary {
  const answers = r.answers as Answers;
  const score = d ? responseScore(d, answers) : null;
  return {
    id: r.id,
    status: r.completed_at ? 'completed' : 'partial',
    answeredAt: iso(r.answered_at),
    survey: { id: r.survey_id, name: r.survey_name },
    touchpoint: r.touchpoint_id && r.touchpoint_name !== null ? { id: r.touchpoint_id, name: r.touchpoint_name } : null,
    channel: r.channel,
    store: r.store_id && r.store_name !== null ? { id: r.store_id, name: r.store_name } : null,
    // Kiosk devices are named by the kiosk part; until it names them the screen says "kiosk".
    device: r.device_id ? { id: r.device_id, name: null } : null,
    customer: r.customer_id && r.customer_user_id
      ? { id: r.customer_id, userId: r.customer_user_id, name: r.customer_name }
      : r.user_id
        ? { id: null, userId: r.user_id, name: null }
        : null,
    language: r.language,
    score: score && { metric: score.metric, questionId: score.questionId, value: score.value, min: score.min, max: score.max, group: score.group, npsGroup: score.npsGroup },
    snippet: d ? snippetOf(d, answers) : null,
  };
}

export async function listResponses(q: RawQuery, workspaceId: string, query: ResponseQuery) {
  const filters: ResponseFilters = query;
  const where = await responseWhere(q, workspaceId, filters);
  const [rows, total] = await Promise.all([listResponseRows(q, where, query), countResponses(q, where)]);
  const definitionOf = definitionCache();
  return { items: rows.map((r) => toSummary(r, definitionOf(r))), total, page: query.page, pageSize: query.pageSize };
}

/** One response with every question of its survey, labelled in the reader's language when the survey has it. */
export async function getResponse(q: RawQuery, workspaceId: string, id: string, lang: SurveyLanguage): Promise<ResponseDetailWithCase> {
  const r = await getResponseRow(q, workspaceId, id);
  if (!r) throw notFound('Response not found');
  const linked = await caseOfResponse(q, workspaceId, id);
  const d = definitionCache()(r);
  return {
    ...toSummary(r, d),
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
    completedAt: r.completed_at ? iso(r.completed_at) : null,
    answers: d ? viewAnswers(d, r.answers as Answers, lang) : [],
    case: linked,
  };
}
