/** Calendar days in the workspace's time zone (filters and the events-per-day chart). */
export interface Day {
  y: number;
  m: number;
  d: number;
}

const DAY_INPUT = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/;

/** "dd/mm/yyyy" as people type it in Vietnam (also d/m/yyyy, dots or dashes), or null. */
export function parseDayInput(s: string): Day | null {
  const match = DAY_INPUT.exec(s);
  if (!match) return null;
  const day = { d: Number(match[1]), m: Number(match[2]), y: Number(match[3]) };
  const check = new Date(Date.UTC(day.y, day.m - 1, day.d));
  const real = check.getUTCFullYear() === day.y && check.getUTCMonth() === day.m - 1 && check.getUTCDate() === day.d;
  return real && day.y >= 1970 ? day : null;
}

function partsIn(ms: number, timeZone: string): Day & { h: number; mi: number; s: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { y: get('year'), m: get('month'), d: get('day'), h: get('hour'), mi: get('minute'), s: get('second') };
}

/** How far `timeZone` is ahead of UTC at that instant, in ms. */
function offsetAt(ms: number, timeZone: string): number {
  const p = partsIn(ms, timeZone);
  return Date.UTC(p.y, p.m - 1, p.d, p.h, p.mi, p.s) - Math.floor(ms / 1000) * 1000;
}

/** The instant a day starts in `timeZone` (checked twice, for days that change offset). */
export function startOfDay(day: Day, timeZone: string): number {
  const wall = Date.UTC(day.y, day.m - 1, day.d);
  const first = wall - offsetAt(wall, timeZone);
  return wall - offsetAt(first, timeZone);
}

/** The instant the next day starts: the API's `to` is exclusive, so "to 05/03" includes 05/03. */
export function endOfDay(day: Day, timeZone: string): number {
  const next = new Date(Date.UTC(day.y, day.m - 1, day.d + 1));
  return startOfDay({ y: next.getUTCFullYear(), m: next.getUTCMonth() + 1, d: next.getUTCDate() }, timeZone);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "yyyy-mm-dd" of an instant in `timeZone`: sorts and groups by calendar day. */
export function dayKey(ms: number, timeZone: string): string {
  const p = partsIn(ms, timeZone);
  return `${p.y}-${pad(p.m)}-${pad(p.d)}`;
}

/** The keys of the last `n` days up to and including today, oldest first. */
export function lastDays(n: number, timeZone: string, now = Date.now()): string[] {
  const today = partsIn(now, timeZone);
  return Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(today.y, today.m - 1, today.d - (n - 1 - i)));
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  });
}

/** "yyyy-mm-dd" → "dd/MM". */
export const shortDay = (key: string) => `${key.slice(8, 10)}/${key.slice(5, 7)}`;
