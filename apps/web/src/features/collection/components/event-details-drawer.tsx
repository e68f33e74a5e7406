import { DataList, Drawer, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../workspace';
import { personName } from '../hooks/use-customer-names';
import { useValueFormat } from '../hooks/use-value-format';
import { valueLines } from '../lib/values';
import type { TrackedEvent } from '../schemas';
import { EventTypeBadge, useEventTitle } from './event-type';
import { Who } from './who';

function Bag({ title, bag }: { title: string; bag: Record<string, unknown> | null }) {
  const { t } = useTranslation();
  const f = useValueFormat();
  const entries = Object.entries(bag ?? {});
  return (
    <Stack gap={6}>
      <Title order={3} fz="h6">
        {title}
      </Title>
      {entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('collection.details.empty')}
        </Text>
      ) : (
        <DataList labelWidth="120px" gap={6} size="sm">
          {entries.map(([key, value]) => (
            <DataList.Item key={key}>
              <DataList.ItemLabel c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {key}
              </DataList.ItemLabel>
              <DataList.ItemValue>
                {valueLines(value, f, key).map((line, i) => (
                  <Text key={i} size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {line}
                  </Text>
                ))}
              </DataList.ItemValue>
            </DataList.Item>
          ))}
        </DataList>
      )}
    </Stack>
  );
}

/** Everything one event carried, readable: for checking what an integration sends. */
export function EventDetailsDrawer({ event, onClose }: { event: TrackedEvent | null; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const title = useEventTitle();
  return (
    <Drawer opened={event !== null} onClose={onClose} position="right" size="lg" title={event ? title(event) : ''} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {event && (
        <Stack gap="lg">
          <Group gap="sm">
            <EventTypeBadge type={event.type} />
            <Who userId={event.userId} anonymousId={event.anonymousId} name={personName(event)} />
          </Group>
          <DataList labelWidth="120px" gap={6} size="sm">
            <DataList.Item>
              <DataList.ItemLabel c="dimmed">{t('collection.details.timestamp')}</DataList.ItemLabel>
              <DataList.ItemValue>{fmt.dateTime(event.timestamp)}</DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel c="dimmed">{t('collection.details.receivedAt')}</DataList.ItemLabel>
              <DataList.ItemValue>{fmt.dateTime(event.receivedAt)}</DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel c="dimmed">{t('collection.details.messageId')}</DataList.ItemLabel>
              <DataList.ItemValue style={{ overflowWrap: 'anywhere' }}>{event.messageId}</DataList.ItemValue>
            </DataList.Item>
          </DataList>
          <Bag title={t('collection.details.properties')} bag={event.properties} />
          {event.traits && <Bag title={t('collection.details.traits')} bag={event.traits} />}
          <Bag title={t('collection.details.context')} bag={event.context} />
        </Stack>
      )}
    </Drawer>
  );
}
