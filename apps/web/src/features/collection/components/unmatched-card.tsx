import type { Channel, UnmatchedGroup } from '@footprint/core';
import { Button, Card, Code, EmptyState, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError, TableSkeleton } from '../../../components/query-state';
import { useFormat } from '../../workspace';
import { useUnmatched } from '../hooks/use-touchpoints';
import { ChannelBadge, isChannel } from './channel-badge';
import { EventTypeBadge, useEventTitle } from './event-type';
import type { TouchpointDraft } from './touchpoint-modal';

const DAYS = [7, 30, 90] as const;

/** A touchpoint that would take a group: by page path for pages, else by event name (and channel). */
function draftOf(g: UnmatchedGroup, name: string): TouchpointDraft {
  const channel: Channel | undefined = isChannel(g.channel) ? g.channel : undefined;
  if (g.type === 'page' && g.path) {
    const path = g.path.startsWith('/') ? g.path.split(/[?#]/)[0]! : g.path;
    return { name, channel: channel ?? 'web', types: ['page'], urlPattern: path };
  }
  return { name, ...(channel ? { channel, channels: [channel] } : {}), ...(g.event ? { events: [g.event] } : { types: [g.type as 'track' | 'screen'] }) };
}

/** What no touchpoint takes yet, biggest first, each a click away from becoming a touchpoint. */
export function UnmatchedCard({ canManage, onCreate }: { canManage: boolean; onCreate: (draft: TouchpointDraft) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const title = useEventTitle();
  const [days, setDays] = useState<(typeof DAYS)[number]>(30);
  const unmatched = useUnmatched(days);
  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <div style={{ flex: 1, minWidth: 260 }}>
            <Title order={3} size="h4">
              {t('collection.touchpoints.unmatched.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('collection.touchpoints.unmatched.intro')}
            </Text>
          </div>
          <SegmentedControl
            aria-label={t('collection.touchpoints.unmatched.days')}
            value={String(days)}
            onChange={(v) => setDays(Number(v) as (typeof DAYS)[number])}
            data={DAYS.map((d) => ({ value: String(d), label: t('collection.touchpoints.unmatched.daysOption', { count: d }) }))}
          />
        </Group>
        {unmatched.isError ? (
          <QueryError error={unmatched.error} onRetry={() => void unmatched.refetch()} />
        ) : unmatched.isPending ? (
          <TableSkeleton cols={5} rows={5} />
        ) : unmatched.data.items.length === 0 ? (
          <EmptyState icon={<IconCircleCheck size={28} aria-hidden />} title={t('collection.touchpoints.unmatched.emptyTitle')} description={t('collection.touchpoints.unmatched.emptyBody')} py="lg" />
        ) : (
          <>
            <Table.ScrollContainer minWidth={720}>
              <Table style={{ opacity: unmatched.isPlaceholderData ? 0.6 : 1 }}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('collection.touchpoints.unmatched.colWhat')}</Table.Th>
                    <Table.Th>{t('collection.touchpoints.unmatched.colChannel')}</Table.Th>
                    <Table.Th ta="right">{t('collection.touchpoints.unmatched.colCount')}</Table.Th>
                    <Table.Th>{t('collection.touchpoints.unmatched.colLast')}</Table.Th>
                    {canManage && <Table.Th />}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {unmatched.data.items.map((g) => {
                    const name = g.type === 'page' && g.path && !g.event ? g.path : title({ type: g.type as 'track', event: g.event });
                    return (
                      <Table.Tr key={`${g.type}|${g.event}|${g.path}|${g.channel}`}>
                        <Table.Td>
                          <Group gap="xs" wrap="nowrap">
                            <EventTypeBadge type={g.type as 'track'} />
                            <div style={{ minWidth: 0 }}>
                              <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                                {name}
                              </Text>
                              {g.type === 'page' && g.path && g.event && <Code fz="xs">{g.path}</Code>}
                            </div>
                          </Group>
                        </Table.Td>
                        <Table.Td>{g.channel ? <ChannelBadge channel={g.channel} /> : <Text span size="xs" c="dimmed">{t('common.none')}</Text>}</Table.Td>
                        <Table.Td ta="right">{fmt.number(g.count)}</Table.Td>
                        <Table.Td fz="sm">{fmt.dateTime(g.lastSeen)}</Table.Td>
                        {canManage && (
                          <Table.Td ta="right">
                            <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} aria-label={t('collection.touchpoints.unmatched.createFor', { name })} onClick={() => onCreate(draftOf(g, name))}>
                              {t('collection.touchpoints.unmatched.create')}
                            </Button>
                          </Table.Td>
                        )}
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                {t('collection.touchpoints.unmatched.total', { count: unmatched.data.total, formatted: fmt.number(unmatched.data.total) })}
              </Text>
              <Button component={Link} to="/collection/events?touchpointId=none" variant="subtle" size="xs">
                {t('collection.touchpoints.unmatched.viewEvents')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}
