import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../workspace';
import { countdown, formatSpan, TONE_COLOR } from '../lib/countdown';

/** "còn 1 giờ 20 phút" / "quá hạn 35 phút" / "Đạt", coloured by how close the target is. */
export function SlaCountdown({ dueAt, doneAt, now, label }: { dueAt: string | null; doneAt: string | null; now: number; label?: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const c = countdown(dueAt, doneAt, now);
  if (c.tone === 'none') {
    return (
      <Text size="xs" c="dimmed">
        {t('supportInbox.sla.none')}
      </Text>
    );
  }
  const text =
    c.tone === 'met'
      ? t('supportInbox.sla.met')
      : c.minutes !== null && c.minutes < 0
        ? t('supportInbox.sla.overdue', { span: formatSpan(-c.minutes, fmt.locale) })
        : t('supportInbox.sla.left', { span: formatSpan(c.minutes ?? 0, fmt.locale) });
  return (
    <Badge color={TONE_COLOR[c.tone]} variant={c.tone === 'breached' ? 'filled' : 'light'} tt="none" title={dueAt ? t('supportInbox.sla.dueAt', { at: fmt.dateTime(dueAt) }) : undefined} data-sla={c.tone}>
      {label ? `${label}: ${text}` : text}
    </Badge>
  );
}
