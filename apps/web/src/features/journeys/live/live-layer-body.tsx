import type { JourneyDoc, JourneyLive, JourneyTouchpoint, WeakTouchpoint } from '@footprint/core';
import { Alert, Grid, Group, Loader, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useCallback, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/query-state';
import { LiveFunnel } from './components/live-funnel';
import { WeakestPanel } from './components/weakest-panel';
import { useLiveGridProps, type LiveGridProps } from './live-grid-props';
import { isLiveEmpty, itemName, stageName, touchpointItems } from './map-items';

const dayLabel = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

interface Props {
  doc: JourneyDoc;
  /** The live query's state. */
  live: { data: JourneyLive | undefined; isPending: boolean; isError: boolean; error: unknown; isFetching: boolean; refetch: () => unknown };
  period: { from: string; to: string };
  /** Workspace touchpoint id → current name (or a share's resolved names). */
  names: ReadonlyMap<string, string> | undefined;
  renderGrid: (live: LiveGridProps) => ReactNode;
  responsesLink?: ((w: WeakTouchpoint) => string | null) | undefined;
}

/**
 * The map with its live layer: the grid (badges on touchpoints, figures under stage titles, the
 * measured emotion curve), then the funnel and the weakest touchpoints. Loading, empty and error
 * states keep the map itself on screen.
 */
export function LiveLayerBody({ doc, live, period, names, renderGrid, responsesLink }: Props) {
  const { t, i18n } = useTranslation();
  const fallback = useMemo(() => ({ deleted: t('journeyLive.deletedTouchpoint'), unnamed: t('journeyLive.unnamedTouchpoint') }), [t]);
  const nameOfItem = useCallback((item: JourneyTouchpoint) => itemName(item, names, fallback), [names, fallback]);
  const data = live.data;
  const grid = useLiveGridProps(doc, data, nameOfItem);
  const items = useMemo(() => touchpointItems(doc), [doc]);
  const linked = [...items.values()].some((i) => i.item.touchpointId !== null);
  const stageNames = new Map(doc.stages.map((s) => [s.id, stageName(s, i18n.language)]));
  const empty = data ? isLiveEmpty(data) : false;

  return (
    <Stack gap="md" data-testid="live-layer" aria-busy={live.isFetching}>
      {!linked ? (
        <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} aria-hidden />}>
          {t('journeyLive.noLinked')}
        </Alert>
      ) : live.isError ? (
        <QueryError error={live.error} onRetry={() => void live.refetch()} />
      ) : live.isPending ? (
        <Group gap="xs" role="status" aria-live="polite">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            {t('journeyLive.loading')}
          </Text>
        </Group>
      ) : empty ? (
        <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} aria-hidden />} title={t('journeyLive.empty')}>
          {t('journeyLive.emptyBody', { from: dayLabel(period.from), to: dayLabel(period.to) })}
        </Alert>
      ) : null}
      <div style={{ opacity: live.isFetching && !live.isPending ? 0.75 : 1, transition: 'opacity 150ms' }}>{renderGrid(linked && !empty ? grid : {})}</div>
      {data && linked && !empty && (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <LiveFunnel stages={doc.stages.map((s) => ({ name: stageNames.get(s.id) ?? '', live: data.stages.find((x) => x.stageId === s.id) }))} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <WeakestPanel
              weakest={data.weakest}
              nameOf={(w) => itemName(items.get(w.itemId)?.item ?? { touchpointId: w.touchpointId, name: '' }, names, fallback)}
              stageNameOf={(id) => stageNames.get(id) ?? '—'}
              hasTarget={(w) => (items.get(w.itemId)?.item.target ?? null) !== null}
              responsesLink={responsesLink}
            />
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
