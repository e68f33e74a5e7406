import type { QueryClient } from '@tanstack/react-query';

/** At most one refetch of the live layer per this many ms, however fast events arrive. */
const THROTTLE_MS = 3000;
let last = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Events or answers arrived: the live figures on screen are stale. Throttled (leading and
 * trailing) so a busy afternoon does not turn into a refetch storm, and the last change is shown.
 */
export function journeyLiveChanged(qc: QueryClient): void {
  const run = () => {
    last = Date.now();
    timer = undefined;
    void qc.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'journeys' && q.queryKey[1] === 'live' && (q.queryKey[2] === 'map' || q.queryKey[2] === 'share') });
  };
  const wait = last + THROTTLE_MS - Date.now();
  if (wait <= 0) run();
  else timer ??= setTimeout(run, wait);
}
