import { Anchor, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../../components/query-state';
import type { OverviewPeriod } from '../../workspace';
import { useKpiFormat } from '../kpis/format';
import { useSupportKpis } from '../kpis/hooks';

function Figure({ id, label, value, tone }: { id: string; label: string; value: string; tone?: string | undefined }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fz={24} fw={700} lh={1.1} c={tone} data-testid={`support-tile-${id}`}>
        {value}
      </Text>
    </Stack>
  );
}

function Frame({ to, children }: { to: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" h="100%" component="section" aria-label={t('supportKpis.tile.title')}>
      <Stack gap="sm">
        <Group justify="space-between" align="baseline" wrap="nowrap" gap="sm">
          <Title order={2} fz="h5">
            {t('supportKpis.tile.title')}
          </Title>
          <Anchor component={Link} to={to} size="sm" style={{ whiteSpace: 'nowrap' }}>
            <Group gap={2} wrap="nowrap">
              {t('supportKpis.tile.link')}
              <IconChevronRight size={14} aria-hidden />
            </Group>
          </Anchor>
        </Group>
        {children}
      </Stack>
    </Card>
  );
}

/** The Overview's support tile: open cases and those past their SLA now, the period's FRT and closed-loop rate. */
export function SupportTile({ period }: { period: OverviewPeriod }) {
  const { t } = useTranslation();
  const f = useKpiFormat();
  const kpis = useSupportKpis({ from: period.from, to: period.to });
  const to = `/support/kpis?range=${period.preset}`;
  if (kpis.isError)
    return (
      <Frame to={to}>
        <QueryError error={kpis.error} onRetry={() => void kpis.refetch()} />
      </Frame>
    );
  if (kpis.isPending)
    return (
      <Frame to={to}>
        <SimpleGrid cols={2}>
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} height={48} />
          ))}
        </SimpleGrid>
      </Frame>
    );
  const k = kpis.data;
  if (k.created === 0 && k.resolved === 0 && k.backlog.open === 0)
    return (
      <Frame to={to}>
        <Text size="sm" c="dimmed">
          {t('supportKpis.tile.none')}
        </Text>
      </Frame>
    );
  return (
    <Frame to={to}>
      <SimpleGrid cols={{ base: 2, sm: 4, lg: 2, xl: 4 }}>
        <Figure id="open" label={t('supportKpis.tile.open')} value={f.count(k.backlog.open)} />
        <Figure id="breached" label={t('supportKpis.tile.breached')} value={f.count(k.backlog.breached)} tone={k.backlog.breached > 0 ? 'red' : undefined} />
        <Figure id="frt" label={t('supportKpis.tile.frt')} value={f.duration(k.frt.median)} />
        <Figure id="closed-loop" label={t('supportKpis.tile.closedLoop')} value={f.percent(k.closedLoop.rate)} />
      </SimpleGrid>
    </Frame>
  );
}
