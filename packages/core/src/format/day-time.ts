/** The wall-clock parts of an instant in a time zone. */
function wallClock(at: Date, timeZone: string): { y: number; m: number; d: number; h: number; mi: number; s: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { y: get('year'), m: get('month'), d: get('day'), h: get('hour'), mi: get('minute'), s: get('second') };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "dd/MM/yyyy HH:mm" in the time zone, in every language: the order Vietnamese tables and
 * spreadsheets use (Intl's vi-VN puts the time first).
 */
export function formatDayTime(at: string | Date, timeZone: string): string {
  const p = wallClock(typeof at === 'string' ? new Date(at) : at, timeZone);
  return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.h)}:${pad(p.mi)}`;
}

/**
 * A Date whose UTC fields are the instant's wall clock in the time zone: what a spreadsheet cell
 * (which has no time zone) must hold to show the local time.
 */
export function wallClockDate(at: Date, timeZone: string): Date {
  const p = wallClock(at, timeZone);
  return new Date(Date.UTC(p.y, p.m - 1, p.d, p.h, p.mi, p.s));
}
