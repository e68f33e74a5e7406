/**
 * Calendar periods of the score dashboards. Days are `YYYY-MM-DD` strings in the workspace's time
 * zone (rollups are keyed by that day), so period arithmetic is plain calendar arithmetic: no
 * instants, no offsets, no daylight-saving surprises.
 */

export const GRANULARITIES = ['day', 'week', 'month'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export const RANGE_PRESETS = ['7d', '30d', '90d', 'thisMonth', 'lastMonth'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export interface DayRange {
  /** First day, inclusive. */
  from: string;
  /** Last day, inclusive. */
  to: string;
}

const MS_PER_DAY = 86_400_000;
const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The day `n` days after (or, negative, before) `day`. */
export function addDays(day: string, n: number): string {
  return iso(utc(day) + n * MS_PER_DAY);
}

/** How many days a range holds, both ends included. */
export function rangeLength(r: DayRange): number {
  return Math.round((utc(r.to) - utc(r.from)) / MS_PER_DAY) + 1;
}

/** The first day of the period a day falls in: itself, its Monday (ISO weeks), or the 1st of its month. */
export function periodOf(day: string, by: Granularity): string {
  if (by === 'day') return day;
  if (by === 'month') return `${day.slice(0, 8)}01`;
  const d = new Date(utc(day));
  return addDays(day, -((d.getUTCDay() + 6) % 7));
}

/** The first day of the period after the one starting on `period`. */
export function nextPeriod(period: string, by: Granularity): string {
  if (by === 'day') return addDays(period, 1);
  if (by === 'week') return addDays(period, 7);
  const d = new Date(utc(period));
  return iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
}

/** Every period a range touches, oldest first (so charts show empty periods as gaps, not skip them). */
export function periodsInRange(r: DayRange, by: Granularity): string[] {
  const out: string[] = [];
  for (let p = periodOf(r.from, by); p <= r.to; p = nextPeriod(p, by)) out.push(p);
  return out;
}

/**
 * The range of equal length just before `r`: what "against the previous period" compares with.
 * 01/11–30/11 (30 days) is compared with 02/10–31/10, not with October, so both sides have as
 * many days (and as many weekends, give or take one).
 */
export function previousRange(r: DayRange): DayRange {
  const n = rangeLength(r);
  return { from: addDays(r.from, -n), to: addDays(r.from, -1) };
}

/** Today's date in a time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A preset's days, ending today (the last N days include today; "this month" runs to today). */
export function presetRange(preset: RangePreset, today: string): DayRange {
  switch (preset) {
    case '7d':
      return { from: addDays(today, -6), to: today };
    case '30d':
      return { from: addDays(today, -29), to: today };
    case '90d':
      return { from: addDays(today, -89), to: today };
    case 'thisMonth':
      return { from: periodOf(today, 'month'), to: today };
    case 'lastMonth': {
      const first = periodOf(today, 'month');
      return { from: periodOf(addDays(first, -1), 'month'), to: addDays(first, -1) };
    }
  }
}

/** A sensible step for a range: days up to a month, weeks up to half a year, then months. */
export function defaultGranularity(r: DayRange): Granularity {
  const n = rangeLength(r);
  return n <= 31 ? 'day' : n <= 184 ? 'week' : 'month';
}
