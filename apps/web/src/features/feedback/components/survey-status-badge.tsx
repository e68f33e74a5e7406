import type { SurveyStatus } from '@footprint/core';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS: Record<SurveyStatus, string> = { draft: 'gray', active: 'green', paused: 'yellow', archived: 'dark' };

export function SurveyStatusBadge({ status }: { status: SurveyStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light">
      {t(`feedback.statuses.${status}`)}
    </Badge>
  );
}
