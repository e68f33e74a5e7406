import { DEFAULT_TIME_ZONE } from '@footprint/core';
import { useMemo } from 'react';
import { useFormat, useOptionalSession } from '../../../workspace';

/**
 * Times in the workspace's time zone: hours and minutes ("Đã lưu lúc 10:42") and a moment as
 * dd/MM/yyyy HH:mm, date first, in both languages (the history and the share links read like that).
 */
export function useClock() {
  const session = useOptionalSession();
  const fmt = useFormat();
  const timeZone = session?.workspace.timeZone ?? DEFAULT_TIME_ZONE;
  return useMemo(() => {
    const f = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hour12: false });
    const time = (iso: string) => f.format(new Date(iso));
    return { time, stamp: (iso: string) => `${fmt.date(iso)} ${time(iso)}` };
  }, [timeZone, fmt]);
}
