import type { CasePriority } from '@footprint/core';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS: Record<CasePriority, string> = { low: 'gray', normal: 'blue', high: 'orange', urgent: 'red' };

export function PriorityBadge({ priority }: { priority: CasePriority }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="light" color={COLORS[priority]} tt="none">
      {t(`supportSettings.priorities.${priority}`)}
    </Badge>
  );
}
