import { Anchor, Divider, Drawer, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../../../components/query-state';
import { customerPath } from '../../../collection';
import { useFormat } from '../../../workspace';
import { useRecipient } from '../hooks';
import { DeliveryCell } from './status-badges';

/** One recipient: who, what happened to their email, and their answers in words. */
export function RecipientDrawer({ campaignId, recipientId, onClose }: { campaignId: string; recipientId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const r = useRecipient(campaignId, recipientId);
  return (
    <Drawer opened={recipientId !== null} onClose={onClose} position="right" size="md" title={t('email.recipients.details')}>
      {r.isError ? (
        <QueryError error={r.error} onRetry={() => void r.refetch()} />
      ) : !r.data ? (
        <Stack>
          <Skeleton h={20} />
          <Skeleton h={60} />
        </Stack>
      ) : (
        <Stack gap="md">
          <Stack gap={2}>
            <Text fw={600}>{r.data.name ?? r.data.email}</Text>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {r.data.email}
            </Text>
            {r.data.userId && (
              <Group gap={6}>
                <Text size="sm" c="dimmed">
                  {t('email.recipients.customer')}: {r.data.userId}
                </Text>
                <Anchor component={Link} to={customerPath(r.data.userId)} size="sm">
                  {t('email.recipients.openProfile')}
                </Anchor>
              </Group>
            )}
          </Stack>
          <DeliveryCell r={r.data} />
          <Divider />
          <Text fw={600}>{t('email.recipients.response')}</Text>
          {!r.data.response ? (
            <Text size="sm" c="dimmed">
              {t('email.recipients.noResponse')}
            </Text>
          ) : (
            <Stack gap="sm" data-testid="recipient-response">
              <Text size="xs" c="dimmed">
                {r.data.response.completedAt
                  ? t('email.recipients.completedAt', { at: fmt.dateTime(r.data.response.completedAt) })
                  : t('email.recipients.partial', { at: fmt.dateTime(r.data.response.updatedAt) })}
              </Text>
              {r.data.response.answers.map((a) => (
                <Stack gap={0} key={a.questionId}>
                  <Text size="sm" c="dimmed">
                    {a.title}
                  </Text>
                  <Text size="sm" fw={500} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                    {a.answer}
                  </Text>
                </Stack>
              ))}
            </Stack>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
