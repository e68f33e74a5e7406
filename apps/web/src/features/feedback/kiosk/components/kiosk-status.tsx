import { kioskOnline, type KioskDevice } from '@footprint/core';
import { Badge, Tooltip } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../workspace';

export type KioskStatus = 'online' | 'offline' | 'pairing' | 'unpaired';

/** Online or not, judged now from the last heartbeat: a tablet that falls silent turns offline on screen without a refetch. */
export function statusOf(d: KioskDevice, now: number, offlineAfterSeconds: number): KioskStatus {
  if (d.state !== 'paired') return d.state;
  return kioskOnline(d.lastSeenAt, now, offlineAfterSeconds) ? 'online' : 'offline';
}

const COLORS: Record<KioskStatus, string> = { online: 'green', offline: 'red', pairing: 'yellow', unpaired: 'gray' };

export function KioskStatusBadge({ status }: { status: KioskStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant={status === 'offline' ? 'filled' : 'light'} data-status={status}>
      {t(`kiosk.statuses.${status}`)}
    </Badge>
  );
}

/** The current time, every few seconds. */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(id);
  }, [everyMs]);
  return now;
}

/** "2 phút trước" while recent; older than a day, dd/MM/yyyy HH:mm in the workspace's time zone. Hovering shows the exact time. */
export function LastSeen({ at, now }: { at: string | null; now: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const rtf = useMemo(() => new Intl.RelativeTimeFormat(fmt.locale, { numeric: 'auto' }), [fmt.locale]);
  if (!at) return <>{t('kiosk.never')}</>;
  const seconds = Math.max(0, Math.round((now - Date.parse(at)) / 1000));
  const text =
    seconds < 60 ? rtf.format(-seconds, 'second') : seconds < 3600 ? rtf.format(-Math.floor(seconds / 60), 'minute') : seconds < 86_400 ? rtf.format(-Math.floor(seconds / 3600), 'hour') : fmt.dateTime(at);
  return (
    <Tooltip label={fmt.dateTime(at)}>
      <time dateTime={at}>{text}</time>
    </Tooltip>
  );
}
