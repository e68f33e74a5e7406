import type { Campaign } from '@footprint/core';
import { Card, Group, Progress, SimpleGrid, Stack, Text, Title, Tooltip, useMantineTheme } from '@mantine/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useTranslation } from 'react-i18next';
import { useFormat, useJob } from '../../../workspace';
import { percent } from '../format';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

/** How the campaign went: totals by delivery and progress, the path from email to answer, and the live send. */
export function CampaignResults({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const theme = useMantineTheme();
  const c = campaign.totals;
  const sending = campaign.status === 'sending' || campaign.reminder.status === 'sending';
  const job = useJob(sending ? campaign.jobId : null);
  const stat = (key: keyof typeof c, label: string, hint?: string, color?: string) => (
    <Card withBorder padding="sm" key={key}>
      <Text size="xs" c="dimmed">
        {hint ? (
          <Tooltip label={hint} multiline w={260}>
            <span style={{ borderBottom: '1px dotted' }}>{label}</span>
          </Tooltip>
        ) : (
          label
        )}
      </Text>
      <Text fz="xl" fw={700} c={color} data-testid={`total-${key}`}>
        {fmt.number(c[key])}
      </Text>
      {(key === 'answered' || key === 'opened') && (
        <Text size="xs" c="dimmed">
          {t('email.totals.ofSent', { rate: percent(c[key], c.sent, fmt.locale) })}
        </Text>
      )}
    </Card>
  );
  const steps = [
    { label: t('email.totals.sent'), value: c.sent },
    { label: t('email.totals.opened'), value: c.opened },
    { label: t('email.totals.answered'), value: c.answered },
  ];
  const color = theme.colors[theme.primaryColor]![6];
  const option = {
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: steps.map((s) => s.label) },
    series: [{ type: 'bar', data: steps.map((s) => s.value), itemStyle: { color, borderRadius: [0, 3, 3, 0] }, label: { show: true, position: 'right' } }],
  };
  const progress = job.data && job.data.status !== 'done' ? Math.round(job.data.progress * 100) : null;
  return (
    <Stack gap="md">
      {sending && (
        <Card withBorder padding="md" role="status" aria-live="polite">
          <Stack gap={6}>
            <Group justify="space-between">
              <Text size="sm">{t('email.campaign.progress', { message: job.data?.message ?? '…' })}</Text>
              {progress !== null && (
                <Text size="sm" fw={600}>
                  {progress}%
                </Text>
              )}
            </Group>
            <Progress value={progress ?? 0} striped animated aria-label={t('email.campaign.progress', { message: '' })} />
          </Stack>
        </Card>
      )}
      <SimpleGrid cols={{ base: 2, sm: 4, lg: 8 }} spacing="sm">
        {stat('recipients', t('email.totals.recipients'))}
        {stat('sent', t('email.totals.sent'), undefined, 'green.8')}
        {stat('failed', t('email.totals.failed'), undefined, c.failed > 0 ? 'red.8' : undefined)}
        {stat('bounced', t('email.totals.bounced'), undefined, c.bounced > 0 ? 'orange.8' : undefined)}
        {stat('suppressed', t('email.totals.suppressed'))}
        {stat('opened', t('email.totals.opened'), t('email.totals.openedHint'))}
        {stat('answered', t('email.totals.answered'), undefined, 'teal.8')}
        {stat('reminded', t('email.totals.reminded'))}
      </SimpleGrid>
      {c.sent > 0 && (
        <Card withBorder padding="md">
          <Title order={3} fz="h6" mb="xs">
            {t('email.totals.funnel')}
          </Title>
          <div role="img" aria-label={t('email.totals.funnelSummary', { sent: fmt.number(c.sent), opened: fmt.number(c.opened), answered: fmt.number(c.answered) })}>
            <ReactEChartsCore echarts={echarts} option={option} style={{ height: 150 }} notMerge lazyUpdate />
          </div>
        </Card>
      )}
    </Stack>
  );
}
