import type { BusinessHours } from './sla-contracts.js';
import { vnHolidayDays } from './vn-holidays.js';

/**
 * The support clock: time counted only while support works (opening hours per weekday in the
 * calendar's time zone, minus holidays). SLA targets and hand-off due times are business minutes.
 */

const MINUTE = 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock date and time of an instant in a time zone. */
function wall(at: Date, timeZone: string): { y: number; m: number; d: number; h: number; min: number; s: number } {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(at).map((p) => [p.type, p.value]));
  return { y: Number(parts.year), m: Number(parts.month), d: Number(parts.day), h: Number(parts.hour), min: Number(parts.minute), s: Number(parts.second) };
}

/** The zone's offset from UTC at an instant, in ms. */
function offsetAt(at: Date, timeZone: string): number {
  const w = wall(at, timeZone);
  return Date.UTC(w.y, w.m - 1, w.d, w.h, w.min, w.s) - Math.floor(at.getTime() / 1000) * 1000;
}

/**
 * The instant a wall-clock time happens in a zone. In a DST gap the time does not exist and the
 * instant after the gap is used; in an overlap the earlier one.
 */
export function zonedInstant(day: string, minutesOfDay: number, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const asUtc = Date.UTC(y, m - 1, d) + minutesOfDay * MINUTE;
  let guess = asUtc - offsetAt(new Date(asUtc), timeZone);
  guess = asUtc - offsetAt(new Date(guess), timeZone);
  return new Date(guess);
}

/** The workspace day (yyyy-MM-dd) of an instant. */
export function zonedDay(at: Date, timeZone: string): string {
  const w = wall(at, timeZone);
  return `${String(w.y).padStart(4, '0')}-${String(w.m).padStart(2, '0')}-${String(w.d).padStart(2, '0')}`;
}

const nextDay = (day: string): string => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
};
const weekday = (day: string): number => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
};
const clockMinutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Whether support is closed all day: a holiday of the calendar (a chosen working day never is). */
export function isHoliday(day: string, hours: BusinessHours): boolean {
  if (hours.workingDays.includes(day)) return false;
  if (hours.extraHolidays.includes(day)) return true;
  return hours.vnHolidays && vnHolidayDays(Number(day.slice(0, 4))).has(day);
}

/** The open intervals of one workspace day, as instants, in order. */
export function openIntervals(day: string, hours: BusinessHours): [Date, Date][] {
  if (isHoliday(day, hours)) return [];
  return (hours.week[weekday(day)] ?? [])
    .map((i) => [clockMinutes(i.open), clockMinutes(i.close)] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([o, c]) => [zonedInstant(day, o, hours.timeZone), zonedInstant(day, c, hours.timeZone)] as [Date, Date])
    .filter(([o, c]) => c > o)
    .reduce<[Date, Date][]>((merged, [o, c]) => {
      // Overlapping or touching intervals (08:00–12:00 and 10:00–14:00) are one stretch of open time, counted once.
      const last = merged[merged.length - 1];
      if (last && o <= last[1]) {
        if (c > last[1]) last[1] = c;
      } else merged.push([o, c]);
      return merged;
    }, []);
}

/**
 * The clock walks day by day, and a day's intervals cost a few time-zone conversions: they are kept
 * per calendar object (a KPI request counts thousands of cases on one), at most CACHE_DAYS days each.
 * Calendars are values: one changed is a new object.
 */
const CACHE_DAYS = 4000;
const dayCache = new WeakMap<BusinessHours, Map<string, readonly (readonly [Date, Date])[]>>();
function intervalsOf(day: string, hours: BusinessHours): readonly (readonly [Date, Date])[] {
  let days = dayCache.get(hours);
  if (!days) dayCache.set(hours, (days = new Map()));
  let iv = days.get(day);
  if (!iv) {
    if (days.size >= CACHE_DAYS) days.clear();
    iv = openIntervals(day, hours);
    days.set(day, iv);
  }
  return iv;
}

/** How far ahead the clock looks for open time before it gives up (a calendar that never opens). */
const HORIZON_DAYS = 3 * 366;

/**
 * The instant `minutes` business minutes after `from`. Zero minutes from a closed moment is the next
 * opening. Null when the calendar has no open time within three years (every day closed).
 */
export function addBusinessMinutes(from: Date, minutes: number, hours: BusinessHours): Date | null {
  let left = Math.max(0, minutes) * MINUTE;
  let day = zonedDay(from, hours.timeZone);
  for (let i = 0; i < HORIZON_DAYS; i++, day = nextDay(day)) {
    for (const [open, close] of intervalsOf(day, hours)) {
      const start = Math.max(open.getTime(), from.getTime());
      if (start >= close.getTime()) continue;
      const room = close.getTime() - start;
      if (left < room || (left === 0 && room > 0)) return new Date(start + left);
      if (left === room) return new Date(close.getTime());
      left -= room;
    }
  }
  return null;
}

/** Business minutes between two instants (0 when `to` is not after `from`). */
export function businessMinutesBetween(from: Date, to: Date, hours: BusinessHours): number {
  if (to <= from) return 0;
  let total = 0;
  const last = zonedDay(to, hours.timeZone);
  let day = zonedDay(from, hours.timeZone);
  for (let i = 0; i < 100 * 366; i++, day = nextDay(day)) {
    for (const [open, close] of intervalsOf(day, hours)) {
      const a = Math.max(open.getTime(), from.getTime());
      const b = Math.min(close.getTime(), to.getTime());
      if (b > a) total += b - a;
    }
    if (day >= last) break;
  }
  return total / MINUTE;
}

/**
 * The clock over a span of days, for counting many durations on one calendar (a KPI request counts
 * tens of thousands of cases). The open intervals of the span are laid end to end with a running
 * total of open time, so the business time from the span's start to any instant is one binary
 * search, and a duration is the difference of two of them: the same figure as
 * `businessMinutesBetween`, without walking the days of every case. Instants outside the span are
 * counted by `businessMinutesBetween`.
 */
export interface BusinessTimeline {
  minutesBetween(from: Date, to: Date): number;
}

export function businessTimeline(from: Date, to: Date, hours: BusinessHours): BusinessTimeline {
  const opens: number[] = [];
  const closes: number[] = [];
  // before[i]: open ms of the span before interval i.
  const before: number[] = [];
  let total = 0;
  const first = zonedDay(from, hours.timeZone);
  const last = zonedDay(to, hours.timeZone);
  for (let day = first, i = 0; i < 100 * 366; i++, day = nextDay(day)) {
    for (const [open, close] of intervalsOf(day, hours)) {
      opens.push(open.getTime());
      closes.push(close.getTime());
      before.push(total);
      total += close.getTime() - open.getTime();
    }
    if (day >= last) break;
  }
  const start = zonedInstant(first, 0, hours.timeZone).getTime();
  const end = zonedInstant(nextDay(last), 0, hours.timeZone).getTime();
  /** Open ms from the span's start to `t` (start ≤ t ≤ end). */
  const upTo = (t: number): number => {
    let lo = 0;
    let hi = opens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (opens[mid]! <= t) lo = mid + 1;
      else hi = mid;
    }
    const k = lo - 1; // the last interval opening at or before t
    return k < 0 ? 0 : before[k]! + Math.min(t, closes[k]!) - opens[k]!;
  };
  return {
    minutesBetween(a: Date, b: Date): number {
      if (b <= a) return 0;
      if (a.getTime() < start || b.getTime() > end) return businessMinutesBetween(a, b, hours);
      return (upTo(b.getTime()) - upTo(a.getTime())) / MINUTE;
    },
  };
}
