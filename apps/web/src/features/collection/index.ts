import type { QueryClient } from '@tanstack/react-query';
import { lazy } from 'react';
import { ck } from './query-keys';

/**
 * What the rest of the app may use from the collection feature. Pages are reached through the
 * routes (loaded on demand), so this stays light enough for the app shell to import.
 */
export { receiveLiveEvents } from './live-store';
/** Copyable code, for other parts' install instructions (the widget's). */
export { CodeBlock } from './components/code-block';

/** Touchpoints or their placement moved: refetch them and the event lists that show them. */
export function touchpointsChanged(qc: QueryClient): void {
  void qc.invalidateQueries({ queryKey: ck.touchpoints });
  void qc.invalidateQueries({ queryKey: ['collection', 'events'] });
  void qc.invalidateQueries({ queryKey: ['collection', 'timeline'] });
}

/** Re-placement moved on: only the touchpoints' progress bar changes; the event lists refresh at the end. */
export function placementProgressed(qc: QueryClient): void {
  void qc.invalidateQueries({ queryKey: ck.touchpoints, exact: true });
}
export { customerPath } from './paths';
/** A customer's timeline (events, feedback, cases and replies), for a support case's customer panel; loaded on demand. */
export const CustomerTimeline = lazy(async () => ({ default: (await import('./components/customer-timeline')).CustomerTimeline }));
