/**
 * Timestamps as spreadsheets hold them. A time without a zone is wall-clock time in the workspace's
 * time zone (Asia/Ho_Chi_Minh by default); ISO 8601 with a zone keeps its own. Pure.
 */

export const TIMESTAMP_FORMATS = ['dmy', 'mdy', 'iso', 'excel'] as const;
export type TimestampFormat = (typeof TIMESTAMP_FORMATS)[number];

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** Minutes east of UTC when the value names its zone; undefined means the workspace's zone. */
  offset?: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/iu;
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?$/iu;
/** Excel's day zero in its 1900 date system (serial 1 is 1900-01-01, past the leap-year bug). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function valid(w: WallTime): WallTime | null {
  if (w.year < 1900 || w.year > 9999 || w.month < 1 || w.month > 12 || w.day < 1 || w.day > daysIn(w.year, w.month)) return null;
  if (w.hour > 23 || w.minute > 59 || w.second > 59) return null;
  if (w.offset !== undefined && Math.abs(w.offset) > 14 * 60) return null;
  return w;
}

function parseIso(s: string): WallTime | null {
  const m = ISO.exec(s);
  if (!m) return null;
  let offset: number | undefined;
  if (m[8]) {
    if (m[8].toUpperCase() === 'Z') offset = 0;
    else {
      const digits = m[8].replace(':', '');
      const sign = digits.startsWith('-') ? -1 : 1;
      offset = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || '0'));
    }
  }
  return valid({
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
    ms: Number((m[7] ?? '0').slice(0, 3).padEnd(3, '0')),
    ...(offset !== undefined ? { offset } : {}),
  });
}

function parseDayFirst(s: string, monthFirst: boolean): WallTime | null {
  const m = DAY_FIRST.exec(s);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return valid({
    year: Number(m[3]),
    month: monthFirst ? a : b,
    day: monthFirst ? b : a,
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
    ms: 0,
  });
}

function parseExcel(s: string): WallTime | null {
  if (!/^\d+(\.\d+)?$/.test(s)) return null;
  const serial = Number(s);
  if (serial < 1 || serial > 2_958_465) return null; // 9999-12-31
  // Rounded to the second: the fraction of a day is binary floating point.
  const d = new Date(EXCEL_EPOCH + Math.round(serial * 86_400) * 1000);
  return valid({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    ms: 0,
  });
}

/**
 * Reads a value in the chosen format. Every format also accepts ISO 8601 (yyyy-MM-dd…), which is
 * unambiguous and is how date cells of an XLSX file arrive.
 */
export function parseWallTime(raw: string, format: TimestampFormat): WallTime | null {
  const s = raw.trim();
  if (!s) return null;
  const iso = parseIso(s);
  if (iso) return iso;
  if (format === 'dmy') return parseDayFirst(s, false);
  if (format === 'mdy') return parseDayFirst(s, true);
  if (format === 'excel') return parseExcel(s);
  return null;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The zone's offset from UTC at an instant, in milliseconds. */
export function zoneOffsetMs(utcMs: number, timeZone: string): number {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(new Date(utcMs)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return asUtc - (utcMs - (((utcMs % 1000) + 1000) % 1000));
}

/** The instant a wall-clock time names: in its own offset if it has one, else in `timeZone`. */
export function wallTimeToDate(w: WallTime, timeZone: string): Date {
  const local = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms);
  if (w.offset !== undefined) return new Date(local - w.offset * 60_000);
  // Two passes: the offset at the guess may differ from the offset at the answer across a DST change.
  const first = zoneOffsetMs(local, timeZone);
  const second = zoneOffsetMs(local - first, timeZone);
  return new Date(local - second);
}

/** Guesses a column's format from sample values: serial numbers, ISO, else day-first unless a value proves month-first. */
export function guessTimestampFormat(samples: readonly string[]): TimestampFormat {
  const values = samples.map((s) => s.trim()).filter(Boolean);
  if (values.length === 0) return 'dmy';
  if (values.every((v) => /^\d+(\.\d+)?$/.test(v))) return 'excel';
  if (values.every((v) => ISO.test(v))) return 'iso';
  const pairs = values.map((v) => DAY_FIRST.exec(v)).filter((m): m is RegExpExecArray => m !== null);
  if (pairs.some((m) => Number(m[1]) > 12)) return 'dmy';
  if (pairs.some((m) => Number(m[2]) > 12)) return 'mdy';
  return 'dmy';
}
