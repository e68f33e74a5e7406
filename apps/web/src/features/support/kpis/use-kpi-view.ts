import { todayIn } from '@footprint/core';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useSession } from '../../workspace';
import { kpiViewFrom, type KpiView } from './view';

const PARAM: Partial<Record<keyof KpiView, string>> = { interval: 'by' };

/** The KPI page's view in the URL (`?range=…&group=…`), read against the workspace's today. */
export function useKpiView() {
  const { workspace } = useSession();
  const [params, setParams] = useSearchParams();
  const today = todayIn(workspace.timeZone);
  const view = useMemo(() => kpiViewFrom(params, today), [params, today]);
  const update = useCallback(
    (patch: Partial<Record<keyof KpiView, string | undefined>>) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch)) {
            const key = PARAM[k as keyof KpiView] ?? k;
            if (v === undefined || v === '') next.delete(key);
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
  const filter = useMemo(() => ({ from: view.from, to: view.to }), [view.from, view.to]);
  return { view, update, filter, today };
}
