import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../workspace';
import { useValueFormat } from '../hooks/use-value-format';
import { truncate, valueText } from '../lib/values';
import type { TraitChange } from '../schemas';

const FIRST = 10;

/** Each observed change of a trait, newest first: trait and when on one line, the value below. */
export function TraitHistoryCard({ history }: { history: TraitChange[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const f = useValueFormat();
  const [all, setAll] = useState(false);
  const sorted = useMemo(() => [...history].sort((a, b) => Date.parse(b.observedAt) - Date.parse(a.observedAt)), [history]);
  const shown = all ? sorted : sorted.slice(0, FIRST);
  return (
    <Card withBorder padding="lg">
      <Title order={3} fz="h5" mb="sm">
        {t('collection.profile.history')}
      </Title>
      {sorted.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('collection.profile.noHistory')}
        </Text>
      ) : (
        <>
          <Stack component="ol" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
            {shown.map((h, i) => (
              <Stack component="li" key={`${h.trait}-${h.observedAt}-${i}`} gap={0} py={6} style={{ borderTop: i ? '1px solid var(--mantine-color-gray-2)' : undefined }}>
                <Group justify="space-between" gap="xs" wrap="nowrap" align="baseline">
                  <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                    {h.trait}
                  </Text>
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    <time dateTime={h.observedAt}>{fmt.dateTime(h.observedAt)}</time>
                  </Text>
                </Group>
                <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {truncate(valueText(h.value, f, h.trait), 160)}
                </Text>
              </Stack>
            ))}
          </Stack>
          {sorted.length > FIRST && (
            <Button variant="subtle" size="xs" mt="xs" onClick={() => setAll(!all)}>
              {all ? t('collection.profile.showFewer') : t('collection.profile.showAll', { formatted: fmt.number(sorted.length) })}
            </Button>
          )}
        </>
      )}
    </Card>
  );
}
