import type { ImportStatus } from '@footprint/core';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS: Record<ImportStatus, string> = { uploaded: 'gray', invalid: 'orange', ready: 'blue', importing: 'violet', done: 'teal', failed: 'red' };

export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" style={{ whiteSpace: 'nowrap' }}>
      {t(`imports.statuses.${status}`)}
    </Badge>
  );
}
