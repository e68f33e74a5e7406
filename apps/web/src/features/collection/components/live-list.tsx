import { Anchor, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../workspace';
import { useRelativeTime } from '../hooks/use-relative-time';
import type { LiveItem } from '../live-store';
import { truncate } from '../lib/values';
import { useTouchpointNames } from '../hooks/use-touchpoints';
import { EventTypeBadge, useEventTitle } from './event-type';
import { TouchpointLabel } from './touchpoint-label';
import { Who } from './who';

/** The live events, newest first: when they arrived, what, who, on which touchpoint and page. */
export function LiveList({ items, now, names }: { items: LiveItem[]; now: number; names: Map<string, string> }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const relative = useRelativeTime();
  const title = useEventTitle();
  const touchpoints = useTouchpointNames();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('collection.live.colArrived')}</Table.Th>
            <Table.Th>{t('collection.live.colType')}</Table.Th>
            <Table.Th>{t('collection.live.colName')}</Table.Th>
            <Table.Th>{t('collection.live.colWho')}</Table.Th>
            <Table.Th>{t('collection.touchpoints.colTouchpoint')}</Table.Th>
            <Table.Th>{t('collection.live.colUrl')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e) => {
            const at = new Date(e.arrivedAt).toISOString();
            return (
              <Table.Tr key={e.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Tooltip label={fmt.dateTime(at)} withArrow>
                    <Text component="time" dateTime={at} size="sm" tabIndex={0}>
                      {relative(e.arrivedAt, now)}
                    </Text>
                  </Tooltip>
                </Table.Td>
                <Table.Td>
                  <EventTypeBadge type={e.type} />
                </Table.Td>
                <Table.Td fz="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                  {title(e)}
                </Table.Td>
                <Table.Td>
                  <Who userId={e.userId} anonymousId={e.anonymousId} name={(e.userId && names.get(e.userId)) || e.name} />
                </Table.Td>
                <Table.Td>
                  <TouchpointLabel id={e.touchpointId} touchpoints={touchpoints} />
                </Table.Td>
                <Table.Td fz="xs" style={{ overflowWrap: 'anywhere' }}>
                  {e.url ? (
                    /^https?:\/\//i.test(e.url) ? (
                      <Anchor href={e.url} target="_blank" rel="noopener noreferrer nofollow" size="xs" title={e.url}>
                        {truncate(e.url.replace(/^https?:\/\//i, ''), 60)}
                      </Anchor>
                    ) : (
                      truncate(e.url, 60)
                    )
                  ) : (
                    <Text span size="xs" c="dimmed">
                      {t('common.none')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
