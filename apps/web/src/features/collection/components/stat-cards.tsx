import { Card, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../workspace';
import type { Customer } from '../schemas';

const STATS = ['events', 'pages', 'tracks', 'identifies'] as const;

export function StatCards({ counts }: { counts: Customer['counts'] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md" component="dl" m={0}>
      {STATS.map((key) => (
        <Card key={key} withBorder padding="md">
          <Text component="dt" size="sm" c="dimmed">
            {t(`collection.profile.counts.${key}`)}
          </Text>
          <Text component="dd" m={0} fz={28} fw={650} lh={1.2}>
            {fmt.number(counts[key])}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}
