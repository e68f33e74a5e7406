import type { Touchpoint } from '@footprint/core';
import { Badge, Text } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Where an event was placed: the touchpoint's name, or a quiet "unplaced". */
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
    <Badge variant="outline" color="teal" radius="sm" leftSection={<IconMapPin size={11} aria-hidden />} style={{ textTransform: 'none', maxWidth: '100%' }}>
      {tp.name}
    </Badge>
  );
}
