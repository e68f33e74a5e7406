import { patternToRegExp } from '../collection/touchpoint-match.js';

/**
 * What decides whether the web widget asks someone: the URL filter, sampling and the frequency cap.
 * Pure and free of zod: the SDK runs it in the browser and the server runs the same code when the
 * widget claims an impression, so both sides agree on who is sampled and who was asked too recently.
 */

export const DAY_MS = 86_400_000;
/** "Never ask the same person more than once in N days, across all surveys": the default N. */
export const DEFAULT_FREQUENCY_CAP_DAYS = 30;

/**
 * A visitor's place on a survey's sampling scale, 0..9999: FNV-1a of visitor and survey. Stable, so
 * a 10% survey asks the same tenth of visitors on every page and device (by user id), not a fresh
 * tenth at every try — which would reach everyone who comes often enough.
 */
export function samplingBucket(visitorId: string, surveyId: string): number {
  let h = 0x811c9dc5;
  const s = `${visitorId}:${surveyId}`;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 10_000;
}

/** Whether a visitor falls within a survey's sampling percentage (0..100, decimals allowed). */
export function isSampled(visitorId: string, surveyId: string, percent: number): boolean {
  return samplingBucket(visitorId, surveyId) < Math.round(percent * 100);
}

/** Whether someone last asked at `lastAskedAt` (ms; null = never) may be asked at `now`; a cap of 0 days is no cap. */
export function capAllows(lastAskedAt: number | null, now: number, capDays: number): boolean {
  return capDays <= 0 || lastAskedAt === null || now - lastAskedAt >= capDays * DAY_MS;
}

/**
 * Whether a page address meets a widget's URL filter: `*` is any text; a pattern starting with `/`
 * is matched against the path (without query), any other against the whole address (without
 * fragment) — the touchpoints' own convention. No pattern: every page.
 */
export function urlMatches(pattern: string | null, href: string): boolean {
  if (pattern === null) return true;
  const noHash = href.split('#')[0] ?? href;
  let target = noHash;
  if (pattern.startsWith('/')) {
    const m = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*([^?]*)/i.exec(noHash);
    target = (m ? m[1] : noHash.split('?')[0]) || '/';
  }
  return patternToRegExp(pattern).test(target);
}

/**
 * Where an answer is given: the touchpoint the triggering event (or page) was placed on when the
 * survey listens there, else the survey's only touchpoint, else none.
 */
export function answerTouchpoint(placed: string | null, surveyTouchpoints: readonly string[]): string | undefined {
  if (placed !== null && surveyTouchpoints.includes(placed)) return placed;
  return surveyTouchpoints.length === 1 ? surveyTouchpoints[0] : undefined;
}
