import { formatDayTime } from '@footprint/core';
import { useCallback } from 'react';
import { useSession } from '../../workspace';

/** "dd/MM/yyyy HH:mm" in the workspace's time zone: how Vietnamese tables write a moment. */
export function useDayTime(): (iso: string) => string {
  const { workspace } = useSession();
  return useCallback((iso: string) => formatDayTime(iso, workspace.timeZone), [workspace.timeZone]);
}
