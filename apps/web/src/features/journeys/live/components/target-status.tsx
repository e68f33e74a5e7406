import type { TargetStatus } from '@footprint/core';
import { Badge } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleDashed, IconCircleX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Colour and icon of each target status; the text label always goes with them (never colour alone). */
export const TARGET_LOOK: Record<TargetStatus, { color: string; Icon: typeof IconCircleCheck }> = {
  met: { color: 'teal', Icon: IconCircleCheck },
  near: { color: 'yellow', Icon: IconAlertTriangle },
  missed: { color: 'red', Icon: IconCircleX },
  none: { color: 'gray', Icon: IconCircleDashed },
};

/**
 * How a touchpoint stands against its target. "none" means no target or no answers: `hasTarget`
 * tells the two apart in words.
 */
export function TargetStatusBadge({ status, hasTarget, size = 'sm' }: { status: TargetStatus; hasTarget: boolean; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  const { color, Icon } = TARGET_LOOK[status];
  const label = status === 'none' ? (hasTarget ? t('journeyLive.target.noneData') : t('journeyLive.target.none')) : t(`journeyLive.target.${status}`);
  return (
    <Badge size={size} variant="light" color={color} tt="none" leftSection={<Icon size={12} aria-hidden />} data-target={status}>
      {label}
    </Badge>
  );
}
