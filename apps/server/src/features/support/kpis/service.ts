import {
  BACKLOG_AGE_BUCKETS, businessTimeline, DEFAULT_BUSINESS_HOURS, kpiPeriod, trendBuckets, ZBusinessHours,
  type BusinessHours, type KpiGroup, type KpiInterval, type SupportKpiQuery, type SupportKpis,
} from '@footprint/core';
import { eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { supportSettings, workspaces } from '../../../db/schema.js';
import { notFound } from '../../../platform/errors.js';
import { backlog, type BacklogFigures } from './queries/backlog.js';
import { caseTimes } from './queries/case-times.js';
import { groupNames } from './queries/group-names.js';
import { periodFigures, type PeriodFigures } from './queries/period-figures.js';

/**
 * The support KPIs of a workspace: SQL counts and medians over the cases, with each case's business
 * minutes (creation → first reply, creation → resolution) counted here on the support clock and handed
 * to the SQL as arrays. Counting at read time keeps the figures true to the calendar as it is (and
 * needs no stored duration that every writer of a case would have to keep right).
 */

interface Calendar {
  /** The workspace's time zone: periods are its days. */
  timeZone: string;
  /** The support calendar that durations are counted on. */
  hours: BusinessHours;
}

async function calendarOf(db: Db, workspaceId: string): Promise<Calendar> {
  const [ws] = await db.select({ timeZone: workspaces.timeZone }).from(workspaces).where(eq(workspaces.id, workspaceId));
  if (!ws) throw notFound('Workspace not found');
  const [s] = await db.select({ hours: supportSettings.hours }).from(supportSettings).where(eq(supportSettings.workspaceId, workspaceId));
  const parsed = s ? ZBusinessHours.safeParse(s.hours) : null;
  return { timeZone: ws.timeZone, hours: parsed?.success ? parsed.data : { ...DEFAULT_BUSINESS_HOURS, timeZone: ws.timeZone } };
}

const rate = (hits: number, n: number): number | null => (n === 0 ? null : hits / n);

/** One group's figures in the contract's shape. */
function assemble(p: PeriodFigures | undefined, b: BacklogFigures | undefined): SupportKpis {
  const f = p ?? ({ key: null, created: 0, frtMean: null, frtMedian: null, frtN: 0, frDue: 0, frMet: 0, resDue: 0, resMet: 0, loopN: 0, loopDone: 0, resolved: 0, artMean: null, artMedian: null, fcr: 0, reopened: 0, csatN: 0, csatSatisfied: 0, csatMean: null } satisfies PeriodFigures);
  return {
    created: f.created,
    resolved: f.resolved,
    frt: { mean: f.frtMean, median: f.frtMedian, n: f.frtN },
    art: { mean: f.artMean, median: f.artMedian, n: f.resolved },
    fcr: { rate: rate(f.fcr, f.resolved), n: f.resolved },
    sla: { rate: rate(f.frMet + f.resMet, f.frDue + f.resDue), firstResponse: rate(f.frMet, f.frDue), resolution: rate(f.resMet, f.resDue), n: f.frDue + f.resDue },
    backlog: { open: b?.open ?? 0, breached: b?.breached ?? 0, ageBuckets: BACKLOG_AGE_BUCKETS.map((x) => ({ key: x.key, count: b?.buckets[x.key] ?? 0 })) },
    reopenRate: { rate: rate(f.reopened, f.resolved), n: f.resolved },
    resolutionCsat: { score: f.csatN === 0 ? null : (100 * f.csatSatisfied) / f.csatN, mean: f.csatMean, n: f.csatN },
    closedLoop: { rate: rate(f.loopDone, f.loopN), n: f.loopN },
  };
}

/** The period, its cases' business minutes, and the filters: what every KPI query starts from. */
async function prepare(db: Db, workspaceId: string, q: SupportKpiQuery) {
  const cal = await calendarOf(db, workspaceId);
  const period = kpiPeriod(q.from, q.to, cal.timeZone);
  const filters = { departmentId: q.departmentId, assigneeId: q.assigneeId, touchpointId: q.touchpointId, channel: q.channel };
  const times = await caseTimes(db, workspaceId, filters, period.start, period.end);
  // One timeline over the days these cases span, so each duration is two lookups rather than a walk.
  let first = Infinity;
  let last = -Infinity;
  for (const t of times) {
    for (const at of [t.createdAt, t.firstResponseAt, t.resolvedAt]) {
      if (!at) continue;
      first = Math.min(first, at.getTime());
      last = Math.max(last, at.getTime());
    }
  }
  const clock = times.length > 0 ? businessTimeline(new Date(first), new Date(last), cal.hours) : null;
  const minutes = (a: Date, b: Date) => clock!.minutesBetween(a, b);
  const durations = {
    ids: times.map((t) => t.id),
    frt: times.map((t) => (t.createdIn && t.firstResponseAt ? minutes(t.createdAt, t.firstResponseAt) : null)),
    art: times.map((t) => (t.resolvedIn && t.resolvedAt ? minutes(t.createdAt, t.resolvedAt) : null)),
  };
  return { cal, period, filters, durations };
}

const NONE = sql`null::text`;

/** The KPIs of a period (and filters), with the backlog now. */
export async function supportKpiSummary(db: Db, workspaceId: string, q: SupportKpiQuery, now = new Date()): Promise<SupportKpis> {
  const { period, filters, durations } = await prepare(db, workspaceId, q);
  const [figures, open] = await Promise.all([
    periodFigures(db, workspaceId, filters, { ...period, now }, { created: NONE, resolved: NONE }, durations),
    backlog(db, workspaceId, filters, now, NONE),
  ]);
  return assemble(figures[0], open[0]);
}

const GROUP_COLUMN: Record<KpiGroup, SQL> = {
  department: sql.raw('c.department_id'),
  agent: sql.raw('c.assignee_id'),
  touchpoint: sql.raw('c.touchpoint_id'),
  channel: sql.raw('c.channel'),
};

/** Channel names in both languages (the feedback channels and the ways a case is opened by hand). */
export const CHANNEL_NAMES: Record<string, { vi: string; en: string }> = {
  link: { vi: 'Liên kết khảo sát', en: 'Survey link' },
  widget: { vi: 'Widget trên web', en: 'Web widget' },
  kiosk: { vi: 'Kiosk tại cửa hàng', en: 'In-store kiosk' },
  email: { vi: 'Email', en: 'Email' },
  qr: { vi: 'Mã QR', en: 'QR code' },
  hotline: { vi: 'Tổng đài', en: 'Hotline' },
  chat: { vi: 'Chat', en: 'Chat' },
  store: { vi: 'Tại cửa hàng', en: 'In store' },
  facebook: { vi: 'Facebook', en: 'Facebook' },
  zalo: { vi: 'Zalo', en: 'Zalo' },
  other: { vi: 'Khác', en: 'Other' },
};
const NO_GROUP: Record<KpiGroup, { vi: string; en: string }> = {
  department: { vi: 'Chưa có phòng ban', en: 'No department' },
  agent: { vi: 'Chưa giao', en: 'Unassigned' },
  touchpoint: { vi: 'Không gắn điểm chạm', en: 'No touchpoint' },
  channel: { vi: 'Không rõ kênh', en: 'Unknown channel' },
};
const GONE: Record<KpiGroup, { vi: string; en: string }> = {
  department: { vi: 'Phòng ban đã xoá', en: 'Deleted department' },
  agent: { vi: 'Thành viên đã rời', en: 'Former member' },
  touchpoint: { vi: 'Điểm chạm đã xoá', en: 'Deleted touchpoint' },
  channel: NO_GROUP.channel,
};

/** The period's KPIs per department, agent, touchpoint or channel: every group with a case created or resolved in it, or open now. */
export async function supportKpiBreakdown(db: Db, workspaceId: string, q: SupportKpiQuery, groupBy: KpiGroup, now = new Date()) {
  const { period, filters, durations } = await prepare(db, workspaceId, q);
  const key = GROUP_COLUMN[groupBy];
  const [figures, open] = await Promise.all([
    periodFigures(db, workspaceId, filters, { ...period, now }, { created: key, resolved: key }, durations),
    backlog(db, workspaceId, filters, now, key),
  ]);
  const keys = [...new Set([...figures.map((f) => f.key), ...open.map((b) => b.key)])];
  const names = groupBy === 'channel' ? null : await groupNames(db, workspaceId, groupBy, keys.filter((k): k is string => k !== null));
  const nameOf = (k: string | null) => (k === null ? NO_GROUP[groupBy] : groupBy === 'channel' ? (CHANNEL_NAMES[k] ?? { vi: k, en: k }) : (names!.get(k) ?? GONE[groupBy]));
  const rows = keys.map((k) => ({ key: k, name: nameOf(k), kpis: assemble(figures.find((f) => f.key === k), open.find((b) => b.key === k)) }));
  // Named groups by name; "none" last.
  rows.sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : a.name.vi.localeCompare(b.name.vi, 'vi')));
  return { groupBy, rows };
}

/** The period's KPIs per day, week (from Monday) or month, every interval present (empty ones with zero counts). */
export async function supportKpiTrend(db: Db, workspaceId: string, q: SupportKpiQuery, interval: KpiInterval, now = new Date()) {
  const { cal, period, filters, durations } = await prepare(db, workspaceId, q);
  const bucket = (column: string) => sql`to_char(date_trunc(${interval}, ${sql.raw(column)} at time zone ${cal.timeZone}), 'YYYY-MM-DD')`;
  const figures = await periodFigures(db, workspaceId, filters, { ...period, now }, { created: bucket('c.created_at'), resolved: bucket('c.resolved_at') }, durations);
  const byKey = new Map(figures.map((f) => [f.key, f]));
  const points = trendBuckets(q.from, q.to, interval).map((b) => {
    const { backlog: _open, ...kpis } = assemble(byKey.get(b.key), undefined);
    return { start: b.start, kpis };
  });
  return { interval, points };
}
