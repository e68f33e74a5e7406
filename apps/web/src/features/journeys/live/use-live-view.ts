import { DEFAULT_TIME_ZONE, todayIn } from '@footprint/core';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useOptionalSession } from '../../workspace';
import { applyLivePatch, liveViewFrom, type LiveView } from './live-view';

export type LivePatch = Partial<Record<'live' | 'range' | 'from' | 'to' | 'persona', string | null>>;

/** The live layer's toggle, period and persona, kept in the URL; days in the workspace's time zone (Vietnam's on a public page). */
export function useLiveView(): { view: LiveView; update: (patch: LivePatch) => void; today: string } {
  const session = useOptionalSession();
  const [params, setParams] = useSearchParams();
  const today = todayIn(session?.workspace.timeZone ?? DEFAULT_TIME_ZONE);
  const view = useMemo(() => liveViewFrom(params, today), [params, today]);
  const update = useCallback((patch: LivePatch) => setParams((prev) => applyLivePatch(prev, patch), { replace: true }), [setParams]);
  return { view, update, today };
}
