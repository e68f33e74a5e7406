import type { QueryClient } from '@tanstack/react-query';
import { sk } from './query-keys';

/** What the rest of the app may use from the feedback feature; pages are reached through the routes. */

/** Surveys changed somewhere (another tab, another member): refetch the lists and open surveys. */
export function surveysChanged(qc: QueryClient): void {
  void qc.invalidateQueries({ queryKey: sk.all });
}
