import { Card, Skeleton, Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../../components/query-state';
import { useFormat } from '../../../workspace';
import { useAudit } from '../hooks';
import { useAuditLabels } from '../lib/audit-labels';

/** Who changed what on the case, and when, newest first. */
export function AuditCard({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const audit = useAudit(caseId);
  const label = useAuditLabels();
  return (
    <Card withBorder padding="md">
      <Title order={3} fz="h5" mb="sm">
        {t('supportInbox.audit.title')}
      </Title>
      {audit.isError ? (
        <QueryError error={audit.error} onRetry={() => void audit.refetch()} />
      ) : audit.isPending ? (
        <Stack gap="xs" aria-busy="true">
          <Skeleton height={20} />
          <Skeleton height={20} />
        </Stack>
      ) : audit.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('supportInbox.audit.none')}
        </Text>
      ) : (
        <Timeline bulletSize={10} lineWidth={2} aria-label={t('supportInbox.audit.title')}>
          {[...audit.data].reverse().map((e) => (
            <Timeline.Item key={e.id} title={<Text size="sm">{label.sentence(e)}</Text>}>
              <Text size="xs" c="dimmed">
                {fmt.dateTime(e.at)}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Card>
  );
}
