import { ActionIcon, Button, Card, EmptyState, Group, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconInfoCircle, IconListSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { QueryError, TableSkeleton } from '../../../components/query-state';
import { useFormat } from '../../workspace';
import { EventDetailsDrawer } from '../components/event-details-drawer';
import { EventFilters } from '../components/event-filters';
import { EventSummary } from '../components/event-summary';
import { EventTypeBadge, useEventTitle } from '../components/event-type';
import { Who } from '../components/who';
import { personName, useCustomerNames } from '../hooks/use-customer-names';
import { useEventsPage } from '../hooks/use-events';
import { useTouchpointNames } from '../hooks/use-touchpoints';
import { TouchpointLabel } from '../components/touchpoint-label';
import { EVENT_TYPES, type EventFilters as Filters, type TrackedEvent } from '../schemas';

/** `?userId=…` (from a profile) or `?touchpointId=…` (from the touchpoints) opens the list already filtered. */
function filtersFrom(params: URLSearchParams): Filters {
  const get = (k: string) => params.get(k)?.trim() || undefined;
  return {
    userId: get('userId'),
    anonymousId: get('anonymousId'),
    event: get('event'),
    type: EVENT_TYPES.find((x) => x === params.get('type')),
    touchpointId: get('touchpointId'),
  };
}

export function EventsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const title = useEventTitle();
  const [params] = useSearchParams();
  const [filters, setFilters] = useState<Filters>(() => filtersFrom(params));
  // Cursor paging: the cursors of the pages walked through, so "previous" can step back.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [open, setOpen] = useState<TrackedEvent | null>(null);
  const before = cursors[cursors.length - 1] ?? null;
  const events = useEventsPage(filters, before);
  const filtered = Object.values(filters).some((v) => v !== undefined);
  const names = useCustomerNames(events.data?.items);
  const touchpoints = useTouchpointNames();

  const change = (update: (f: Filters) => Filters) => {
    setFilters(update);
    setCursors([null]);
  };

  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <EventFilters value={filters} onChange={change} />
        {events.isError ? (
          <QueryError error={events.error} onRetry={() => void events.refetch()} />
        ) : events.isPending ? (
          <TableSkeleton cols={6} rows={8} />
        ) : events.data.items.length === 0 ? (
          <EmptyState
            icon={<IconListSearch size={28} aria-hidden />}
            title={filtered ? t('collection.events.noMatch') : t('collection.events.emptyTitle')}
            description={filtered ? t('collection.events.noMatchHint') : t('collection.events.emptyBody')}
            py="xl"
          >
            {!filtered && (
              <EmptyState.Actions>
                <Button component={Link} to="/collection/live" variant="light">
                  {t('collection.customers.emptyAction')}
                </Button>
              </EmptyState.Actions>
            )}
          </EmptyState>
        ) : (
          <Table.ScrollContainer minWidth={880}>
            <Table style={{ opacity: events.isPlaceholderData ? 0.6 : 1 }} aria-busy={events.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('collection.events.colTime')}</Table.Th>
                  <Table.Th>{t('collection.events.colType')}</Table.Th>
                  <Table.Th>{t('collection.events.colEvent')}</Table.Th>
                  <Table.Th>{t('collection.events.colWho')}</Table.Th>
                  <Table.Th>{t('collection.touchpoints.colTouchpoint')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('collection.events.colDetails')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {events.data.items.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td fz="sm" style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                      <time dateTime={e.timestamp}>{fmt.dateTime(e.timestamp)}</time>
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top', whiteSpace: 'nowrap' }}>
                      <EventTypeBadge type={e.type} />
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                        {title(e)}
                      </Text>
                      <EventSummary event={e} />
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <Who userId={e.userId} anonymousId={e.anonymousId} name={(e.userId && names.get(e.userId)) || personName(e)} />
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <TouchpointLabel id={e.touchpointId} touchpoints={touchpoints} />
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top' }} ta="right">
                      <Tooltip label={t('collection.events.details')}>
                        <ActionIcon variant="subtle" aria-label={`${t('collection.events.details')}: ${title(e)}`} onClick={() => setOpen(e)}>
                          <IconInfoCircle size={18} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {events.data && (cursors.length > 1 || events.data.nextBefore) && (
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('collection.events.pageOf', { page: cursors.length })}
            </Text>
            <Group gap="xs">
              <Button variant="default" size="xs" leftSection={<IconChevronLeft size={14} aria-hidden />} disabled={cursors.length <= 1} onClick={() => setCursors(cursors.slice(0, -1))}>
                {t('collection.paging.newer')}
              </Button>
              <Button
                variant="default"
                size="xs"
                rightSection={<IconChevronRight size={14} aria-hidden />}
                disabled={!events.data.nextBefore || events.isPlaceholderData}
                onClick={() => setCursors([...cursors, events.data.nextBefore])}
              >
                {t('collection.paging.older')}
              </Button>
            </Group>
          </Group>
        )}
      </Stack>
      <EventDetailsDrawer event={open} onClose={() => setOpen(null)} />
    </Card>
  );
}
