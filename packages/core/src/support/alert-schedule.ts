import type { AlertPreferences, EmailMode } from './alert-contracts.js';
import { zonedDay, zonedInstant } from './business-hours.js';

/**
 * When an alert's email goes out, from the member's preferences, in the workspace's time zone:
 * - `instant`: at once, unless it is quiet hours: then when they end;
 * - `hourly`: at the next full hour (wall clock), held past quiet hours like an instant one;
 * - `daily`: at the next `dailyDigestHour`:00 — the member chose that hour, so it is kept even inside quiet hours;
 * - `off`: never (null).
 * Alerts due at the same moment for one member leave in one email, which is what makes a digest.
 */
export function emailDueAt(mode: EmailMode, at: Date, prefs: AlertPreferences, timeZone: string): Date | null {
  switch (mode) {
    case 'off':
      return null;
    case 'instant':
      return afterQuiet(at, prefs, timeZone);
    case 'hourly':
      return afterQuiet(nextFullHour(at, timeZone), prefs, timeZone);
    case 'daily':
      return nextDailyDigest(at, prefs.dailyDigestHour, timeZone);
  }
}

const clock = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const formatters = new Map<string, Intl.DateTimeFormat>();
/** Minutes since local midnight (0…1439) of an instant in a zone. */
export function minuteOfDay(at: Date, timeZone: string): number {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' });
    formatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(at).map((p) => [p.type, p.value]));
  return Number(parts.hour) * 60 + Number(parts.minute);
}
const addDays = (day: string, n: number): string => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
};

/** Whether an instant falls in the member's quiet hours (`from` ≤ t < `to`, across midnight when `from` > `to`; equal = none). */
export function inQuietHours(at: Date, quiet: AlertPreferences['quietHours'], timeZone: string): boolean {
  if (!quiet) return false;
  const from = clock(quiet.from);
  const to = clock(quiet.to);
  if (from === to) return false;
  const m = minuteOfDay(at, timeZone);
  return from < to ? m >= from && m < to : m >= from || m < to;
}

/** The instant itself, or the end of the quiet hours it falls in. */
export function afterQuiet(at: Date, prefs: Pick<AlertPreferences, 'quietHours'>, timeZone: string): Date {
  const quiet = prefs.quietHours;
  if (!quiet || !inQuietHours(at, quiet, timeZone)) return at;
  const to = clock(quiet.to);
  const today = zonedDay(at, timeZone);
  const end = zonedInstant(today, to, timeZone);
  return end > at ? end : zonedInstant(addDays(today, 1), to, timeZone);
}

/** The next full hour of the local clock strictly after `at`. */
export function nextFullHour(at: Date, timeZone: string): Date {
  const day = zonedDay(at, timeZone);
  const hour = Math.floor(minuteOfDay(at, timeZone) / 60);
  for (let h = hour + 1; h <= hour + 3; h++) {
    const t = h >= 24 ? zonedInstant(addDays(day, 1), (h - 24) * 60, timeZone) : zonedInstant(day, h * 60, timeZone);
    if (t > at) return t;
  }
  return new Date(Math.floor(at.getTime() / 3_600_000) * 3_600_000 + 3_600_000);
}

/** The next `hour`:00 of the local clock at or after `at`. */
export function nextDailyDigest(at: Date, hour: number, timeZone: string): Date {
  const day = zonedDay(at, timeZone);
  for (let i = 0; i < 3; i++) {
    const t = zonedInstant(addDays(day, i), hour * 60, timeZone);
    if (t >= at) return t;
  }
  return new Date(at.getTime() + 86_400_000);
}
