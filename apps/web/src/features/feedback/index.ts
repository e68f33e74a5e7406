import type { QueryClient } from '@tanstack/react-query';
import { lazy } from 'react';
import { sk } from './query-keys';
import { rk } from './responses/query-keys';

/** What the rest of the app may use from the feedback feature; pages are reached through the routes. */

/** Surveys changed somewhere (another tab, another member): refetch the lists and open surveys. */
export function surveysChanged(qc: QueryClient): void {
  void qc.invalidateQueries({ queryKey: sk.all });
}

/** A response was completed or an export finished: refetch the response lists (and exports). */
export function responsesChanged(qc: QueryClient): void {
  void qc.invalidateQueries({ queryKey: rk.all });
}

/** A customer's survey responses, for their profile; loaded on demand, so the app shell stays light. */
export const CustomerResponses = lazy(async () => ({ default: (await import('./responses/components/customer-responses-card')).CustomerResponsesCard }));
/** A campaign was sent, answered or changed: refetch Feedback → Email's lists, campaigns and recipients. */
export function campaignsChanged(qc: QueryClient): void {
  void qc.invalidateQueries({ queryKey: ['feedback', 'email'] });
}

/** A response was completed: the scores, breakdowns and comments on screen refetch (throttled). */
export { scoresChanged } from './scores/live';
/** Feedback's tiles on the Overview (home page). */
export { feedbackOverviewTiles } from './scores/overview';
/** When the workspace's first and latest answers came in (the Overview's empty state). */
export { useCoverage as useResponsesCoverage } from './scores/hooks';
/** Asks before leaving a page with unsaved changes (the survey builder, the journey map editor). */
export { useUnsavedGuard } from './lib/use-unsaved-guard';
/** The change-from-previous badge and score formatting, for other parts' figures (the journey map's live layer). */
export { DeltaBadge } from './scores/components/delta-badge';
export { useScoreFormat } from './scores/metrics';
export { RESPONSES_PATH } from './responses/paths';
export { Face } from './kiosk/tablet/face';
