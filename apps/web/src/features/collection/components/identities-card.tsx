import { Card, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../workspace';
import type { Customer } from '../schemas';
import { AnonymousId } from './who';

const SHOWN_ANONYMOUS = 12;

/** The user ids merged into this customer, and the anonymous visitors (devices) linked to them. */
export function IdentitiesCard({ identities }: { identities: Customer['identities'] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const anon = identities.anonymousIds;
  return (
    <Card withBorder padding="lg">
      <Title order={3} fz="h5" mb="sm">
        {t('collection.profile.identities')}
      </Title>
      <Stack gap="sm">
        <div>
          <Text size="sm" c="dimmed" mb={4}>
            {t('collection.profile.userIds', { formatted: fmt.number(identities.userIds.length) })}
          </Text>
          <Group gap={6}>
            {identities.userIds.map((id) => (
              <Code key={id} style={{ overflowWrap: 'anywhere' }}>
                {id}
              </Code>
            ))}
          </Group>
        </div>
        <div>
          <Text size="sm" c="dimmed" mb={4}>
            {t('collection.profile.anonymousIds', { formatted: fmt.number(anon.length) })}
          </Text>
          {anon.length > 0 && (
            <Group gap={6}>
              {anon.slice(0, SHOWN_ANONYMOUS).map((id) => (
                <AnonymousId key={id} id={id} />
              ))}
              {anon.length > SHOWN_ANONYMOUS && (
                <Text size="xs" c="dimmed">
                  {t('collection.profile.andMore', { formatted: fmt.number(anon.length - SHOWN_ANONYMOUS) })}
                </Text>
              )}
            </Group>
          )}
        </div>
      </Stack>
    </Card>
  );
}
