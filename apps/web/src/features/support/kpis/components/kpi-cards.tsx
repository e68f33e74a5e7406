import type { SupportKpis } from '@footprint/core';
import { Badge, Card, Group, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useKpiFormat } from '../format';

/** Below this many cases a figure is marked as resting on few cases. */
export const FEW_CASES = 10;

function KpiCard({ id, title, value, n, hint, children }: { id: string; title: string; value: string; n: number | null; hint?: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const f = useKpiFormat();
  const few = n !== null && n > 0 && n < FEW_CASES;
  return (
    <Card withBorder padding="md" h="100%" component="section" aria-label={title} data-testid={`support-kpi-${id}`}>
      <Stack gap={6}>
        <Text size="sm" fw={600} c="dimmed">
          {title}
        </Text>
        <Text fz={28} fw={700} lh={1.1} c={few ? 'dimmed' : undefined} data-testid={`support-kpi-${id}-value`}>
          {value}
        </Text>
        {n !== null && (
          <Group gap={6}>
            <Text size="xs" c="dimmed">
              {t('supportKpis.n', { n: f.count(n) })}
            </Text>
            {few && (
              <Tooltip label={t('supportKpis.fewTip', { n: FEW_CASES })} withArrow>
                <Badge size="xs" variant="light" color="yellow" tt="none" leftSection={<IconAlertTriangle size={10} aria-hidden />}>
                  {t('supportKpis.few')}
                </Badge>
              </Tooltip>
            )}
          </Group>
        )}
        {children}
        {hint && (
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/** The headline figures: FRT, ART, FCR, SLA compliance, backlog with its age, reopen rate, resolution CSAT, closed-loop rate. */
export function KpiCards({ kpis }: { kpis: SupportKpis }) {
  const { t } = useTranslation();
  const f = useKpiFormat();
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
      <KpiCard id="frt" title={t('supportKpis.cards.frt.title')} value={f.duration(kpis.frt.median)} n={kpis.frt.n} hint={t('supportKpis.cards.frt.hint')}>
        {kpis.frt.mean !== null && <Text size="xs">{t('supportKpis.cards.frt.mean', { v: f.duration(kpis.frt.mean) })}</Text>}
      </KpiCard>
      <KpiCard id="art" title={t('supportKpis.cards.art.title')} value={f.duration(kpis.art.median)} n={kpis.art.n} hint={t('supportKpis.cards.art.hint')}>
        {kpis.art.mean !== null && <Text size="xs">{t('supportKpis.cards.art.mean', { v: f.duration(kpis.art.mean) })}</Text>}
      </KpiCard>
      <KpiCard id="fcr" title={t('supportKpis.cards.fcr.title')} value={f.percent(kpis.fcr.rate)} n={kpis.fcr.n} hint={t('supportKpis.cards.fcr.hint')} />
      <KpiCard id="sla" title={t('supportKpis.cards.sla.title')} value={f.percent(kpis.sla.rate)} n={kpis.sla.n}>
        <Text size="xs">{t('supportKpis.cards.sla.detail', { fr: f.percent(kpis.sla.firstResponse), res: f.percent(kpis.sla.resolution) })}</Text>
      </KpiCard>
      <KpiCard id="backlog" title={t('supportKpis.cards.backlog.title')} value={f.count(kpis.backlog.open)} n={null}>
        <Text size="xs" c="dimmed">
          {t('supportKpis.cards.backlog.open')}
        </Text>
        {kpis.backlog.breached > 0 && (
          <Badge color="red" variant="light" tt="none" w="fit-content">
            {t('supportKpis.cards.backlog.breached', { n: f.count(kpis.backlog.breached) })}
          </Badge>
        )}
        <Stack gap={2} aria-label={t('supportKpis.ages.title')}>
          {kpis.backlog.ageBuckets.map((b) => (
            <Group key={b.key} justify="space-between" gap="xs">
              <Text size="xs" c="dimmed">
                {t(`supportKpis.ages.${b.key}`)}
              </Text>
              <Text size="xs" fw={600}>
                {f.count(b.count)}
              </Text>
            </Group>
          ))}
        </Stack>
      </KpiCard>
      <KpiCard id="reopen" title={t('supportKpis.cards.reopen.title')} value={f.percent(kpis.reopenRate.rate)} n={kpis.reopenRate.n} hint={t('supportKpis.cards.reopen.hint')} />
      <KpiCard id="csat" title={t('supportKpis.cards.csat.title')} value={kpis.resolutionCsat.score === null ? f.percent(null) : `${f.number(kpis.resolutionCsat.score, 1)}%`} n={kpis.resolutionCsat.n}>
        {kpis.resolutionCsat.mean !== null && <Text size="xs">{t('supportKpis.cards.csat.mean', { v: f.number(kpis.resolutionCsat.mean, 1) })}</Text>}
      </KpiCard>
      <KpiCard id="closed-loop" title={t('supportKpis.cards.closedLoop.title')} value={f.percent(kpis.closedLoop.rate)} n={kpis.closedLoop.n} hint={t('supportKpis.cards.closedLoop.hint')} />
    </SimpleGrid>
  );
}
