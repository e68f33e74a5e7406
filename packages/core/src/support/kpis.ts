import { CSAT_SATISFIED_MIN } from '../feedback/csat.js';
import { median } from '../journeys/live-score.js';
import { businessMinutesBetween, zonedDay, zonedInstant } from './business-hours.js';
import { isOpenStatus, type CaseSource, type CaseStatus } from './contracts.js';
import type { SupportKpis } from './kpi-contracts.js';
import type { BusinessHours } from './sla-contracts.js';
import { slaState } from './sla.js';

/**
 * The support KPIs, once, over plain case facts. The server computes the same figures in SQL; a
 * parity test holds the two together. docs/support-kpis.md explains each one.
 *
 * A case counts in a period by when it was created (created, FRT, SLA compliance, closed-loop rate)
 * or by when it was resolved (resolved, ART, FCR, reopen rate, resolution CSAT). The backlog is now,
 * not a period.
 */

/** FCR: resolved after at most this many replies to the customer… */
export const FCR_MAX_REPLIES = 1;
/** …from this many agents, and never reopened. A case resolved with no reply at all is not a contact resolved. */
export const FCR_MAX_REPLIERS = 1;
/** Resolution CSAT counts answers of 4 or 5 (on 1–5) as satisfied, like CSAT everywhere. */
export const RESOLUTION_CSAT_SATISFIED_MIN = CSAT_SATISFIED_MIN;
/** Backlog age buckets, by calendar hours since the case was opened. */
export const BACKLOG_AGE_BUCKETS = [
  { key: 'lt1d', underHours: 24 },
  { key: '1to3d', underHours: 72 },
  { key: '3to7d', underHours: 168 },
  { key: 'gt7d', underHours: Infinity },
] as const;
export type BacklogAgeKey = (typeof BACKLOG_AGE_BUCKETS)[number]['key'];

/** What the KPIs need to know about one case. */
export interface CaseKpiFacts {
  status: CaseStatus;
  source: CaseSource;
  createdAt: Date;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  replyCount: number;
  replierCount: number;
  reopenedCount: number;
  csatScore: number | null;
}

/** A period as instants: [start, end). */
export interface KpiPeriod {
  start: Date;
  end: Date;
}

/** Midnight of `from` to midnight after `to`, in the calendar's time zone. */
export function kpiPeriod(from: string, to: string, timeZone: string): KpiPeriod {
  const after = new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return { start: zonedInstant(from, 0, timeZone), end: zonedInstant(after, 0, timeZone) };
}

/** Resolved now (resolved or closed after a resolution); a reopened case is not, until it is resolved again. */
export const isResolvedCase = (c: Pick<CaseKpiFacts, 'status' | 'resolvedAt'>): boolean => (c.status === 'resolved' || c.status === 'closed') && c.resolvedAt !== null;

/** First contact resolution: resolved with a single reply from a single agent and never reopened. */
export const isFirstContactResolution = (c: CaseKpiFacts): boolean =>
  isResolvedCase(c) && c.replyCount >= 1 && c.replyCount <= FCR_MAX_REPLIES && c.replierCount <= FCR_MAX_REPLIERS && c.reopenedCount === 0;

export const mean = (values: readonly number[]): number | null => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);
const rate = (hits: number, n: number): number | null => (n === 0 ? null : hits / n);

/** An open case past a due time now: no first reply by its due time, or not resolved by its due time. */
export const isBreachedNow = (c: CaseKpiFacts, now: Date): boolean =>
  (c.firstResponseAt === null && c.firstResponseDueAt !== null && c.firstResponseDueAt < now) || (c.resolutionDueAt !== null && c.resolutionDueAt < now);

export function backlogAgeKey(createdAt: Date, now: Date): BacklogAgeKey {
  const hours = (now.getTime() - createdAt.getTime()) / 3_600_000;
  return BACKLOG_AGE_BUCKETS.find((b) => hours < b.underHours)!.key;
}

/**
 * The KPIs of a set of cases for a period, at `now`, with durations in business minutes on the
 * support calendar `hours`.
 */
export function supportKpis(cases: readonly CaseKpiFacts[], period: KpiPeriod, now: Date, hours: BusinessHours): SupportKpis {
  const inPeriod = (at: Date | null) => at !== null && at >= period.start && at < period.end;
  const created = cases.filter((c) => inPeriod(c.createdAt));
  const resolved = cases.filter((c) => isResolvedCase(c) && inPeriod(c.resolvedAt));

  const frt = created.filter((c) => c.firstResponseAt).map((c) => businessMinutesBetween(c.createdAt, c.firstResponseAt!, hours));
  const art = resolved.map((c) => businessMinutesBetween(c.createdAt, c.resolvedAt!, hours));

  let frDue = 0, frMet = 0, resDue = 0, resMet = 0;
  for (const c of created) {
    const fr = slaState(c.firstResponseDueAt, c.firstResponseAt, now);
    const res = slaState(c.resolutionDueAt, isResolvedCase(c) ? c.resolvedAt : null, now);
    if (fr === 'met' || fr === 'breached') frDue++;
    if (fr === 'met') frMet++;
    if (res === 'met' || res === 'breached') resDue++;
    if (res === 'met') resMet++;
  }

  const open = cases.filter((c) => isOpenStatus(c.status));
  const csat = resolved.map((c) => c.csatScore).filter((s): s is number => s !== null);
  const loop = created.filter((c) => c.source === 'rule');
  return {
    created: created.length,
    resolved: resolved.length,
    frt: { mean: mean(frt), median: median(frt), n: frt.length },
    art: { mean: mean(art), median: median(art), n: art.length },
    fcr: { rate: rate(resolved.filter(isFirstContactResolution).length, resolved.length), n: resolved.length },
    sla: { rate: rate(frMet + resMet, frDue + resDue), firstResponse: rate(frMet, frDue), resolution: rate(resMet, resDue), n: frDue + resDue },
    backlog: {
      open: open.length,
      breached: open.filter((c) => isBreachedNow(c, now)).length,
      ageBuckets: BACKLOG_AGE_BUCKETS.map((b) => ({ key: b.key, count: open.filter((c) => backlogAgeKey(c.createdAt, now) === b.key).length })),
    },
    reopenRate: { rate: rate(resolved.filter((c) => c.reopenedCount > 0).length, resolved.length), n: resolved.length },
    resolutionCsat: {
      score: csat.length === 0 ? null : (100 * csat.filter((s) => s >= RESOLUTION_CSAT_SATISFIED_MIN).length) / csat.length,
      mean: mean(csat),
      n: csat.length,
    },
    closedLoop: { rate: rate(loop.filter(isResolvedCase).length, loop.length), n: loop.length },
  };
}

export type KpiInterval = 'day' | 'week' | 'month';
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The first day of the interval holding `day` (weeks start on Monday, as PostgreSQL's date_trunc). */
export function intervalStart(day: string, interval: KpiInterval): string {
  if (interval === 'day') return day;
  if (interval === 'month') return `${day.slice(0, 7)}-01`;
  const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((dow + 6) % 7));
}

/** The trend's points for a period: each interval's first day (clamped to `from`) and its own period of days. */
export function trendBuckets(from: string, to: string, interval: KpiInterval): { start: string; key: string; from: string; to: string }[] {
  const out: { start: string; key: string; from: string; to: string }[] = [];
  let key = intervalStart(from, interval);
  while (key <= to) {
    const next = interval === 'day' ? addDays(key, 1) : interval === 'week' ? addDays(key, 7) : `${new Date(Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)), 1)).toISOString().slice(0, 10)}`;
    const last = addDays(next, -1);
    out.push({ start: key < from ? from : key, key, from: key < from ? from : key, to: last > to ? to : last });
    key = next;
  }
  return out;
}

/** The workspace day of an instant, for bucketing. */
export const kpiDay = (at: Date, timeZone: string): string => zonedDay(at, timeZone);
