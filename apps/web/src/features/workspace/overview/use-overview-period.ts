import { defaultGranularity, presetRange, RANGE_PRESETS, todayIn, type RangePreset } from '@footprint/core';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useSession } from '../hooks/use-session';
import type { OverviewPeriod } from './tile';

/** The Overview's period, `?range=` in the URL (last 30 days by default), read in the workspace's time zone. */
export function useOverviewPeriod(): [OverviewPeriod, (preset: RangePreset) => void] {
  const { workspace } = useSession();
  const [params, setParams] = useSearchParams();
  const preset = RANGE_PRESETS.find((p) => p === params.get('range')) ?? '30d';
  const today = todayIn(workspace.timeZone);
  const period = useMemo(() => {
    const days = presetRange(preset, today);
    return { preset, ...days, by: defaultGranularity(days) };
  }, [preset, today]);
  const set = useCallback((p: RangePreset) => setParams({ range: p }, { replace: true }), [setParams]);
  return [period, set];
}
