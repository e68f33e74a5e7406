import { Box, Button, Card, EmptyState, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconTimeline } from '@tabler/icons-react';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/query-state';
import { useFormat } from '../../workspace';
import type { TimelinePage, TrackedEvent } from '../schemas';
import { useTouchpointNames } from '../hooks/use-touchpoints';
import { EventSummary } from './event-summary';
import { TouchpointLabel } from './touchpoint-label';
import { EventTypeIcon, useEventTitle } from './event-type';
import { supportEntries, type SupportEntry } from '../lib/support-entries';
import { SupportEntryBody, SupportEntryIcon } from './support-entry';

interface Props {
  timeline: UseInfiniteQueryResult<InfiniteData<TimelinePage>>;
  events: TrackedEvent[];
}

/** The customer's events, newest first, with "load more" going back in time. */
export function TimelineCard({ timeline, events }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const title = useEventTitle();
  const touchpoints = useTouchpointNames();
  // Cases and replies (sent with the first page) slot in among the events loaded so far, by time.
  const support = supportEntries(timeline.data?.pages[0]?.support, timeline.hasNextPage ? (events.at(-1)?.timestamp ?? null) : null);
  const entries: ({ kind: 'event'; at: string; e: TrackedEvent } | SupportEntry)[] = [...events.map((e) => ({ kind: 'event' as const, at: e.timestamp, e })), ...support].sort((a, b) =>
    a.at < b.at ? 1 : a.at > b.at ? -1 : 0,
  );
  return (
    <Card withBorder padding="lg">
      <Group justify="space-between" align="baseline" mb="md">
        <Title order={3} fz="h5">
          {t('collection.profile.timeline')}
        </Title>
        {events.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('collection.profile.loaded', { formatted: fmt.number(events.length) })}
          </Text>
        )}
      </Group>
      {timeline.isError && events.length === 0 ? (
        <QueryError error={timeline.error} onRetry={() => void timeline.refetch()} />
      ) : timeline.isPending ? (
        <Stack gap="md" aria-busy="true" aria-label={t('common.loading')}>
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} height={48} radius="md" />
          ))}
        </Stack>
      ) : entries.length === 0 ? (
        <EmptyState icon={<IconTimeline size={28} aria-hidden />} title={t('collection.profile.noEvents')} py="lg" />
      ) : (
        <>
          <Stack component="ol" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
            {entries.map((entry, i) => {
              const line = i < entries.length - 1 && <Box w={2} style={{ flex: 1, background: 'var(--mantine-color-gray-3)' }} />;
              if (entry.kind !== 'event') {
                return (
                  <Group component="li" key={`${entry.kind}-${entry.kind === 'case' ? entry.c.id : entry.r.id}`} wrap="nowrap" align="flex-start" gap="sm" data-timeline-support={entry.kind}>
                    <Stack gap={0} align="center" style={{ alignSelf: 'stretch' }}>
                      <SupportEntryIcon kind={entry.kind} />
                      {line}
                    </Stack>
                    <SupportEntryBody entry={entry} />
                  </Group>
                );
              }
              const e = entry.e;
              return (
              <Group component="li" key={e.id} wrap="nowrap" align="flex-start" gap="sm">
                <Stack gap={0} align="center" style={{ alignSelf: 'stretch' }}>
                  <EventTypeIcon type={e.type} />
                  {line}
                </Stack>
                <Stack gap={2} pb="md" style={{ flex: 1, minWidth: 0 }}>
                  <Group justify="space-between" gap="xs" wrap="wrap">
                    <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {title(e)}
                      <Text span size="xs" c="dimmed" fw={400} ml={8}>
                        {t(`collection.types.${e.type}`)}
                      </Text>
                    </Text>
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      <time dateTime={e.timestamp}>{fmt.dateTime(e.timestamp)}</time>
                    </Text>
                  </Group>
                  {e.touchpointId && touchpoints.has(e.touchpointId) && (
                    <div>
                      <TouchpointLabel id={e.touchpointId} touchpoints={touchpoints} />
                    </div>
                  )}
                  <EventSummary event={e} />
                </Stack>
              </Group>
              );
            })}
          </Stack>
          {timeline.isFetchNextPageError && <QueryError error={timeline.error} onRetry={() => void timeline.fetchNextPage()} />}
          {timeline.hasNextPage ? (
            <Button variant="light" fullWidth mt="xs" loading={timeline.isFetchingNextPage} onClick={() => void timeline.fetchNextPage()}>
              {t('collection.loadMore')}
            </Button>
          ) : (
            <Text size="xs" c="dimmed" ta="center" mt="xs">
              {t('collection.profile.allLoaded')}
            </Text>
          )}
        </>
      )}
    </Card>
  );
}
