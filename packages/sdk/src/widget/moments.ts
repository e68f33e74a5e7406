import { foldForSearch } from '@footprint/core/text/normalize';
import type { WidgetSurvey } from './types';

/**
 * When a survey is due: pure decisions, unit-tested without a browser. The URL filter limits the
 * pages; a moment (event, touchpoint, time on page, exit intent) says when; a survey with no moment
 * is due as soon as a matching page opens.
 */

export function hasMoment(s: WidgetSurvey): boolean {
  const t = s.triggers;
  return t.events.length > 0 || t.touchpointIds.length > 0 || t.delaySeconds !== null || t.exitIntent;
}

/**
 * What a tracked event is to a survey: `event` when its name is a trigger (case and diacritics
 * ignored), `touchpoint` when the survey waits for touchpoints (the server places the event and
 * decides), else nothing.
 */
export function eventMoment(s: WidgetSurvey, name: string): 'event' | 'touchpoint' | null {
  const folded = foldForSearch(name);
  if (s.triggers.events.some((e) => foldForSearch(e) === folded)) return 'event';
  return s.triggers.touchpointIds.length > 0 ? 'touchpoint' : null;
}
