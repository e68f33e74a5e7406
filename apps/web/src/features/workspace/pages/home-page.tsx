import { canLoadDemo, previousRange, RANGE_PRESETS, type RangePreset } from '@footprint/core';
import { Alert, Badge, Button, Card, EmptyState, Grid, Group, Select, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconChartLine, IconMessagePlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-state';
import { useResponsesCoverage } from '../../feedback';
import { DemoLoader } from '../components/demo-loader';
import { GettingStarted } from '../components/getting-started';
import { useFormat } from '../hooks/use-format';
import { useSession } from '../hooks/use-session';
import { OverviewTiles } from '../overview/overview-tiles';
import { useOverviewPeriod } from '../overview/use-overview-period';

const day = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

/**
 * Tổng quan: "how are our customers doing?" at a glance — every part's tiles for one period. Until
 * the first answer arrives it says what to do next, with the first steps and the demo data.
 */
export function HomePage() {
  const { t } = useTranslation();
  const { me, workspace, role } = useSession();
  const coverage = useResponsesCoverage();
  const [period, setPeriod] = useOverviewPeriod();
  const before = previousRange(period);
  const hasAnswers = coverage.data ? coverage.data.lastAt !== null : null;
  // Decided when the page opens: answers arriving while someone reads the first steps (or watches
  // the demo load) do not pull the page from under them; a banner offers the overview instead.
  const [decided, setDecided] = useState<{ workspaceId: string; started: boolean } | null>(null);
  const started = decided?.workspaceId === workspace.id ? decided.started : null;
  const setStarted = (value: boolean) => setDecided({ workspaceId: workspace.id, started: value });
  useEffect(() => {
    if (started === null && hasAnswers !== null && !coverage.isFetching) setDecided({ workspaceId: workspace.id, started: hasAnswers });
  }, [started, hasAnswers, coverage.isFetching, workspace.id]);
  return (
    <>
      <PageHeader
        title={t('home.title')}
        description={`${t('home.greeting', { name: me.user.name })}. ${t('home.intro', { workspace: workspace.name, role: t(`roles.${role}`) })}`}
        actions={
          started && (
            <Select
              label={t('scores.overview.period')}
              allowDeselect={false}
              value={period.preset}
              onChange={(v) => setPeriod((v as RangePreset | null) ?? '30d')}
              data={RANGE_PRESETS.map((r) => ({ value: r, label: t(`scores.ranges.${r}`) }))}
              w={180}
            />
          )
        }
      />
      {coverage.isError ? (
        <QueryError error={coverage.error} onRetry={() => void coverage.refetch()} />
      ) : started === null ? (
        <Grid gap="lg">
          {[0, 1, 2].map((i) => (
            <Grid.Col key={i} span={{ base: 12, md: 4 }}>
              <Skeleton height={132} radius="md" />
            </Grid.Col>
          ))}
        </Grid>
      ) : started ? (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('scores.overview.periodText', { from: day(period.from), to: day(period.to), prevFrom: day(before.from), prevTo: day(before.to) })}
          </Text>
          <OverviewTiles period={period} />
        </Stack>
      ) : (
        <FirstSteps arrived={hasAnswers === true} onShow={() => setStarted(true)} />
      )}
    </>
  );
}

/** A workspace without answers yet: what to do next, the first steps, the demo, the workspace. */
function FirstSteps({ arrived, onShow }: { arrived: boolean; onShow: () => void }) {
  const { t } = useTranslation();
  const { workspace, role, actor } = useSession();
  const fmt = useFormat();
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Stack gap="lg">
          {arrived ? (
            <Alert color="teal" variant="light" icon={<IconChartLine size={20} aria-hidden />} title={t('scores.overview.arrivedTitle')}>
              <Group justify="space-between" gap="sm">
                <Text size="sm">{t('scores.overview.arrivedBody')}</Text>
                <Button size="xs" onClick={onShow}>
                  {t('scores.overview.arrivedAction')}
                </Button>
              </Group>
            </Alert>
          ) : (
            <Card withBorder padding="lg">
              <EmptyState icon={<IconMessagePlus size={28} aria-hidden />} variant="light" title={t('scores.overview.emptyTitle')} description={t('scores.overview.emptyBody')} py="md">
                <EmptyState.Actions>
                  <Button component={Link} to="/feedback/surveys">
                    {t('scores.overview.emptyAction')}
                  </Button>
                </EmptyState.Actions>
              </EmptyState>
            </Card>
          )}
          <GettingStarted />
          {canLoadDemo(actor) && <DemoLoader />}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Card withBorder padding="lg">
          <Title order={2} fz="h4" mb="md">
            {t('home.workspaceCard')}
          </Title>
          <Stack gap="sm" component="dl" m={0}>
            <Fact label={t('settings.workspace.name')} value={workspace.name} />
            <Group justify="space-between">
              <Text component="dt" size="sm" c="dimmed">
                {t('home.yourRole')}
              </Text>
              <Badge component="dd" m={0} variant="light">
                {t(`roles.${role}`)}
              </Badge>
            </Group>
            <Fact label={t('home.timeZone')} value={workspace.timeZone.replaceAll('_', ' ')} />
            <Fact label={t('home.createdAt')} value={fmt.date(workspace.createdAt)} />
          </Stack>
        </Card>
      </Grid.Col>
    </Grid>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="md">
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} size="sm" fw={500} ta="right" style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </Group>
  );
}
