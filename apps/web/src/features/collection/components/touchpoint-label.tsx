import type { Touchpoint } from '@footprint/core';
import { Group, Text } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Where an event was placed: the touchpoint's name (wrapping, never cut), or a quiet "unplaced". */
export function TouchpointLabel({ id, touchpoints }: { id: string | null; touchpoints: Map<string, Touchpoint> }) {
  const { t } = useTranslation();
  const tp = id ? touchpoints.get(id) : undefined;
  if (!tp) {
    return (
      <Text span size="xs" c="dimmed">
        {t('collection.touchpoints.unplaced')}
      </Text>
    );
  }
  return (
    <Group gap={4} wrap="nowrap" align="flex-start">
      <IconMapPin size={14} color="var(--mantine-color-teal-7)" aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
      <Text span size="sm" fw={500} c="teal.8" style={{ overflowWrap: 'anywhere' }}>
        {tp.name}
      </Text>
    </Group>
  );
}
