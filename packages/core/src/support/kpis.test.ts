import { describe, expect, it } from 'vitest';
import { BACKLOG_AGE_BUCKETS, backlogAgeKey, intervalStart, isFirstContactResolution, kpiPeriod, supportKpis, trendBuckets, type CaseKpiFacts } from './kpis.js';
import { DEFAULT_BUSINESS_HOURS } from './sla-contracts.js';

const t = (s: string) => new Date(`${s}+07:00`);
const base: CaseKpiFacts = {
  status: 'resolved', source: 'rule', createdAt: t('2026-03-02T09:00:00'), firstResponseAt: null, resolvedAt: null,
  firstResponseDueAt: null, resolutionDueAt: null, replyCount: 0, replierCount: 0, reopenedCount: 0, csatScore: null,
};
const c = (over: Partial<CaseKpiFacts>): CaseKpiFacts => ({ ...base, ...over });

/**
 * A worked week on the default calendar (Mon–Fri 08:00–17:30, Sat 08:00–12:00, Asia/Ho_Chi_Minh,
 * Vietnamese holidays): the period is Mon 2/3/2026 to Sun 8/3/2026, read at Tue 10/3 10:00.
 */
const cases = {
  // 30 min to the first reply, 120 to resolution; one reply, one agent: FCR. CSAT 5. Both targets met.
  A: c({ createdAt: t('2026-03-02T09:00:00'), firstResponseAt: t('2026-03-02T09:30:00'), resolvedAt: t('2026-03-02T11:00:00'), replyCount: 1, replierCount: 1, csatScore: 5, firstResponseDueAt: t('2026-03-02T13:00:00'), resolutionDueAt: t('2026-03-05T09:00:00') }),
  // Opened at 16:30: 60 min on Monday + 60 on Tuesday to the reply = 120; resolved Wed 10:00 = 60 + 570 + 120 = 750.
  // Three replies from two agents: not FCR. CSAT 2. First response met, resolution breached (due Wed 09:00).
  B: c({ createdAt: t('2026-03-02T16:30:00'), firstResponseAt: t('2026-03-03T09:00:00'), resolvedAt: t('2026-03-04T10:00:00'), replyCount: 3, replierCount: 2, csatScore: 2, firstResponseDueAt: t('2026-03-03T11:00:00'), resolutionDueAt: t('2026-03-04T09:00:00') }),
  // Friday 17:00 → Saturday 08:15: 30 + 15 = 45 min, after its due time (breached). Still open; resolution not yet due.
  C: c({ status: 'open', createdAt: t('2026-03-06T17:00:00'), firstResponseAt: t('2026-03-07T08:15:00'), replyCount: 1, replierCount: 1, firstResponseDueAt: t('2026-03-07T08:00:00'), resolutionDueAt: t('2026-03-12T09:00:00') }),
  // Made by hand on Saturday, nobody answered: first response breached at Mon 10:00.
  D: c({ status: 'new', source: 'manual', createdAt: t('2026-03-07T11:00:00'), firstResponseDueAt: t('2026-03-09T10:00:00'), resolutionDueAt: t('2026-03-13T09:00:00') }),
  // Opened on Fri 20/2/2026, the last day of Tết: the clock starts Sat 21/2 08:00. Resolved Tue 3/3 12:00:
  // 240 (Sat) + 5 × 570 + 240 (Sat) + 570 (Mon) + 240 (Tue) = 4140 min. Reopened once: not FCR. CSAT 4.
  E: c({ source: 'api', createdAt: t('2026-02-20T10:00:00'), firstResponseAt: t('2026-02-23T08:30:00'), resolvedAt: t('2026-03-03T12:00:00'), replyCount: 1, replierCount: 1, reopenedCount: 1, csatScore: 4 }),
  // 20 min to the reply, 30 to resolution, then closed: FCR, no CSAT answer.
  F: c({ status: 'closed', createdAt: t('2026-03-03T10:00:00'), firstResponseAt: t('2026-03-03T10:20:00'), resolvedAt: t('2026-03-03T10:30:00'), replyCount: 1, replierCount: 1, firstResponseDueAt: t('2026-03-03T14:00:00'), resolutionDueAt: t('2026-03-04T10:00:00') }),
  // Resolved, then reopened and still open: not resolved now; its resolution target (Fri 09:00) is breached.
  G: c({ status: 'open', createdAt: t('2026-03-05T09:00:00'), firstResponseAt: t('2026-03-05T09:10:00'), resolvedAt: t('2026-03-05T10:00:00'), replyCount: 2, replierCount: 1, reopenedCount: 1, firstResponseDueAt: t('2026-03-05T13:00:00'), resolutionDueAt: t('2026-03-06T09:00:00') }),
  // Outside the period, in the backlog: a month old, and two hours old.
  H: c({ status: 'waiting_department', createdAt: t('2026-02-01T09:00:00') }),
  I: c({ status: 'new', createdAt: t('2026-03-10T08:00:00') }),
};
const period = kpiPeriod('2026-03-02', '2026-03-08', 'Asia/Ho_Chi_Minh');
const now = t('2026-03-10T10:00:00');

describe('support KPIs (worked example)', () => {
  const k = supportKpis(Object.values(cases), period, now, DEFAULT_BUSINESS_HOURS);

  it('counts cases created (A B C D F G) and resolved (A B E F) in the period', () => {
    expect(k.created).toBe(6);
    expect(k.resolved).toBe(4);
  });

  it('FRT: business minutes to the first reply of cases created in the period: 10, 20, 30, 45, 120', () => {
    expect(k.frt).toEqual({ mean: 45, median: 30, n: 5 });
  });

  it('ART: business minutes to resolution of cases resolved in the period: 30, 120, 750, 4140 (over Tết)', () => {
    expect(k.art).toEqual({ mean: (30 + 120 + 750 + 4140) / 4, median: (120 + 750) / 2, n: 4 });
  });

  it('FCR: A and F of the four resolved (B had two agents, E was reopened)', () => {
    expect(k.fcr).toEqual({ rate: 0.5, n: 4 });
    expect(isFirstContactResolution(c({ resolvedAt: t('2026-03-02T10:00:00'), replyCount: 0 }))).toBe(false);
  });

  it('SLA: 4 of 6 first responses met (C late, D unanswered), 2 of 4 resolutions due met (B late, G reopened past due)', () => {
    expect(k.sla).toEqual({ rate: 6 / 10, firstResponse: 4 / 6, resolution: 2 / 4, n: 10 });
  });

  it('backlog: the open cases now, those past a due time, by age', () => {
    expect(k.backlog).toEqual({
      open: 5,
      // D (no reply, due Mon 10:00) and G (resolution due Fri 09:00); C's first reply was late but given, its resolution not yet due.
      breached: 2,
      ageBuckets: [
        { key: 'lt1d', count: 1 }, // I
        { key: '1to3d', count: 1 }, // D (71 h)
        { key: '3to7d', count: 2 }, // C (89 h), G (121 h)
        { key: 'gt7d', count: 1 }, // H
      ],
    });
  });

  it('reopen rate: E of the four resolved', () => {
    expect(k.reopenRate).toEqual({ rate: 0.25, n: 4 });
  });

  it('resolution CSAT: 5, 2 and 4 answered: 2 of 3 satisfied, mean 11/3', () => {
    expect(k.resolutionCsat.n).toBe(3);
    expect(k.resolutionCsat.score).toBeCloseTo(200 / 3, 10);
    expect(k.resolutionCsat.mean).toBeCloseTo(11 / 3, 10);
  });

  it('closed-loop rate: of the five rule-made cases created (A B C F G), three are resolved', () => {
    expect(k.closedLoop).toEqual({ rate: 0.6, n: 5 });
  });

  it('is empty, with nulls, when nothing happened', () => {
    const none = supportKpis([], period, now, DEFAULT_BUSINESS_HOURS);
    expect(none.frt).toEqual({ mean: null, median: null, n: 0 });
    expect(none.sla.rate).toBeNull();
    expect(none.backlog.ageBuckets.map((b) => b.count)).toEqual([0, 0, 0, 0]);
  });
});

describe('KPI periods and trend buckets', () => {
  it('reads a period as workspace days', () => {
    expect(period.start.toISOString()).toBe('2026-03-01T17:00:00.000Z');
    expect(period.end.toISOString()).toBe('2026-03-08T17:00:00.000Z');
  });

  it('buckets by day, week (from Monday) and month, clamped to the period', () => {
    expect(intervalStart('2026-03-08', 'week')).toBe('2026-03-02');
    expect(intervalStart('2026-03-02', 'week')).toBe('2026-03-02');
    expect(intervalStart('2026-03-31', 'month')).toBe('2026-03-01');
    expect(trendBuckets('2026-03-04', '2026-03-17', 'week')).toEqual([
      { start: '2026-03-04', key: '2026-03-02', from: '2026-03-04', to: '2026-03-08' },
      { start: '2026-03-09', key: '2026-03-09', from: '2026-03-09', to: '2026-03-15' },
      { start: '2026-03-16', key: '2026-03-16', from: '2026-03-16', to: '2026-03-17' },
    ]);
    expect(trendBuckets('2025-12-15', '2026-02-10', 'month').map((b) => [b.from, b.to])).toEqual([
      ['2025-12-15', '2025-12-31'],
      ['2026-01-01', '2026-01-31'],
      ['2026-02-01', '2026-02-10'],
    ]);
    expect(trendBuckets('2026-03-01', '2026-03-03', 'day').map((b) => b.start)).toEqual(['2026-03-01', '2026-03-02', '2026-03-03']);
  });

  it('ages the backlog by calendar hours', () => {
    expect(BACKLOG_AGE_BUCKETS.map((b) => b.key)).toEqual(['lt1d', '1to3d', '3to7d', 'gt7d']);
    expect(backlogAgeKey(t('2026-03-09T10:00:01'), now)).toBe('lt1d');
    expect(backlogAgeKey(t('2026-03-09T10:00:00'), now)).toBe('1to3d');
    expect(backlogAgeKey(t('2026-03-03T10:00:01'), now)).toBe('3to7d');
    expect(backlogAgeKey(t('2026-03-03T10:00:00'), now)).toBe('gt7d');
  });
});
