import { DEFAULT_TIME_ZONE } from '@footprint/core';
import { useMemo } from 'react';
import { useOptionalSession } from '../../../workspace';

/** Hours and minutes in the workspace's time zone ("Đã lưu lúc 10:42"). */
export function useClock() {
  const session = useOptionalSession();
  const timeZone = session?.workspace.timeZone ?? DEFAULT_TIME_ZONE;
  return useMemo(() => {
    const f = new Intl.DateTimeFormat('vi-VN', { timeZone, hour: '2-digit', minute: '2-digit', hour12: false });
    return { time: (iso: string) => f.format(new Date(iso)) };
  }, [timeZone]);
}
