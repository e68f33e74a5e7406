import type { QueryClient } from '@tanstack/react-query';

/** At most one refetch of the score screens per this many ms, however fast answers arrive. */
const THROTTLE_MS = 1500;
let last = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * A response was completed somewhere: the scores, breakdowns and comments on screen are stale.
 * Throttled (leading and trailing), so a busy kiosk afternoon does not turn into a refetch storm,
 * and the last answer is always shown.
 */
export function scoresChanged(qc: QueryClient): void {
  const run = () => {
    last = Date.now();
    timer = undefined;
    void qc.invalidateQueries({ queryKey: ['feedback', 'scores'] });
  };
  const wait = last + THROTTLE_MS - Date.now();
  if (wait <= 0) run();
  else timer ??= setTimeout(run, wait);
}
