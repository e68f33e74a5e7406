import { z } from 'zod';

/**
 * What a member is told about, in the dashboard at once (live) and by email:
 * - `negative_feedback`: feedback matching a case rule in their department (or any, for admins);
 * - `sla_breach`: a case of theirs, or of the department they lead, missed a target;
 * - `assigned`: a case was given to them;
 * - `mention`: someone @mentioned them in a note;
 * - `handoff`: another department asked their department something, or answered their question.
 */
export const ALERT_KINDS = ['negative_feedback', 'sla_breach', 'assigned', 'mention', 'handoff'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export const ZNotification = z.object({
  id: z.string(),
  kind: z.enum(ALERT_KINDS),
  /** Rendered in the reader's language from `kind` and `data`; the case is linked. */
  case: z.object({ id: z.string(), number: z.number().int(), subject: z.string() }).nullable(),
  data: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Notification = z.infer<typeof ZNotification>;
export const ZNotificationQuery = z.object({
  unread: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const ZNotificationsRead = z.object({ ids: z.array(z.uuid()).max(500).optional(), all: z.boolean().optional() });

const zClock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:mm');
/**
 * How a member wants to be emailed. In-app alerts always arrive. Email per kind: at once, in an
 * hourly or daily digest, or not at all. During quiet hours nothing is emailed at once; what would
 * have been goes into the next digest (or waits for the end of the quiet hours).
 */
export const EMAIL_MODES = ['instant', 'hourly', 'daily', 'off'] as const;
export type EmailMode = (typeof EMAIL_MODES)[number];
export const ZAlertPreferences = z.object({
  email: z.record(z.enum(ALERT_KINDS), z.enum(EMAIL_MODES)),
  quietHours: z.object({ from: zClock, to: zClock }).nullable(),
  /** Hour of day (workspace time zone) the daily digest goes out. */
  dailyDigestHour: z.number().int().min(0).max(23),
});
export type AlertPreferences = z.infer<typeof ZAlertPreferences>;
export const DEFAULT_ALERT_PREFERENCES: AlertPreferences = {
  email: { negative_feedback: 'hourly', sla_breach: 'instant', assigned: 'instant', mention: 'instant', handoff: 'instant' },
  quietHours: { from: '21:00', to: '07:00' },
  dailyDigestHour: 8,
};
