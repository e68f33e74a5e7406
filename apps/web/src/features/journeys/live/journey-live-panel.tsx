import type { Journey, WeakTouchpoint } from '@footprint/core';
import { Group, Text } from '@mantine/core';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RESPONSES_PATH } from '../../feedback';
import { LiveControls } from './components/live-controls';
import { useJourneyLive, usePersonaOptions, useTouchpointNames } from './hooks';
import { LiveLayerBody } from './live-layer-body';
import type { LiveGridProps } from './live-grid-props';
import { useLiveView } from './use-live-view';

interface Props {
  journey: Pick<Journey, 'id' | 'doc'>;
  /** Draws the map's grid with the live slots filled (the editor keeps its own grid props). */
  renderGrid: (live: LiveGridProps) => ReactNode;
}

/**
 * The map page's grid, with its live layer when switched on (`live=1` in the URL, see
 * JourneyLiveActions): period and persona (kept in the URL), the grid with its live slots, the
 * funnel and the weakest touchpoints. Refetches as events and answers arrive. Off, just the grid.
 */
export function JourneyLivePanel({ journey, renderGrid }: Props) {
  const { view } = useLiveView();
  return view.on ? <LivePanel journey={journey} renderGrid={renderGrid} /> : <>{renderGrid({})}</>;
}

function LivePanel({ journey, renderGrid }: Props) {
  const { t } = useTranslation();
  const { view, update, today } = useLiveView();
  const live = useJourneyLive(journey.id, view);
  const personas = usePersonaOptions();
  const names = useTouchpointNames();
  const persona = live.data?.persona;
  // The negative answers at that touchpoint in the same days, on the Responses screen.
  const responsesLink = (w: WeakTouchpoint) => `${RESPONSES_PATH}?touchpointId=${w.touchpointId}&scoreGroup=negative&from=${view.from}&to=${view.to}`;
  return (
    <>
      <Group justify="space-between" align="flex-end" mb="sm" wrap="wrap">
        <LiveControls view={view} today={today} update={update} personas={personas.data?.map((p) => ({ value: p.id, label: p.name })) ?? []} />
        {persona && (
          <Text size="sm" c="dimmed">
            {t('journeyLive.personaCustomers', { name: persona.name, n: persona.customers, count: persona.customers })}
          </Text>
        )}
      </Group>
      <LiveLayerBody doc={journey.doc} live={live} period={view} names={names.data} renderGrid={renderGrid} responsesLink={responsesLink} />
    </>
  );
}
