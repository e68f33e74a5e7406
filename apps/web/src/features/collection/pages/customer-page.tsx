import { Anchor, Button, Card, EmptyState, Grid, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconUserQuestion } from '@tabler/icons-react';
import { Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryError } from '../../../components/query-state';
import { isApiError } from '../../../lib/api';
import { CustomerResponses } from '../../feedback';
import { CustomerFacts } from '../components/customer-facts';
import { EventsPerDayChart } from '../components/events-per-day-chart';
import { IdentitiesCard } from '../components/identities-card';
import { StatCards } from '../components/stat-cards';
import { TimelineCard } from '../components/timeline-card';
import { TraitHistoryCard } from '../components/trait-history-card';
import { TraitsCard } from '../components/traits-card';
import { useCustomer, useTimeline } from '../hooks/use-customers';

export function CustomerPage() {
  const { t } = useTranslation();
  // The router hands the segment back decoded.
  const userId = useParams().userId ?? '';
  const customer = useCustomer(userId);
  const timeline = useTimeline(userId);
  const events = useMemo(() => timeline.data?.pages.flatMap((p) => p.items) ?? [], [timeline.data]);

  const back = (
    <Anchor component={Link} to="/collection/customers" size="sm" mb="sm" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
      <IconArrowLeft size={14} aria-hidden />
      {t('collection.profile.back')}
    </Anchor>
  );

  if (customer.isError) {
    const missing = isApiError(customer.error) && customer.error.code === 'not_found';
    return (
      <Stack gap="sm" align="flex-start">
        {back}
        {missing ? (
          <Card withBorder padding="xl" w="100%">
            <EmptyState
              icon={<IconUserQuestion size={28} aria-hidden />}
              title={t('collection.profile.notFound')}
              description={t('collection.profile.notFoundBody', { userId })}
              py="lg"
            >
              <EmptyState.Actions>
                <Button component={Link} to="/collection/customers" variant="light">
                  {t('collection.profile.back')}
                </Button>
              </EmptyState.Actions>
            </EmptyState>
          </Card>
        ) : (
          <QueryError error={customer.error} onRetry={() => void customer.refetch()} />
        )}
      </Stack>
    );
  }

  if (customer.isPending) {
    return (
      <Stack gap="lg" aria-busy="true" aria-label={t('common.loading')}>
        {back}
        <Skeleton height={32} width={280} />
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Skeleton height={320} radius="lg" />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Skeleton height={320} radius="lg" />
          </Grid.Col>
        </Grid>
      </Stack>
    );
  }

  const c = customer.data;
  return (
    <>
      {back}
      <Group justify="space-between" align="flex-end" mb="lg" gap="xs">
        <div style={{ minWidth: 0 }}>
          <Title order={2} fz="h3" style={{ overflowWrap: 'anywhere' }}>
            {c.name ?? c.userId}
          </Title>
          {c.name && (
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {t('collection.profile.userId')}: {c.userId}
            </Text>
          )}
        </div>
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            <StatCards counts={c.counts} />
            <EventsPerDayChart events={events} />
            <Suspense fallback={<Skeleton height={120} radius="lg" />}>
              <CustomerResponses userId={c.userId} />
            </Suspense>
            <TimelineCard timeline={timeline} events={events} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            <CustomerFacts customer={c} />
            <TraitsCard traits={c.traits} />
            <IdentitiesCard identities={c.identities} />
            <TraitHistoryCard history={c.traitHistory} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
