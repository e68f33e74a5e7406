import { z } from 'zod';
import { CASE_CHANNELS } from './contracts.js';

/** A real calendar day (2026-02-31 is refused, not rolled over). */
const zDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'yyyy-MM-dd')
  .refine((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === d && d >= '1970-01-01' && d <= '2199-12-31';
  }, 'Not a calendar day');

/** Support KPIs over cases created (FRT, SLA) or resolved (ART, FCR, reopen, CSAT) in a period of workspace days. */
/** The longest period the KPIs are asked for at once (three years): a day-by-day trend stays a readable chart. */
export const KPI_MAX_DAYS = 1096;
export const KPI_GROUPS = ['department', 'agent', 'touchpoint', 'channel'] as const;
export type KpiGroup = (typeof KPI_GROUPS)[number];
export const ZSupportKpiQuery = z
  .object({
    from: zDay,
    to: zDay,
    departmentId: z.uuid().optional(),
    assigneeId: z.uuid().optional(),
    touchpointId: z.uuid().optional(),
    channel: z.enum(CASE_CHANNELS).optional(),
  })
  .refine((q) => q.from <= q.to, { message: '`from` must not be after `to`', path: ['from'] })
  .refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 < KPI_MAX_DAYS, { message: `A period of at most ${KPI_MAX_DAYS} days`, path: ['to'] });
export type SupportKpiQuery = z.infer<typeof ZSupportKpiQuery>;
export const ZSupportKpiBreakdownQuery = ZSupportKpiQuery.and(z.object({ groupBy: z.enum(KPI_GROUPS) }));
export const ZSupportKpiTrendQuery = ZSupportKpiQuery.and(z.object({ interval: z.enum(['day', 'week', 'month']).default('day') }));

/**
 * One set of figures. Times are business minutes (the support calendar); rates are 0..1 with the
 * count they are a share of, so a screen can say "n = 12" and mark small samples. Null: nothing to
 * measure (e.g. no case resolved in the period).
 */
export const ZSupportKpis = z.object({
  created: z.number().int(),
  resolved: z.number().int(),
  /** First response time: mean and median business minutes from creation to the first reply to the customer. */
  frt: z.object({ mean: z.number().nullable(), median: z.number().nullable(), n: z.number().int() }),
  /** Average resolution time: mean and median business minutes from creation to (last) resolution. */
  art: z.object({ mean: z.number().nullable(), median: z.number().nullable(), n: z.number().int() }),
  /** First contact resolution: resolved with a single reply from a single agent and never reopened. */
  fcr: z.object({ rate: z.number().nullable(), n: z.number().int() }),
  /** Targets met among targets that fell due (first response and resolution counted separately, then together). */
  sla: z.object({ rate: z.number().nullable(), firstResponse: z.number().nullable(), resolution: z.number().nullable(), n: z.number().int() }),
  /** Open cases now (not in a period), how many of them are past a due time (first response or resolution), and how old they are. */
  backlog: z.object({ open: z.number().int(), breached: z.number().int(), ageBuckets: z.array(z.object({ key: z.enum(['lt1d', '1to3d', '3to7d', 'gt7d']), count: z.number().int() })) }),
  reopenRate: z.object({ rate: z.number().nullable(), n: z.number().int() }),
  /** Resolution CSAT: the % (0–100, like CSAT elsewhere) of answers 4–5 on 1–5, and the mean. */
  resolutionCsat: z.object({ score: z.number().nullable(), mean: z.number().nullable(), n: z.number().int() }),
  /** Closed-loop rate: share of negative feedback (a case rule matched) whose case is resolved. */
  closedLoop: z.object({ rate: z.number().nullable(), n: z.number().int() }),
});
export type SupportKpis = z.infer<typeof ZSupportKpis>;

export const ZSupportKpiBreakdown = z.object({
  groupBy: z.enum(KPI_GROUPS),
  rows: z.array(z.object({ key: z.string().nullable(), name: z.object({ vi: z.string(), en: z.string() }), kpis: ZSupportKpis })),
});
export const ZSupportKpiTrend = z.object({
  interval: z.enum(['day', 'week', 'month']),
  points: z.array(z.object({ start: zDay, kpis: ZSupportKpis.omit({ backlog: true }) })),
});
