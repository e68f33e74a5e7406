import { Anchor, Card, Group, Skeleton, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconMessages } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../../../components/query-state';
import { useFormat } from '../../../workspace';
import { useResponses } from '../hooks';
import { customerResponsesPath } from '../paths';
import { useDayTime } from '../use-day-time';
import { ChannelLabel } from './channel-label';
import { ResponseDrawer } from './response-drawer';
import { ScoreBadge } from './score-badge';

const SHOWN = 5;

/** A customer's survey answers on their profile, newest first: their journey in their own words. */
export function CustomerResponsesCard({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const dayTime = useDayTime();
  const [open, setOpen] = useState<string | null>(null);
  const responses = useResponses({ customer: userId, pageSize: SHOWN });
  const total = responses.data?.total ?? 0;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="customer-responses-title">
      <Group justify="space-between" align="baseline" mb="md">
        <Title order={3} fz="h5" id="customer-responses-title">
          {t('responses.customer.title')}
        </Title>
        {total > 0 && (
          <Group gap="sm">
            <Text size="xs" c="dimmed">
              {t('responses.customer.count', { formatted: fmt.number(total) })}
            </Text>
            <Anchor component={Link} to={customerResponsesPath(userId)} size="sm">
              {t('responses.customer.all')}
            </Anchor>
          </Group>
        )}
      </Group>
      {responses.isError ? (
        <QueryError error={responses.error} onRetry={() => void responses.refetch()} />
      ) : responses.isPending ? (
        <Stack gap="sm" aria-busy="true" aria-label={t('common.loading')}>
          <Skeleton height={44} radius="md" />
          <Skeleton height={44} radius="md" />
        </Stack>
      ) : responses.data.items.length === 0 ? (
        <Group gap="xs" c="dimmed">
          <IconMessages size={18} aria-hidden />
          <Text size="sm">{t('responses.customer.empty')}</Text>
        </Group>
      ) : (
        <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
          {responses.data.items.map((r) => (
            <li key={r.id} style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
              <UnstyledButton onClick={() => setOpen(r.id)} py="sm" w="100%" aria-label={t('responses.table.open', { time: dayTime(r.answeredAt) })}>
                <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Group gap="xs" wrap="wrap">
                      <ScoreBadge score={r.score} />
                      <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                        {r.survey.name}
                      </Text>
                      {r.touchpoint && (
                        <Text size="xs" c="dimmed">
                          {r.touchpoint.name}
                        </Text>
                      )}
                    </Group>
                    {r.snippet && (
                      <Text size="sm" lineClamp={2} style={{ overflowWrap: 'anywhere', unicodeBidi: 'plaintext' }}>
                        {r.snippet}
                      </Text>
                    )}
                  </Stack>
                  <Stack gap={2} align="flex-end">
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      <time dateTime={r.answeredAt}>{dayTime(r.answeredAt)}</time>
                    </Text>
                    <ChannelLabel channel={r.channel} />
                  </Stack>
                </Group>
              </UnstyledButton>
            </li>
          ))}
        </Stack>
      )}
      <ResponseDrawer id={open} onClose={() => setOpen(null)} />
    </Card>
  );
}
