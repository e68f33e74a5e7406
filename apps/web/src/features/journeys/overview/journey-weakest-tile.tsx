import type { JourneyTouchpoint } from '@footprint/core';
import { Anchor, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconChevronRight, IconRoute } from '@tabler/icons-react';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../../components/query-state';
import type { OverviewPeriod } from '../../workspace';
import { WeakestPanel } from '../live/components/weakest-panel';
import { useJourneyLive, useJourneyMap, useLatestCurrentMap, useTouchpointNames } from '../live/hooks';
import { itemName, stageName, touchpointItems } from '../live/map-items';
import { JOURNEY_MAPS_PATH, journeyMapPath } from '../paths-live';

const SHOWN = 3;

function Frame({ to, linkLabel, children }: { to: string; linkLabel: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" h="100%" component="section" aria-label={t('journeyLive.tile.title')}>
      <Stack gap="sm">
        <Group justify="space-between" align="baseline" wrap="nowrap" gap="sm">
          <Title order={2} fz="h5">
            {t('journeyLive.tile.title')}
          </Title>
          <Anchor component={Link} to={to} size="sm" style={{ whiteSpace: 'nowrap' }}>
            <Group gap={2} wrap="nowrap">
              {linkLabel}
              <IconChevronRight size={14} aria-hidden />
            </Group>
          </Anchor>
        </Group>
        {children}
      </Stack>
    </Card>
  );
}

/**
 * The Overview's journeys tile: the weakest touchpoints of the most recently updated current-state
 * map in the Overview's period, or, without a map, an invitation to draw one.
 */
export function JourneyWeakestTile({ period }: { period: OverviewPeriod }) {
  const { t } = useTranslation();
  const latest = useLatestCurrentMap();
  if (latest.isError) return <Frame to={JOURNEY_MAPS_PATH} linkLabel={t('journeyLive.tile.allMaps')}><QueryError error={latest.error} onRetry={() => void latest.refetch()} /></Frame>;
  if (latest.isPending) return <Frame to={JOURNEY_MAPS_PATH} linkLabel={t('journeyLive.tile.allMaps')}><Stack gap="xs">{[0, 1, 2].map((i) => <Skeleton key={i} height={36} />)}</Stack></Frame>;
  if (!latest.data)
    return (
      <Frame to={JOURNEY_MAPS_PATH} linkLabel={t('journeyLive.tile.allMaps')}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm" fw={600}>{t('journeyLive.tile.noMap')}</Text>
          <Text size="sm" c="dimmed">{t('journeyLive.tile.noMapBody')}</Text>
          <Button component={Link} to={JOURNEY_MAPS_PATH} size="xs" leftSection={<IconRoute size={14} aria-hidden />}>
            {t('journeyLive.tile.create')}
          </Button>
        </Stack>
      </Frame>
    );
  return <MapWeakest mapId={latest.data.id} mapName={latest.data.name} period={period} />;
}

function MapWeakest({ mapId, mapName, period }: { mapId: string; mapName: string; period: OverviewPeriod }) {
  const { t, i18n } = useTranslation();
  const map = useJourneyMap(mapId);
  const live = useJourneyLive(mapId, { from: period.from, to: period.to });
  const names = useTouchpointNames();
  const doc = map.data?.doc;
  const items = useMemo(() => (doc ? touchpointItems(doc) : new Map<string, { item: JourneyTouchpoint; stageId: string }>()), [doc]);
  const fallback = { deleted: t('journeyLive.deletedTouchpoint'), unnamed: t('journeyLive.unnamedTouchpoint') };
  const to = `${journeyMapPath(mapId)}?live=1`;
  const error = map.error ?? live.error;
  return (
    <Frame to={to} linkLabel={t('journeyLive.tile.open')}>
      <Text size="xs" c="dimmed">{t('journeyLive.tile.mapOf', { name: mapName })}</Text>
      {error ? (
        <QueryError error={error} onRetry={() => { void map.refetch(); void live.refetch(); }} />
      ) : !live.data || !doc ? (
        <Stack gap="xs">{[0, 1, 2].map((i) => <Skeleton key={i} height={36} />)}</Stack>
      ) : live.data.weakest.length === 0 ? (
        <Text size="sm" c="dimmed">{t('journeyLive.tile.none')}</Text>
      ) : (
        <WeakestPanel
          bare
          limit={SHOWN}
          weakest={live.data.weakest}
          nameOf={(w) => itemName(items.get(w.itemId)?.item ?? { touchpointId: w.touchpointId, name: '' }, names.data, fallback)}
          stageNameOf={(id) => { const s = doc.stages.find((x) => x.id === id); return s ? stageName(s, i18n.language) : '—'; }}
          hasTarget={(w) => (items.get(w.itemId)?.item.target ?? null) !== null}
        />
      )}
    </Frame>
  );
}
