import type { CasePriority, CaseStatus } from '@footprint/core';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const STATUS_COLOR: Record<CaseStatus, string> = {
  new: 'blue',
  open: 'cyan',
  waiting_customer: 'yellow',
  waiting_department: 'grape',
  resolved: 'teal',
  closed: 'gray',
};
const PRIORITY_COLOR: Record<CasePriority, string> = { low: 'gray', normal: 'blue', high: 'orange', urgent: 'red' };

export function StatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" tt="none">
      {t(`supportInbox.status.${status}`)}
    </Badge>
  );
}

export function PriorityBadge({ priority }: { priority: CasePriority }) {
  const { t } = useTranslation();
  return (
    <Badge color={PRIORITY_COLOR[priority]} variant={priority === 'urgent' ? 'filled' : 'outline'} tt="none">
      {t(`supportInbox.priority.${priority}`)}
    </Badge>
  );
}
