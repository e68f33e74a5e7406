import { todayIn } from '@footprint/core';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useSession } from '../../workspace';
import { viewFrom, type ScoreView } from './view';

export { BREAKDOWN_SORTS, viewFrom, type BreakdownSort, type RangeChoice, type ScoreView } from './view';

const PARAM: Record<string, string> = { surveyId: 'survey', touchpointId: 'touchpoint', storeId: 'store' };

export function useScoreView() {
  const { workspace } = useSession();
  const [params, setParams] = useSearchParams();
  const today = todayIn(workspace.timeZone);
  const view = useMemo(() => viewFrom(params, today), [params, today]);
  const update = useCallback(
    (patch: Partial<Record<keyof ScoreView, string | undefined | null>>) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch)) {
            const key = PARAM[k] ?? k;
            if (v === undefined || v === null || v === '') next.delete(key);
            else next.set(key, v);
          }
          // Days belong to a custom range only; a preset is read against today.
          if (patch.range && patch.range !== 'custom') {
            next.delete('from');
            next.delete('to');
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  /** The filters every score request takes. */
  const filter = useMemo(
    () => ({ surveyId: view.surveyId, touchpointId: view.touchpointId, channel: view.channel, storeId: view.storeId, from: view.from, to: view.to }),
    [view.surveyId, view.touchpointId, view.channel, view.storeId, view.from, view.to],
  );
  return { view, update, filter, today };
}
