import type { Locale } from '@footprint/core';

const MINUTE = 60_000;
const HOUR_MIN = 60;
const DAY_MIN = 24 * HOUR_MIN;

/** A span of whole minutes the way people say it: "1 giờ 20 phút", "2 ngày 3 giờ", "35 phút" (en: "1 h 20 min"). */
export function formatSpan(minutes: number, locale: Locale): string {
  const m = Math.max(0, Math.round(minutes));
  const u = locale === 'en' ? { d: 'd', h: 'h', m: 'min' } : { d: 'ngày', h: 'giờ', m: 'phút' };
  const days = Math.floor(m / DAY_MIN);
  const hours = Math.floor((m % DAY_MIN) / HOUR_MIN);
  const mins = m % HOUR_MIN;
  // Past a day the minutes no longer matter to anyone reading a queue.
  if (days > 0) return hours > 0 ? `${days} ${u.d} ${hours} ${u.h}` : `${days} ${u.d}`;
  if (hours > 0) return mins > 0 ? `${hours} ${u.h} ${mins} ${u.m}` : `${hours} ${u.h}`;
  return `${mins} ${u.m}`;
}

export type CountdownTone = 'ok' | 'soon' | 'breached' | 'met' | 'none';
export interface Countdown {
  tone: CountdownTone;
  /** Whole minutes left (positive) or past due (negative); null when met or without a target. */
  minutes: number | null;
}

/** Under this many minutes left a countdown turns amber. */
export const SOON_MINUTES = 60;

/**
 * Where a target stands now: met (done by then, or done at all once due passed is "breached" only if
 * done late), running with minutes left, or breached with minutes past.
 */
export function countdown(dueAt: string | null, doneAt: string | null, now: number): Countdown {
  if (!dueAt) return { tone: 'none', minutes: null };
  const due = Date.parse(dueAt);
  if (doneAt) return Date.parse(doneAt) <= due ? { tone: 'met', minutes: null } : { tone: 'breached', minutes: -Math.floor((Date.parse(doneAt) - due) / MINUTE) };
  const left = due - now;
  if (left < 0) return { tone: 'breached', minutes: -Math.floor(-left / MINUTE) };
  const minutes = Math.floor(left / MINUTE);
  return { tone: minutes < SOON_MINUTES ? 'soon' : 'ok', minutes };
}

export const TONE_COLOR: Record<CountdownTone, string> = { ok: 'teal', soon: 'orange', breached: 'red', met: 'gray', none: 'gray' };
