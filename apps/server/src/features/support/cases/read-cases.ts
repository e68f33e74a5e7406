import {
  escapeLike, foldForSearch, isOpenStatus, OPEN_CASE_STATUSES, responseScore, slaState, snippetOf, ZAnswer, ZSurveyDefinition,
  type Case, type CaseQuery, type CaseStatus, type CaseSummary,
} from '@footprint/core';
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows, type Db } from '../../../db/database.js';
import { notFound } from '../../../platform/errors.js';
import { visibleSql, type CaseScope } from '../scope.js';

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

interface CaseRow {
  id: string;
  number: number;
  subject: string;
  description: string;
  status: CaseStatus;
  priority: Case['priority'];
  source: Case['source'];
  channel: string | null;
  tags: string[];
  customer_id: string | null;
  customer_name: string | null;
  customer_user_id: string | null;
  customer_email: string | null;
  department_id: string | null;
  department_vi: string | null;
  department_en: string | null;
  assignee_id: string | null;
  assignee_name: string | null;
  touchpoint_id: string | null;
  touchpoint_name: string | null;
  response_id: string | null;
  first_response_due_at: Date | string | null;
  resolution_due_at: Date | string | null;
  first_response_at: Date | string | null;
  resolved_at: Date | string | null;
  waiting_on: { id: string; nameVi: string; nameEn: string; dueAt: string }[] | null;
  created_at: Date | string;
  updated_at: Date | string;
  version: number;
  reopened_count: number;
  created_by: string | null;
  created_by_name: string | null;
  csat_score: number | null;
  csat_comment: string | null;
  csat_at: Date | string | null;
}

/** One select for the list and the case: the case with the names of what it points at. */
const SELECT = sql`
  select c.id, c.number, c.subject, c.description, c.status, c.priority, c.source, c.channel, c.tags,
    c.customer_id, cu.name as customer_name, cu.user_id as customer_user_id, cu.email as customer_email,
    c.department_id, d.name_vi as department_vi, d.name_en as department_en,
    c.assignee_id, au.name as assignee_name, c.touchpoint_id, tp.name as touchpoint_name, c.response_id,
    c.first_response_due_at, c.resolution_due_at, c.first_response_at, c.resolved_at,
    (select json_agg(json_build_object('id', hd.id, 'nameVi', hd.name_vi, 'nameEn', hd.name_en, 'dueAt', w.due_at) order by w.due_at)
       from (select h.to_department_id, min(h.due_at) as due_at from case_handoffs h
             where h.workspace_id = c.workspace_id and h.case_id = c.id and h.status = 'open' group by h.to_department_id) w
       join departments hd on hd.workspace_id = c.workspace_id and hd.id = w.to_department_id) as waiting_on,
    c.created_at, c.updated_at, c.version, c.reopened_count, c.created_by, cb.name as created_by_name,
    c.csat_score, c.csat_comment, c.csat_at
  from cases c
  left join customers cu on cu.workspace_id = c.workspace_id and cu.id = c.customer_id
  left join departments d on d.workspace_id = c.workspace_id and d.id = c.department_id
  left join users au on au.id = c.assignee_id
  left join users cb on cb.id = c.created_by
  left join touchpoints tp on tp.workspace_id = c.workspace_id and tp.id = c.touchpoint_id`;

function summaryOf(r: CaseRow, now: Date): CaseSummary {
  const due = (d: Date | string | null) => (d === null ? null : new Date(d));
  const open = isOpenStatus(r.status);
  return {
    id: r.id,
    number: r.number,
    subject: r.subject,
    status: r.status,
    priority: r.priority,
    source: r.source,
    channel: r.channel as CaseSummary['channel'],
    tags: r.tags,
    customer: r.customer_id ? { id: r.customer_id, name: r.customer_name ?? r.customer_user_id ?? '', email: r.customer_email, ...(r.customer_user_id ? { userId: r.customer_user_id } : {}) } : null,
    department: r.department_id && r.department_vi ? { id: r.department_id, nameVi: r.department_vi, nameEn: r.department_en ?? r.department_vi } : null,
    assignee: r.assignee_id ? { id: r.assignee_id, name: r.assignee_name ?? '' } : null,
    touchpoint: r.touchpoint_id && r.touchpoint_name ? { id: r.touchpoint_id, name: r.touchpoint_name } : null,
    responseId: r.response_id,
    firstResponseDueAt: iso(r.first_response_due_at),
    resolutionDueAt: iso(r.resolution_due_at),
    firstResponseAt: iso(r.first_response_at),
    resolvedAt: iso(r.resolved_at),
    sla: {
      // A case closed without a reply has nothing left to answer: its first-response target is judged at closing.
      firstResponse: slaState(due(r.first_response_due_at), due(r.first_response_at) ?? (open ? null : due(r.resolved_at) ?? due(r.updated_at)), now),
      resolution: slaState(due(r.resolution_due_at), open ? null : (due(r.resolved_at) ?? due(r.updated_at)), now),
    },
    waitingOn: (r.waiting_on ?? []).map((w) => ({ ...w, dueAt: new Date(w.dueAt).toISOString() })),
    createdAt: iso(r.created_at)!,
    updatedAt: iso(r.updated_at)!,
    version: r.version,
  };
}

const PRIORITY_RANK = sql`array_position(array['low','normal','high','urgent']::text[], c.priority)`;
/** The next due time that matters: the first response while unanswered, else the resolution. */
const NEXT_DUE = sql`(case when c.first_response_at is null then least(c.first_response_due_at, c.resolution_due_at) else c.resolution_due_at end)`;
const BREACHED = sql`(c.status in ('new','open','waiting_customer','waiting_department') and (
  (c.first_response_at is null and c.first_response_due_at < now()) or c.resolution_due_at < now()))`;

function listWhere(s: CaseScope, q: CaseQuery): SQL[] {
  const where: SQL[] = [sql`c.workspace_id = ${s.workspaceId}`, visibleSql(s)];
  if (q.queue === 'mine') where.push(s.userId ? sql`c.assignee_id = ${s.userId}` : sql`false`);
  if (q.queue === 'unassigned') where.push(sql`c.assignee_id is null`);
  if (q.queue === 'department' && !q.departmentId) where.push(s.departmentId ? sql`c.department_id = ${s.departmentId}` : sql`false`);
  if (q.departmentId) where.push(sql`c.department_id = ${q.departmentId}`);
  const statuses = q.status && q.status.length > 0 ? q.status : [...OPEN_CASE_STATUSES];
  where.push(sql`c.status in (${sql.join(statuses.map((x) => sql`${x}`), sql`, `)})`);
  if (q.priority && q.priority.length > 0) where.push(sql`c.priority in (${sql.join(q.priority.map((x) => sql`${x}`), sql`, `)})`);
  if (q.assigneeId) where.push(sql`c.assignee_id = ${q.assigneeId}`);
  if (q.customerId) where.push(sql`c.customer_id = ${q.customerId}`);
  if (q.touchpointId) where.push(sql`c.touchpoint_id = ${q.touchpointId}`);
  if (q.channel) where.push(sql`c.channel = ${q.channel}`);
  if (q.tag) where.push(sql`c.tags @> ${JSON.stringify([q.tag])}::jsonb`);
  if (q.breached === true) where.push(BREACHED);
  if (q.breached === false) where.push(sql`not ${BREACHED}`);
  if (q.q) {
    const raw = q.q.trim();
    const num = /^#?(\d{1,9})$/.exec(raw);
    const like = `%${escapeLike(foldForSearch(raw))}%`;
    where.push(num ? sql`(c.number = ${Number(num[1])} or c.search like ${like})` : sql`(c.search like ${like} or coalesce(cu.search, '') like ${like})`);
  }
  return where;
}

export async function listCases(db: Db, s: CaseScope, q: CaseQuery): Promise<{ items: CaseSummary[]; total: number; page: number; pageSize: number }> {
  const where = sql.join(listWhere(s, q), sql` and `);
  const dir = q.order === 'asc' ? sql`asc` : sql`desc`;
  const key = { createdAt: sql`c.created_at`, updatedAt: sql`c.updated_at`, priority: PRIORITY_RANK, dueAt: NEXT_DUE, number: sql`c.number` }[q.sort];
  const rows = await queryRows<CaseRow>(
    db,
    sql`${SELECT} where ${where} order by ${key} ${dir} nulls last, c.number ${dir} limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`,
  );
  const [t] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from cases c left join customers cu on cu.workspace_id = c.workspace_id and cu.id = c.customer_id where ${where}`,
  );
  const now = new Date();
  return { items: rows.map((r) => summaryOf(r, now)), total: Number(t?.n ?? 0), page: q.page, pageSize: q.pageSize };
}

const ZAnswers = z.record(z.string(), ZAnswer);

/** One case the caller may see (404 otherwise: a case of another department is not confirmed to exist). */
export async function getCase(db: Db, s: CaseScope, id: string): Promise<Case> {
  const [r] = await queryRows<CaseRow>(db, sql`${SELECT} where c.workspace_id = ${s.workspaceId} and c.id = ${id} and ${visibleSql(s)}`);
  if (!r) throw notFound('Case not found');
  let feedback: Case['feedback'] = null;
  if (r.response_id) {
    const [f] = await queryRows<{ id: string; survey_name: string; definition: unknown; answers: unknown; answered_at: Date | string }>(
      db,
      sql`select r.id, s.name as survey_name, s.definition, r.answers, r.answered_at from responses r
          join surveys s on s.workspace_id = r.workspace_id and s.id = r.survey_id
          where r.workspace_id = ${s.workspaceId} and r.id = ${r.response_id}`,
    );
    if (f) {
      const def = ZSurveyDefinition.safeParse(f.definition);
      const ans = ZAnswers.safeParse(f.answers);
      const score = def.success && ans.success ? responseScore(def.data, ans.data) : null;
      feedback = {
        responseId: f.id,
        surveyName: f.survey_name,
        metric: score && score.metric !== 'rating' ? score.metric : null,
        score: score ? score.value : null,
        comment: def.success && ans.success ? snippetOf(def.data, ans.data) : null,
        answeredAt: iso(f.answered_at)!,
      };
    }
  }
  return {
    ...summaryOf(r, new Date()),
    description: r.description,
    feedback,
    resolutionCsat: r.csat_score !== null && r.csat_at !== null ? { score: r.csat_score, comment: r.csat_comment, answeredAt: iso(r.csat_at)! } : null,
    reopenedCount: r.reopened_count,
    createdBy: r.created_by ? { id: r.created_by, name: r.created_by_name ?? '' } : null,
  };
}

/** The side list's counts: open cases the caller may see, per queue and per department. */
export async function caseQueues(db: Db, s: CaseScope) {
  const vis = visibleSql(s);
  const openSql = sql`c.status in ('new','open','waiting_customer','waiting_department')`;
  const [t] = await queryRows<{ all: number; mine: number; unassigned: number; breached: number }>(
    db,
    sql`select count(*)::int as all,
          count(*) filter (where ${s.userId ? sql`c.assignee_id = ${s.userId}` : sql`false`})::int as mine,
          count(*) filter (where c.assignee_id is null)::int as unassigned,
          count(*) filter (where ${BREACHED})::int as breached
        from cases c where c.workspace_id = ${s.workspaceId} and ${openSql} and ${vis}`,
  );
  const depts = await queryRows<{ id: string; name_vi: string; name_en: string; open: number; handoffs_open: number }>(
    db,
    sql`select d.id, d.name_vi, d.name_en,
          (select count(*)::int from cases c where c.workspace_id = d.workspace_id and c.department_id = d.id and ${openSql} and ${vis}) as open,
          (select count(*)::int from case_handoffs h join cases c on c.workspace_id = h.workspace_id and c.id = h.case_id
             where h.workspace_id = d.workspace_id and h.to_department_id = d.id and h.status = 'open' and ${vis}) as handoffs_open
        from departments d where d.workspace_id = ${s.workspaceId} order by d.created_at, d.id`,
  );
  return {
    all: Number(t?.all ?? 0),
    mine: Number(t?.mine ?? 0),
    unassigned: Number(t?.unassigned ?? 0),
    breached: Number(t?.breached ?? 0),
    departments: depts.map((d) => ({ id: d.id, nameVi: d.name_vi, nameEn: d.name_en, open: Number(d.open), handoffsOpen: Number(d.handoffs_open) })),
  };
}
