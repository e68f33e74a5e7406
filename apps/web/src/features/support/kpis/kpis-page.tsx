import { Button, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../../components/query-state';
import { BreakdownSection } from './components/breakdown-section';
import { KpiCards } from './components/kpi-cards';
import { PeriodPicker } from './components/period-picker';
import { TrendSection } from './components/trend-section';
import { useSupportKpis } from './hooks';
import { useKpiView } from './use-kpi-view';

/** Hỗ trợ → KPI: the period's FRT, ART, FCR, SLA compliance and the rest, per department (or agent, touchpoint, channel), over time. */
export function SupportKpisPage() {
  const { t } = useTranslation();
  const { view, update, filter, today } = useKpiView();
  const kpis = useSupportKpis(filter);
  const nothing = kpis.data && kpis.data.created === 0 && kpis.data.resolved === 0 && kpis.data.backlog.open === 0;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2} fz="h3">
          {t('supportKpis.title')}
        </Title>
        <Text size="sm" c="dimmed" maw={900}>
          {t('supportKpis.intro')}
        </Text>
      </Stack>
      <PeriodPicker view={view} today={today} update={update} />
      {kpis.isError ? (
        <QueryError error={kpis.error} onRetry={() => void kpis.refetch()} />
      ) : kpis.isPending ? (
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
          {Array.from({ length: 8 }, (_, i) => (
            <Skeleton key={i} height={130} />
          ))}
        </SimpleGrid>
      ) : nothing ? (
        <Card withBorder padding="xl" data-testid="support-kpi-empty">
          <Stack gap="sm" align="flex-start">
            <Text fw={600}>{t('supportKpis.empty.title')}</Text>
            <Text size="sm" c="dimmed">
              {t('supportKpis.empty.body')}
            </Text>
            <Group>
              <Button component={Link} to="/support/inbox" leftSection={<IconInbox size={16} aria-hidden />} variant="light">
                {t('supportKpis.empty.inbox')}
              </Button>
            </Group>
          </Stack>
        </Card>
      ) : (
        <>
          <div style={{ opacity: kpis.isPlaceholderData ? 0.6 : 1 }}>
            <KpiCards kpis={kpis.data} />
          </div>
          <BreakdownSection view={view} filter={filter} update={update} />
          <TrendSection view={view} filter={filter} update={update} />
        </>
      )}
    </Stack>
  );
}
