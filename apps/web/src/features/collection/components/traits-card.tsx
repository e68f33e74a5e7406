import { Card, DataList, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useValueFormat } from '../hooks/use-value-format';
import { valueLines } from '../lib/values';

/** Shown in the contact card already. */
const CONTACT = new Set(['name', 'email', 'phone', 'gender', 'birthday', 'province']);

/** Every other trait as label and readable value (objects: one `key: value` line each). */
export function TraitsCard({ traits }: { traits: Record<string, unknown> }) {
  const { t } = useTranslation();
  const f = useValueFormat();
  const entries = Object.entries(traits).filter(([k]) => !CONTACT.has(k));
  return (
    <Card withBorder padding="lg">
      <Title order={3} fz="h5" mb="sm">
        {t('collection.profile.traits')}
      </Title>
      {entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('collection.profile.noTraits')}
        </Text>
      ) : (
        <DataList labelWidth="110px" gap="xs">
          {entries.map(([key, value]) => (
            <DataList.Item key={key}>
              <DataList.ItemLabel c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {key}
              </DataList.ItemLabel>
              <DataList.ItemValue>
                <Stack gap={0}>
                  {valueLines(value, f, key).map((line, i) => (
                    <Text key={i} size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {line}
                    </Text>
                  ))}
                </Stack>
              </DataList.ItemValue>
            </DataList.Item>
          ))}
        </DataList>
      )}
    </Card>
  );
}
