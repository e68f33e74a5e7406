import { z } from 'zod';
import { ZTimeZone } from '../workspace/contracts.js';
import { CASE_PRIORITIES } from './contracts.js';

const zClock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'HH:mm');
const zDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'yyyy-MM-dd');

/**
 * When support works: opening hours per weekday (0 = Sunday … 6 = Saturday; several intervals a day
 * allowed, none = closed), in a time zone, minus holidays: Vietnam's public holidays (solar and lunar,
 * see `vnPublicHolidays`) when `vnHolidays` is on, plus the workspace's own closed days, minus the
 * days it chooses to work anyway. SLA targets and hand-off due times are counted on this clock.
 */
export const ZBusinessHours = z.object({
  timeZone: ZTimeZone.default('Asia/Ho_Chi_Minh'),
  week: z
    .array(z.array(z.object({ open: zClock, close: zClock }).refine((i) => i.open < i.close, { message: 'Opens before it closes' })).max(4))
    .length(7),
  vnHolidays: z.boolean().default(true),
  extraHolidays: z.array(zDay).max(366).default([]),
  workingDays: z.array(zDay).max(366).default([]),
});
export type BusinessHours = z.infer<typeof ZBusinessHours>;
export type BusinessHoursInput = z.input<typeof ZBusinessHours>;

/** Mon–Fri 08:00–17:30, Sat 08:00–12:00, Vietnamese holidays: what a new workspace starts with. */
export const DEFAULT_BUSINESS_HOURS: BusinessHours = {
  timeZone: 'Asia/Ho_Chi_Minh',
  week: [
    [],
    [{ open: '08:00', close: '17:30' }],
    [{ open: '08:00', close: '17:30' }],
    [{ open: '08:00', close: '17:30' }],
    [{ open: '08:00', close: '17:30' }],
    [{ open: '08:00', close: '17:30' }],
    [{ open: '08:00', close: '12:00' }],
  ],
  vnHolidays: true,
  extraHolidays: [],
  workingDays: [],
};

/** What happens when a target is breached: any of these. */
export const ZEscalation = z.object({
  notifyLead: z.boolean().default(true),
  raisePriority: z.boolean().default(false),
  /** Reassign to this member (e.g. a senior agent); null keeps the assignee. */
  reassignToId: z.uuid().nullable().default(null),
});
export type Escalation = z.infer<typeof ZEscalation>;

/** Targets for one priority, in business minutes. */
export const ZSlaPolicy = z.object({
  priority: z.enum(CASE_PRIORITIES),
  firstResponseMinutes: z.number().int().min(1).max(60 * 24 * 60),
  resolutionMinutes: z.number().int().min(1).max(60 * 24 * 180),
  escalation: ZEscalation,
});
export type SlaPolicy = z.infer<typeof ZSlaPolicy>;

/** The workspace's support clock and its targets, one policy per priority. */
export const ZSlaSettings = z.object({
  hours: ZBusinessHours,
  policies: z
    .array(ZSlaPolicy)
    .length(CASE_PRIORITIES.length)
    .refine((ps) => new Set(ps.map((p) => p.priority)).size === CASE_PRIORITIES.length, { message: 'One policy per priority' }),
});
export type SlaSettings = z.infer<typeof ZSlaSettings>;
export type SlaSettingsInput = z.input<typeof ZSlaSettings>;

const esc = { notifyLead: true, raisePriority: false, reassignToId: null };
export const DEFAULT_SLA_POLICIES: SlaPolicy[] = [
  { priority: 'low', firstResponseMinutes: 8 * 60, resolutionMinutes: 5 * 8 * 60, escalation: esc },
  { priority: 'normal', firstResponseMinutes: 4 * 60, resolutionMinutes: 3 * 8 * 60, escalation: esc },
  { priority: 'high', firstResponseMinutes: 60, resolutionMinutes: 8 * 60, escalation: { ...esc, raisePriority: true } },
  { priority: 'urgent', firstResponseMinutes: 30, resolutionMinutes: 4 * 60, escalation: esc },
];

/** A holiday as the settings screen lists it. */
export const ZHoliday = z.object({ day: zDay, name: z.object({ vi: z.string(), en: z.string() }), source: z.enum(['vn', 'workspace']) });
export type Holiday = z.infer<typeof ZHoliday>;
export const ZHolidayQuery = z.object({ year: z.coerce.number().int().min(1900).max(2199) });
