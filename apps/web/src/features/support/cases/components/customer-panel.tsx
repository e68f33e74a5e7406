import type { Case } from '@footprint/core';
import { Anchor, Card, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { IconMail, IconPhone, IconUser } from '@tabler/icons-react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../../../components/query-state';
import { CustomerTimeline, customerPath } from '../../../collection';
import { CustomerResponses } from '../../../feedback';
import { useCustomerProfile } from '../hooks';

/** Traits worth a line: plain values, not the contact fields shown above them. */
const SHOWN = new Set(['name', 'email', 'phone']);
const plain = (v: unknown): string | null => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : null);

/** Who the customer is (contact, traits) and everything they did: their survey answers, then events, cases and replies. */
export function CustomerPanel({ c }: { c: Case }) {
  const { t } = useTranslation();
  const userId = c.customer?.userId;
  const profile = useCustomerProfile(userId);
  if (!c.customer) {
    return (
      <Card withBorder padding="md">
        <Title order={3} fz="h5" mb="xs">
          {t('supportInbox.customer.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('supportInbox.customer.none')}
        </Text>
      </Card>
    );
  }
  const traits = profile.data ? Object.entries(profile.data.traits).flatMap(([k, v]) => (SHOWN.has(k) || plain(v) === null ? [] : [[k, plain(v) ?? ''] as const])).slice(0, 12) : [];
  return (
    <Stack gap="md">
      <Card withBorder padding="md">
        <Stack gap="xs">
          <Group justify="space-between">
            <Title order={3} fz="h5">
              {t('supportInbox.customer.title')}
            </Title>
            {userId && (
              <Anchor component={Link} to={customerPath(userId)} size="sm">
                {t('supportInbox.customer.open')}
              </Anchor>
            )}
          </Group>
          <Group gap={6}>
            <IconUser size={16} aria-hidden />
            <Text fw={600}>{c.customer.name}</Text>
          </Group>
          {(profile.data?.email ?? c.customer.email) && (
            <Group gap={6}>
              <IconMail size={16} aria-hidden />
              <Anchor href={`mailto:${profile.data?.email ?? c.customer.email ?? ''}`} size="sm">
                {profile.data?.email ?? c.customer.email}
              </Anchor>
            </Group>
          )}
          {profile.data?.phone && (
            <Group gap={6}>
              <IconPhone size={16} aria-hidden />
              <Anchor href={`tel:${profile.data.phone}`} size="sm">
                {profile.data.phone}
              </Anchor>
            </Group>
          )}
          {profile.isError && <QueryError error={profile.error} onRetry={() => void profile.refetch()} />}
          {profile.isLoading && <Skeleton height={60} />}
          {traits.length > 0 && (
            <Table fz="sm" verticalSpacing={2} aria-label={t('supportInbox.customer.traits')}>
              <Table.Tbody>
                {traits.map(([k, v]) => (
                  <Table.Tr key={k}>
                    <Table.Td c="dimmed" w="40%">
                      {k}
                    </Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{v}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </Card>
      {userId && (
        <Suspense fallback={<Skeleton height={200} radius="md" />}>
          <CustomerResponses userId={userId} />
          <CustomerTimeline userId={userId} />
        </Suspense>
      )}
    </Stack>
  );
}
