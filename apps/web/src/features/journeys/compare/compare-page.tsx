import type { Journey, JourneyTouchpoint, LiveTouchpoint } from '@footprint/core';
import { Alert, Anchor, Badge, Box, Card, Group, Select, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconInfoCircle } from '@tabler/icons-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-state';
import { LiveControls } from '../live/components/live-controls';
import { useJourneyLive, useJourneyMap, useTouchpointNames } from '../live/hooks';
import { itemName, stageName } from '../live/map-items';
import { useLiveView } from '../live/use-live-view';
import { journeyMapPath } from '../paths-live';
import { PrintPage } from '../print/print-page';
import { compareMaps, type StagePair } from './align';
import { OpportunityRows, PainRows, TouchpointRows } from './compare-items';

/**
 * A current-state map and one of its future states side by side, stage by stage: what each holds
 * (touchpoints, pains, opportunities) with what changed marked, and next to the future targets the
 * figures measured on the current map today.
 */
export function ComparePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const map = useJourneyMap(id);
  const m = map.data;
  const isFuture = !!m && m.currentState !== null && m.kind !== 'current';
  const currentId = m ? (isFuture ? m.currentState!.id : m.id) : undefined;
  const futureId = m ? (isFuture ? m.id : (m.futureStates.find((f) => f.id === params.get('with')) ?? m.futureStates[0])?.id) : undefined;
  const current = useJourneyMap(isFuture ? currentId : undefined);
  const future = useJourneyMap(!isFuture && futureId ? futureId : undefined);
  const currentMap = isFuture ? current.data : m;
  const futureMap = isFuture ? m : future.data;
  const other = isFuture ? current : future;

  const header = (
    <PageHeader
      title={t('journeyLive.compare.title')}
      description={t('journeyLive.compare.description')}
      actions={
        <Anchor component={Link} to={journeyMapPath(id)} size="sm" data-print-hide>
          <Group gap={4} wrap="nowrap">
            <IconArrowLeft size={14} aria-hidden />
            {t('journeyLive.compare.back')}
          </Group>
        </Anchor>
      }
    />
  );
  if (map.isError) return (<>{header}<QueryError error={map.error} onRetry={() => void map.refetch()} /></>);
  if (!m) return (<>{header}<Stack>{[0, 1, 2].map((i) => <Skeleton key={i} height={120} />)}</Stack></>);
  if (!isFuture && m.futureStates.length === 0)
    return (<>{header}<Alert color="gray" variant="light" icon={<IconInfoCircle size={18} aria-hidden />}>{m.kind === 'current' ? t('journeyLive.compare.noFuture') : t('journeyLive.compare.noCurrent')}</Alert></>);
  if (other.isError) return (<>{header}<QueryError error={other.error} onRetry={() => void other.refetch()} /></>);
  return (
    <>
      {header}
      <PrintPage />
      {!isFuture && m.futureStates.length > 1 && (
        <Select
          label={t('journeyLive.compare.choose')}
          allowDeselect={false}
          value={futureId ?? null}
          onChange={(v) => setParams((p) => { const n = new URLSearchParams(p); if (v) n.set('with', v); return n; }, { replace: true })}
          data={m.futureStates.map((f) => ({ value: f.id, label: f.name }))}
          w={{ base: '100%', xs: 320 }}
          mb="md"
          data-print-hide
        />
      )}
      {currentMap && futureMap ? <Comparison current={currentMap} future={futureMap} /> : <Stack>{[0, 1, 2].map((i) => <Skeleton key={i} height={120} />)}</Stack>}
    </>
  );
}

function Comparison({ current, future }: { current: Journey; future: Journey }) {
  const { t, i18n } = useTranslation();
  const { view, update, today } = useLiveView();
  const live = useJourneyLive(current.id, { from: view.from, to: view.to });
  const names = useTouchpointNames();
  const pairs = useMemo(() => compareMaps(current.doc, future.doc), [current.doc, future.doc]);
  const fallback = useMemo(() => ({ deleted: t('journeyLive.deletedTouchpoint'), unnamed: t('journeyLive.unnamedTouchpoint') }), [t]);
  const nameOf = useCallback((item: JourneyTouchpoint) => itemName(item, names.data, fallback), [names.data, fallback]);
  const byItem = useMemo(() => new Map<string, LiveTouchpoint>((live.data?.touchpoints ?? []).map((x) => [x.itemId, x])), [live.data]);
  const liveOf = useCallback((itemId: string) => byItem.get(itemId), [byItem]);
  const added = pairs.reduce((n, p) => n + p.touchpoints.future.filter((r) => r.change === 'added').length + p.pains.future.filter((r) => r.change === 'added').length + p.opportunities.future.filter((r) => r.change === 'added').length, 0);
  const removed = pairs.reduce((n, p) => n + p.touchpoints.current.filter((r) => r.change === 'removed').length + p.pains.current.filter((r) => r.change === 'removed').length + p.opportunities.current.filter((r) => r.change === 'removed').length, 0);
  return (
    <Stack gap="md" data-testid="compare-view">
      <SimpleGrid cols={2} spacing="md">
        <MapTitle side="current" map={current} />
        <MapTitle side="future" map={future} />
      </SimpleGrid>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <LiveControls view={view} today={today} update={update} />
        <Stack gap={0} align="flex-end">
          <Text size="sm" fw={500}>{t('journeyLive.compare.summary', { stages: pairs.length, added, removed })}</Text>
          <Text size="xs" c="dimmed">{t('journeyLive.compare.legend')}</Text>
        </Stack>
      </Group>
      {live.isError && <QueryError error={live.error} onRetry={() => void live.refetch()} />}
      {pairs.map((p, i) => (
        <StageRow key={p.key} pair={p} index={i} language={i18n.language} nameOf={nameOf} liveOf={liveOf} />
      ))}
    </Stack>
  );
}

function MapTitle({ side, map }: { side: 'current' | 'future'; map: Journey }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" bg={side === 'future' ? 'teal.0' : 'gray.0'}>
      <Group gap="xs" wrap="nowrap">
        <Badge variant="filled" color={side === 'future' ? 'teal' : 'gray'} tt="none">{t(`journeyLive.compare.${side}`)}</Badge>
        <Anchor component={Link} to={journeyMapPath(map.id)} fw={600} style={{ overflowWrap: 'anywhere' }}>{map.name}</Anchor>
      </Group>
      {map.persona && <Text size="xs" c="dimmed" mt={4}>{t('journeyLive.share.persona', { name: map.persona.name })}</Text>}
    </Card>
  );
}

const STATUS_COLOR = { same: 'gray', changed: 'yellow', new: 'teal', removed: 'red' } as const;

function StageRow({ pair, index, language, nameOf, liveOf }: { pair: StagePair; index: number; language: string; nameOf: (t: JourneyTouchpoint) => string; liveOf: (itemId: string) => LiveTouchpoint | undefined }) {
  const { t } = useTranslation();
  const has = {
    touchpoints: pair.touchpoints.current.length + pair.touchpoints.future.length > 0,
    pains: pair.pains.current.length + pair.pains.future.length > 0,
    opportunities: pair.opportunities.current.length + pair.opportunities.future.length > 0,
  };
  const title = pair.future ? stageName(pair.future, language) : pair.current ? stageName(pair.current, language) : '';
  const status = pair.status === 'new' ? t('journeyLive.compare.stageNew') : pair.status === 'removed' ? t('journeyLive.compare.stageRemoved') : pair.changes > 0 ? t('journeyLive.compare.stageChanged', { count: pair.changes }) : pair.renamed ? t('journeyLive.compare.changed') : t('journeyLive.compare.stageSame');
  return (
    <Card withBorder padding="md" component="section" aria-label={title} data-testid="compare-stage" data-status={pair.status} style={{ breakInside: 'avoid' }}>
      <Group gap="sm" mb="sm" wrap="wrap">
        <Text size="xs" c="dimmed" fw={700}>{index + 1}</Text>
        <Title order={3} fz="h5">{title}</Title>
        <Badge size="sm" variant="light" color={STATUS_COLOR[pair.status]} tt="none">{status}</Badge>
        {pair.renamed && pair.current && <Text size="xs" c="dimmed">{t('journeyLive.compare.stageRenamed', { name: stageName(pair.current, language) })}</Text>}
      </Group>
      <SimpleGrid cols={2} spacing="md">
        {(['current', 'future'] as const).map((side) => {
          const stage = pair[side];
          return (
            <Box key={side} aria-label={t(`journeyLive.compare.${side}`)} role="group">
              <Text size="xs" fw={700} c={side === 'future' ? 'teal.8' : 'dimmed'} mb={4}>{t(`journeyLive.compare.${side}`)}</Text>
              {stage ? (
                <Stack gap="sm">
                  {/* A kind neither side has in this stage is left out, so unchanged stages stay short. */}
                  {has.touchpoints && <TouchpointRows rows={pair.touchpoints[side]} side={side} nameOf={nameOf} liveOf={liveOf} />}
                  {has.pains && <PainRows rows={pair.pains[side]} />}
                  {has.opportunities && <OpportunityRows rows={pair.opportunities[side]} />}
                  {!has.touchpoints && !has.pains && !has.opportunities && (
                    <Text size="xs" c="dimmed">
                      {t('journeyLive.compare.nothing')}
                    </Text>
                  )}
                </Stack>
              ) : (
                <Text size="sm" c="dimmed" fs="italic">{t('journeyLive.compare.missingStage')}</Text>
              )}
            </Box>
          );
        })}
      </SimpleGrid>
    </Card>
  );
}
